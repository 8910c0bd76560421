import { describe, expect, test } from 'vitest';
import { bestClass, loadLinearModel } from '../../lib/claim/linear-model';
import { groupedFolds, meanSd } from '../../scripts/learn/folds';
import { classify } from '../../scripts/learn/report';
import { classWeights, fitSoftmax, vocabulary, type Example, type SoftmaxOptions } from '../../scripts/learn/softmax';

const OPTIONS: SoftmaxOptions = { minCount: 1, minGroups: 1, maxFeatures: 100, l2: 1e-4, steps: 200, rate: 0.1, balance: 0, prune: 0 };

// "may" marks one class, "not" another; "the" is everywhere
const EXAMPLES: Example[] = [
  ...['a', 'b', 'c', 'd'].map((g) => ({ features: ['w:may', 'w:the', `w:${g}`], label: 1, group: g })),
  ...['e', 'f', 'g', 'h'].map((g) => ({ features: ['w:not', 'w:the', `w:${g}`], label: 2, group: g })),
  ...['i', 'j', 'k', 'l'].map((g) => ({ features: ['w:the', `w:${g}`], label: 0, group: g })),
];

describe('fitting', () => {
  test('learns which features mark which class', () => {
    const model = loadLinearModel(fitSoftmax(['plain', 'hedged', 'denied'], EXAMPLES, OPTIONS, 'a test'));
    expect(bestClass(model, ['w:may', 'w:the'])).toBe('hedged');
    expect(bestClass(model, ['w:not', 'w:the'])).toBe('denied');
    expect(bestClass(model, ['w:the'])).toBe('plain');
  });

  test('the same data give the same weights', () => {
    expect(fitSoftmax(['x', 'y', 'z'], EXAMPLES, OPTIONS, '')).toEqual(fitSoftmax(['x', 'y', 'z'], EXAMPLES, OPTIONS, ''));
  });

  test('a feature seen in too few groups is left out', () => {
    const vocab = vocabulary(EXAMPLES, { minCount: 1, minGroups: 3, maxFeatures: 100 });
    expect(vocab).toEqual(['w:the', 'w:may', 'w:not']);
  });

  test.each([
    [0, [1, 1]],
    [1, [2 / 3, 2]],
  ])('class weights at balance %d', (balance, weights) => {
    classWeights([0, 0, 0, 1], 2, balance).forEach((w, i) => expect(w).toBeCloseTo(weights[i]!, 6));
  });
});

describe('folds and figures', () => {
  test('a group never sits in two folds, and folds come out even', () => {
    const groups = ['a', 'a', 'a', 'b', 'b', 'c', 'c', 'd', 'e', 'f'];
    const folds = groupedFolds(groups, 3, 7);
    for (const g of new Set(groups)) expect(new Set(folds.filter((_, i) => groups[i] === g)).size).toBe(1);
    const sizes = [0, 1, 2].map((k) => folds.filter((f) => f === k).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  test('per-class precision, recall and F1', () => {
    const r = classify(['a', 'b'], [0, 0, 1, 1], [0, 1, 1, 1]);
    expect(r.accuracy).toBe(0.75);
    expect(r.perClass[1]).toMatchObject({ precision: 2 / 3, recall: 1, support: 2 });
    expect(r.matrix).toEqual([[1, 1], [0, 2]]);
  });

  test('mean and spread', () => {
    expect(meanSd([1, 3])).toEqual({ mean: 2, sd: Math.SQRT2 });
  });
});
