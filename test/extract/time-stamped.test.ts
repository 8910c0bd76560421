import { describe, expect, test } from 'vitest';
import { timeStampedUpdates } from '../../lib/extract/time-stamped';

const STORY = [
  'Lupita Nyong’o’s Oscar dress was stolen from her hotel room, sources say.',
  'The dress, made of 6,000 pearls, is valued at $150,000.',
  'Our sources say it was taken sometime between 8 AM and 9 PM Wednesday.',
  'Cops are looking at security footage that could catch the thief.',
];

describe('time-stamped: live updates placed before or after the story', () => {
  test.each([
    ['one at the bottom', [...STORY, "12:00 PM PT -- Sheriff's deputies were at the hotel Thursday morning."], [[4, 'bottom']]],
    ['one at the top', ['3:45 p.m. ET: The hotel says it is cooperating with the investigation.', ...STORY], [[0, 'top']]],
    ['two at the top', ['2:30 PM PT — The dress has been found in a hotel bathroom, police say.', '12:00 PM PT -- Deputies were in the manager’s office this morning.', ...STORY], [[0, 'top'], [1, 'top']]],
    ['one at each end', ['2:30 PM PT — The dress has been found in a hotel bathroom, police say.', ...STORY, '12:00 PM PT -- Deputies were in the manager’s office this morning.'], [[0, 'top'], [5, 'bottom']]],
    ['an em dash and EST', [...STORY, '4:05 PM EST — The airline says the refunds will start on Monday.'], [[4, 'bottom']]],
    // near misses: a time without a zone, a dateline, a time in prose, a schedule's short line
    ['no time zone', ['10 p.m. — The polls closed and the count began in the east district.', ...STORY], []],
    ['a dateline', ['WASHINGTON — The Senate voted 63-35 on Thursday to approve the bill.', ...STORY], []],
    ['a time inside prose', [...STORY, 'At 12:00 PM PT deputies were seen leaving the hotel with a bag.'], []],
    ['a short schedule line', [...STORY, '9:30 a.m. ET: Doors open'], []],
    ['a stamp mid-story', [STORY[0], '12:00 PM PT -- Deputies were at the hotel Thursday morning, we are told.', ...STORY.slice(1)], []],
    ['a live blog stamped throughout', ['1:00 PM ET — Polls closed in Georgia and the count has begun there.', STORY[0], '12:30 PM ET — Turnout was high in Atlanta, officials said this morning.', STORY[1]], []],
  ])('%s', (_, texts, expected) => {
    expect([...timeStampedUpdates(texts)]).toEqual(expected);
  });
});
