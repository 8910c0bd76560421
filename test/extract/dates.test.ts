import { describe, expect, test } from 'vitest';
import { dateIn } from '../../lib/extract/dates';

describe('dates: the date a note gives', () => {
  test.each([
    ['Updated 7:45 PM ET, March 22, 2019: The official said…', null, '2019-03-22T19:45'],
    ['Correction (March 4, 2022): An earlier version…', null, '2022-03-04'],
    ['This article was amended on 3 March 2020.', null, '2020-03-03'],
    ['Correction: May 11, 2023 An earlier version…', null, '2023-05-11'],
    ['Update, 2021-06-15: The council voted again.', null, '2021-06-15'],
    ['Update 3/22/2019: The company responded.', null, '2019-03-22'],
    ['Correction (March 3): The bill passed.', '2022-03-01T10:00:00Z', '2022-03-03'],
    ['Correction (Sept. 5): The bill passed.', null, 'Sept. 5'],
    ['UPDATE 5/5: The district posted a repair schedule.', '2023-05-04T07:15:00-07:00', '2023-05-05'],
    ['Clarification, June 11: Refunds go through agents.', '2025-06-10T18:22:41.000Z', '2025-06-11'],
    ['A correction was made on Feb. 4, 2023: An earlier version misstated the date.', null, '2023-02-04'],
    ['Correction 3 March: This story has been amended.', '2021-01-01', '2021-03-03'],
    ['Updated March 5, 2021 at 4:15 PM ET', null, '2021-03-05T16:15'],
    ['Editor’s note: This story was updated with new readings.', null, null],
    // near misses: dates inside the note's sentence are about the story
    ['Correction The hearing was on March 3, not March 2.', null, null],
    ['Clarification: The vote scheduled for June 4, 2021 covers two years.', null, null],
  ])('%s -> %s', (text, pageDate, expected) => {
    expect(dateIn(text, pageDate)).toBe(expected);
  });
});
