import { STANCES, type Stance } from './labels';
import { hashName } from './hash';
import type { PairFeatures } from './features';
import { treeProbabilities, type TreeStance } from './trees';

/**
 * The stance model as it ships: a related/unrelated logistic regression over standardised
 * dense features, one-hot bins of each dense feature and hashed sparse features, then a
 * three-way choice (agree, discuss, disagree) among related pairs: a softmax over the same
 * inputs, or boosted trees (trees.ts).
 */
export interface StanceModel {
  version: 1;
  dense: string[];
  /** Per dense feature, the bin edges (a value goes in the first bin whose edge exceeds it). */
  cuts: number[][];
  mean: number[];
  std: number[];
  hashBits: number;
  related: { w: number[]; b: number };
  stance: LinearStance | TreeStance;
  /** Log-scale shifts per stance (STANCES order), tuned on validation pairs for macro-F1. */
  offsets: number[];
  trainedOn: string;
  /** The hashed feature families it was trained on (features.ts SPARSE_FAMILIES). */
  sparse?: string[];
}

export interface LinearStance {
  w: number[][];
  b: number[];
}

export interface SparseVector {
  index: Int32Array;
  value: Float64Array;
}

export function dimensionOf(model: Pick<StanceModel, 'cuts' | 'hashBits' | 'dense'>): number {
  return model.dense.length + model.cuts.reduce((n, c) => n + c.length + 1, 0) + (1 << model.hashBits);
}

/** The model's input for one pair: dense values, their bins, and hashed sparse names. */
export function vectorize(model: Pick<StanceModel, 'cuts' | 'hashBits' | 'dense' | 'mean' | 'std'>, f: Pick<PairFeatures, 'dense' | 'sparse'>): SparseVector {
  const d = model.dense.length;
  const size = d + d + f.sparse.size;
  const index = new Int32Array(size);
  const value = new Float64Array(size);
  let k = 0;
  let offset = d;
  for (let i = 0; i < d; i++) {
    const x = f.dense[i];
    index[k] = i;
    value[k++] = (x - model.mean[i]) / model.std[i];
    const cuts = model.cuts[i];
    let bin = 0;
    while (bin < cuts.length && x >= cuts[bin]) bin++;
    index[k] = offset + bin;
    value[k++] = 1;
    offset += cuts.length + 1;
  }
  const mask = (1 << model.hashBits) - 1;
  for (const [name, v] of f.sparse) {
    index[k] = offset + (hashName(name) & mask);
    value[k++] = v;
  }
  return { index: index.subarray(0, k), value: value.subarray(0, k) };
}

function dot(w: ArrayLike<number>, x: SparseVector): number {
  let s = 0;
  for (let i = 0; i < x.index.length; i++) s += w[x.index[i]] * x.value[i];
  return s;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** The model's raw probabilities for one pair, in STANCES order. */
export function rawProbabilities(model: StanceModel, f: Pick<PairFeatures, 'dense' | 'sparse'>): number[] {
  const x = vectorize(model, f);
  const pRelated = sigmoid(dot(model.related.w, x) + model.related.b);
  const stance = model.stance;
  const p3 = 'trees' in stance ? treeProbabilities(stance, f) : softmax(stance.w.map((w, c) => dot(w, x) + stance.b[c]));
  return [pRelated * p3[0], pRelated * p3[1], pRelated * p3[2], 1 - pRelated];
}

/** Probabilities shifted by the tuned offsets and renormalised, so the largest is the decision. */
export function shiftProbabilities(p: number[], offsets: number[]): number[] {
  const shifted = p.map((v, i) => v * Math.exp(offsets[i]));
  const s = shifted.reduce((a, b) => a + b, 0) || 1;
  return shifted.map((v) => v / s);
}

export function predictStance(model: StanceModel, f: Pick<PairFeatures, 'dense' | 'sparse'>): { stance: Stance; probabilities: number[] } {
  const p = shiftProbabilities(rawProbabilities(model, f), model.offsets);
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  return { stance: STANCES[best], probabilities: p };
}
