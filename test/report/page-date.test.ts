import { describe, expect, test } from 'vitest';
import { findingLocation, formatPageDate, headlineSegments } from '../../lib/report';
import { sampleAnalysis, sampleArticle } from './sample-check';

describe('page dates', () => {
  test.each([
    ['2019-03-22T19:45:00-04:00', '22 March 2019, 7:45 PM'],
    ['2019-03-22T00:05:00Z', '22 March 2019, 12:05 AM'],
    ['2019-03-22T12:00:00Z', '22 March 2019, 12:00 PM'],
    ['2019-03-22', '22 March 2019'],
    ['March 22, 2019 / 7:45 PM', 'March 22, 2019 / 7:45 PM'],
    ['2019-13-22', '2019-13-22'],
  ])('%s -> %s', (date, expected) => expect(formatPageDate(date)).toBe(expected));
});

describe('finding locations', () => {
  const article = sampleArticle();
  test.each([
    [{ source: 'body' as const, paragraph: 0 }, 'paragraph 1 of 3'],
    [{ source: 'body' as const, paragraph: 2 }, 'paragraph 3 of 3'],
    [{ source: 'body' as const, paragraph: -1 }, 'nowhere in the article body'],
    [{ source: 'note' as const, paragraph: 0 }, 'update note, 22 March 2019, 7:45 PM'],
    [{ source: 'note' as const, paragraph: 4 }, 'a note on the article'],
  ])('%o -> %s', (finding, expected) => expect(findingLocation(finding, article)).toBe(expected));

  test('an undated correction is named by kind only', () => {
    const withCorrection = sampleArticle({ notes: [{ ...article.notes[0], kind: 'correction', date: null }] });
    expect(findingLocation({ source: 'note', paragraph: 0 }, withCorrection)).toBe('correction note');
  });
});

describe('headline segments', () => {
  const claim = sampleAnalysis().claim;
  test('marks who and what, keeps every character in order', () => {
    const segments = headlineSegments(claim);
    expect(segments.map((s) => s.text).join('')).toBe(claim.headline);
    expect(segments.filter((s) => s.part).map((s) => [s.part, s.text])).toEqual([
      ['who', 'Trump'],
      ['what', 'reverse new North Korea sanctions'],
    ]);
  });

  test('quoted words win over a number inside them, and numbers are marked', () => {
    const segments = headlineSegments({
      ...claim,
      headline: 'Jobless claims fall 50% as mayor calls it "a 50% miracle"',
      subject: 'Jobless claims',
      predicate: 'fall',
      numbers: [{ text: '50%', value: 50, unit: '%', direction: 'down' }],
      quotes: ['a 50% miracle'],
    });
    expect(segments.filter((s) => s.part).map((s) => [s.part, s.text])).toEqual([
      ['who', 'Jobless claims'],
      ['what', 'fall'],
      ['number', '50%'],
      ['quote', 'a 50% miracle'],
    ]);
  });

  test('a predicate the analyser normalised is marked by the words the headline kept', () => {
    const segments = headlineSegments({ ...claim, predicate: 'will reverse', object: 'new North Korea sanctions' });
    expect(segments.filter((s) => s.part).map((s) => [s.part, s.text])).toEqual([
      ['who', 'Trump'],
      ['what', 'reverse new North Korea sanctions'],
    ]);
  });

  test('parts the headline does not contain are left out', () => {
    const segments = headlineSegments({ ...claim, subject: 'Kim Jong Un', predicate: null, object: 'tariffs' });
    expect(segments).toEqual([{ text: claim.headline, part: null }]);
  });
});
