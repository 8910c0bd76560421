import { describe, expect, test } from 'vitest';
import { confusion, f1PerClass, fncScore, macroF1 } from '../../lib/stance/metrics';

// classes in STANCES order: agree, discuss, disagree, unrelated
describe('stance metrics', () => {
  test('confusion counts gold rows against predicted columns', () => {
    expect(confusion([0, 0, 1, 3], [0, 1, 1, 3], 4)).toEqual([
      [1, 1, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 1],
    ]);
  });

  test.each([
    ['all right', [0, 1, 2, 3], [0, 1, 2, 3], [1, 1, 1, 1], 1, 1],
    ['agree read as discuss', [0, 0, 3], [1, 0, 3], [2 / 3, 0, 0, 1], 5 / 12, (0.25 + 1 + 0.25) / 2.25],
    ['a related pair read as unrelated', [2, 3], [3, 3], [0, 0, 0, 2 / 3], 1 / 6, 0.25 / 1.25],
    ['an unrelated pair read as related', [3, 1], [0, 1], [0, 1, 0, 0], 0.25, 1 / 1.25],
  ])('%s', (_name, gold, predicted, f1, macro, fnc) => {
    const m = confusion(gold, predicted, 4);
    f1PerClass(m).forEach((f, i) => expect(f).toBeCloseTo(f1[i], 6));
    expect(macroF1(m)).toBeCloseTo(macro, 6);
    expect(fncScore(m)).toBeCloseTo(fnc, 6);
  });
});
