import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { DENSE_FEATURES, SPARSE_FAMILIES } from '../../lib/stance/features';
import { shippedStanceKit } from '../../lib/stance/index';
import { argmax, DEFAULT_LEARN, learnStanceModel, tuneOffsets, type Example } from '../../lib/stance/learn';
import { confusion, macroF1 } from '../../lib/stance/metrics';
import { rawProbabilities, shiftProbabilities } from '../../lib/stance/model';

// a toy task with the model's own shape: dense feature 0 says related, 1 says refuted, a sparse cue says hedged
function toy(n: number, seed: number): Example[] {
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: n }, (_, i) => {
    const label = i % 4;
    const dense = DENSE_FEATURES.map(() => random() * 0.2);
    dense[0] = label === 3 ? random() * 0.3 : 0.6 + random() * 0.4;
    dense[1] = label === 2 ? 0.7 + random() * 0.3 : random() * 0.3;
    const sparse = new Map<string, number>([[`hw:word${Math.floor(random() * 50)}`, 1]]);
    if (label === 1) sparse.set('bw:reportedly', 1);
    return { features: { dense, sparse }, label };
  });
}

describe('stance model: learning', () => {
  const model = learnStanceModel(DENSE_FEATURES, toy(800, 1), { ...DEFAULT_LEARN, epochs: 8 });
  const test_ = toy(200, 2);

  test('learns a separable toy task, the three-way choice by trees', () => {
    expect('trees' in model.stance).toBe(true);
    const right = test_.filter((e) => argmax(rawProbabilities(model, e.features)) === e.label).length;
    expect(right / test_.length).toBeGreaterThan(0.9);
  });

  test('probabilities sum to one', () => {
    const p = rawProbabilities(model, test_[0]!.features);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  test('offsets tuned on validation never lower its macro-F1 below the untuned model', () => {
    const score = (offsets: number[]) =>
      macroF1(confusion(test_.map((e) => e.label), test_.map((e) => argmax(shiftProbabilities(rawProbabilities(model, e.features), offsets))), 4));
    const offsets = tuneOffsets(model, test_);
    expect(offsets).toHaveLength(4);
    expect(score(offsets)).toBeGreaterThanOrEqual(score([0, 0, 0, 0]));
  });
});

describe('stance model: the linear three-way choice', () => {
  const model = learnStanceModel(DENSE_FEATURES, toy(800, 1), { ...DEFAULT_LEARN, epochs: 8, trees: null });

  test('learns the same toy task without trees', () => {
    const test_ = toy(200, 2);
    expect('trees' in model.stance).toBe(false);
    const right = test_.filter((e) => argmax(rawProbabilities(model, e.features)) === e.label).length;
    expect(right / test_.length).toBeGreaterThan(0.8);
  });
});

describe('stance model: the shipped weights', () => {
  const path = fileURLToPath(new URL('../../lib/stance/weights.json', import.meta.url));

  test('were written by the training script for this feature set', () => {
    const weights = JSON.parse(readFileSync(path, 'utf8'));
    expect(weights.dense).toEqual(DENSE_FEATURES);
    expect(weights.sparse).toEqual([...SPARSE_FAMILIES]);
    expect(weights.trainedOn).toMatch(/FNC-1/);
    expect(shippedStanceKit().model).not.toBeNull();
  });

  test('stay well under a megabyte', () => {
    expect(statSync(path).size).toBeLessThan(1024 * 1024);
  });
});
