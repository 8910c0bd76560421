import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fold, similarity, words } from '../../lib/extract/text';
import { nonSpace, pageText, SEED } from './arbitraries';

const run = { seed: SEED, numRuns: 400 };

describe('extract text helpers', () => {
  test('fold is idempotent, trimmed, single-spaced and keeps every visible character', () => {
    fc.assert(fc.property(pageText, (t) => {
      const once = fold(t);
      expect(fold(once)).toBe(once);
      expect(once).toBe(once.trim());
      expect(once).not.toMatch(/\s\s/);
      expect(nonSpace(once)).toBe(nonSpace(t).replace(/\u200b/g, ''));
    }), run);
  });

  test('fold takes null and undefined as empty', () => {
    expect(fold(null)).toBe('');
    expect(fold(undefined)).toBe('');
  });

  test('words are lower-case and non-empty', () => {
    fc.assert(fc.property(pageText, (t) => {
      for (const w of words(t)) {
        expect(w.length).toBeGreaterThan(0);
        expect(w).toBe(w.toLowerCase());
      }
    }), run);
  });

  test('similarity is symmetric, within 0-1, and 1 for a text with itself', () => {
    fc.assert(fc.property(pageText, pageText, (a, b) => {
      const s = similarity(a, b);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
      expect(similarity(b, a)).toBeCloseTo(s, 12);
      if (words(a).length) expect(similarity(a, a)).toBe(1);
    }), run);
  });
});
