import { describe, expect, test } from 'vitest';
import { foldSameLength, foldWhitespace, normalizeText } from '../../lib/text/normalize';

describe('normalizeText', () => {
  test.each([
    ['“Fake” news', '"Fake" news'],
    ['it’s', "it's"],
    ['2014–2015', '2014-2015'],
    ['officials — who', 'officials - who'],
    ['  two\u00A0 spaces\n\tand tabs ', 'two spaces and tabs'],
    ['zero\u200Bwidth', 'zerowidth'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test('foldWhitespace leaves quotes alone', () => {
    expect(foldWhitespace(' “a”  b ')).toBe('“a” b');
  });

  test.each(['It’s “unclear” — officials said', 'Plain text', 'Tabs\tand\u00A0spaces'])('foldSameLength keeps length: %s', (text) => {
    expect(foldSameLength(text)).toHaveLength(text.length);
  });
});
