import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldForMatch, foldSameLength, foldWhitespace, normalizeText } from '../../lib/text/normalize';
import { splitSentences } from '../../lib/text/sentences';
import { STOPWORDS } from '../../lib/text/stopwords';
import { contentTokens, words } from '../../lib/text/tokens';
import { nonSpace, pageText, SEED } from './arbitraries';

const run = { seed: SEED, numRuns: 400 };

describe('normalize', () => {
  test('folding whitespace is idempotent and leaves no edge or double spaces', () => {
    fc.assert(fc.property(pageText, (t) => {
      const once = foldWhitespace(t);
      expect(foldWhitespace(once)).toBe(once);
      expect(once).toBe(once.trim());
      expect(once).not.toMatch(/\s\s/);
    }), run);
  });

  test('normalizing is idempotent', () => {
    fc.assert(fc.property(pageText, (t) => {
      expect(normalizeText(normalizeText(t))).toBe(normalizeText(t));
    }), run);
  });

  test('folding for matching is idempotent and lower-case', () => {
    fc.assert(fc.property(pageText, (t) => {
      const once = foldForMatch(t);
      expect(foldForMatch(once)).toBe(once);
      expect(once.toLowerCase()).toBe(once);
    }), run);
  });

  test('normalizing keeps every letter and digit', () => {
    const letters = (s: string) => (s.match(/[\p{L}\p{N}]/gu) ?? []).join('');
    fc.assert(fc.property(pageText, (t) => {
      expect(letters(normalizeText(t))).toBe(letters(t));
    }), run);
  });

  // An index found in the folded text must point at the same place in the original.
  test.each([['İstanbul'], ['KAPLAN İLE'], ['“Fake” — it’s\u00a0here'], ['Straße']])('same-length folding keeps the length of %j', (t) => {
    expect(foldSameLength(t)).toHaveLength(t.length);
  });

  test('same-length folding keeps the length of any text', () => {
    fc.assert(fc.property(pageText, (t) => {
      expect(foldSameLength(t).length).toBe(t.length);
    }), run);
  });
});

describe('sentences', () => {
  test('splitting never loses or adds a non-space character, in order', () => {
    fc.assert(fc.property(pageText, (t) => {
      expect(nonSpace(splitSentences(t).join(' '))).toBe(nonSpace(t.trim()));
    }), run);
  });

  test('every sentence is trimmed and non-empty', () => {
    fc.assert(fc.property(pageText, (t) => {
      for (const s of splitSentences(t)) {
        expect(s.length).toBeGreaterThan(0);
        expect(s).toBe(s.trim());
      }
    }), run);
  });

  test('a paragraph with any non-space text gives at least one sentence', () => {
    fc.assert(fc.property(pageText, (t) => {
      expect(splitSentences(t).length > 0).toBe(t.trim().length > 0);
    }), run);
  });

  test.each([
    ['Mr. Trump said no. The talks ended.', ['Mr. Trump said no.', 'The talks ended.']],
    ['It rose 3.5% in the U.S. economy on Jan. 5 and fell.', ['It rose 3.5% in the U.S. economy on Jan. 5 and fell.']],
    ['"I will cancel them." He said so.', ['"I will cancel them."', 'He said so.']],
  ])('splits %j', (text, expected) => expect(splitSentences(text)).toEqual(expected));
});

describe('tokens', () => {
  test('words are lower-case and non-empty', () => {
    fc.assert(fc.property(pageText, (t) => {
      for (const w of words(t)) {
        expect(w.length).toBeGreaterThan(0);
        expect(w).toBe(w.toLowerCase());
      }
    }), run);
  });

  test('content tokens are lower-case, non-empty and never stopwords', () => {
    fc.assert(fc.property(pageText, (t) => {
      for (const w of contentTokens(t)) {
        expect(w.length).toBeGreaterThan(0);
        expect(w).toBe(w.toLowerCase());
        expect(STOPWORDS.has(w)).toBe(false);
      }
    }), run);
  });

  test('content tokens do not depend on how words are spaced', () => {
    fc.assert(fc.property(pageText, (t) => {
      expect(contentTokens(t.replace(/\s+/g, '\n  '))).toEqual(contentTokens(t));
    }), run);
  });

  test.each([
    ['Trump\u2019s sanctions', ['trump', 'sanction']],
    ['He\'ll reverse 1,200 U.S. sanctions', ['revers', '1200', 'u.s', 'sanction']],
  ])('content tokens of %j', (text, expected) => expect(contentTokens(text)).toEqual(expected));

  // "İstanbul" lower-cases to "i" + a combining dot: still one word, not "i" and "stanbul"
  test.each([['İstanbul'], ['İzmir'], ['Ankara’daki İHA']])('%j keeps its words whole', (text) => {
    expect(words(text)).toHaveLength(text.split(/\s+/).length);
  });
});
