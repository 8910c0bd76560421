import type { PairFeatures } from './features';
import { macroF1, confusion } from './metrics';
import { dimensionOf, rawProbabilities, shiftProbabilities, sigmoid, softmax, vectorize, type SparseVector, type StanceModel } from './model';
import { learnTrees, type TreeOptions } from './trees';
import { rng } from './random';

/** One training pair: its features and its stance index (STANCES order). */
export interface Example {
  features: Pick<PairFeatures, 'dense' | 'sparse'>;
  label: number;
}

export interface LearnOptions {
  hashBits: number;
  bins: number;
  epochs: number;
  rate: number;
  l2: number;
  /** 1 = fully balanced class weights, 0 = none. */
  balance: number;
  seed: number;
  /** Boosted trees for the three-way choice among related pairs; null for the linear softmax. */
  trees: TreeOptions | null;
}

export const DEFAULT_LEARN: LearnOptions = {
  hashBits: 12,
  bins: 8,
  epochs: 12,
  rate: 0.05,
  l2: 1e-5,
  balance: 0.6,
  seed: 1,
  // trees read the three-way choice better than the softmax in cross-validation by claim cluster
  trees: { rounds: 100, depth: 3, rate: 0.15, lambda: 1, minHess: 5, bins: 24, subsample: 0.7, colsample: 0.6, minCount: 30 },
};

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Means, spreads and quantile bin edges of the dense features. */
function scaling(examples: Example[], bins: number) {
  const d = examples[0].features.dense.length;
  const mean: number[] = [];
  const std: number[] = [];
  const cuts: number[][] = [];
  for (let i = 0; i < d; i++) {
    const xs = examples.map((e) => e.features.dense[i]).sort((a, b) => a - b);
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    const v = xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length;
    mean.push(round(m));
    std.push(round(Math.sqrt(v) || 1));
    const edges = new Set<number>();
    for (let q = 1; q < bins; q++) {
      const x = xs[Math.floor((q / bins) * xs.length)];
      if (x > xs[0]) edges.add(round(x));
    }
    // a feature that is mostly at its floor (a finding count, a cue flag) still gets bins of
    // its own above the floor, so "any at all" and "strong" can weigh differently
    const above = xs.filter((x) => x > xs[0]);
    if (above.length > 0 && above.length < xs.length / 2) {
      for (const q of [0, 1 / 3, 2 / 3]) edges.add(round(above[Math.floor(q * above.length)]));
    }
    cuts.push([...edges].sort((a, b) => a - b));
  }
  return { mean, std, cuts };
}

function classWeights(labels: number[], classes: number, balance: number): number[] {
  const counts = new Array(classes).fill(0);
  for (const y of labels) counts[y]++;
  return counts.map((c) => (c === 0 ? 0 : (labels.length / (classes * c)) ** balance));
}

/** AdaGrad on the logistic loss, per example, with L2 on the weights each example touches. */
function trainBinary(xs: SparseVector[], ys: number[], dim: number, o: LearnOptions): { w: number[]; b: number } {
  const w = new Float64Array(dim);
  const g2 = new Float64Array(dim).fill(1e-8);
  let b = 0;
  let gb = 1e-8;
  const cw = classWeights(ys, 2, o.balance);
  const random = rng(o.seed);
  const order = xs.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const i of shuffle(order, random)) {
      const x = xs[i];
      let z = b;
      for (let k = 0; k < x.index.length; k++) z += w[x.index[k]] * x.value[k];
      const g = (sigmoid(z) - ys[i]) * cw[ys[i]];
      for (let k = 0; k < x.index.length; k++) {
        const j = x.index[k];
        const gj = g * x.value[k] + o.l2 * w[j];
        g2[j] += gj * gj;
        w[j] -= (o.rate * gj) / Math.sqrt(g2[j]);
      }
      gb += g * g;
      b -= (o.rate * g) / Math.sqrt(gb);
    }
  }
  return { w: Array.from(w, round), b: round(b) };
}

function trainSoftmax(xs: SparseVector[], ys: number[], classes: number, dim: number, o: LearnOptions): { w: number[][]; b: number[] } {
  const w = Array.from({ length: classes }, () => new Float64Array(dim));
  const g2 = Array.from({ length: classes }, () => new Float64Array(dim).fill(1e-8));
  const b = new Array(classes).fill(0);
  const gb = new Array(classes).fill(1e-8);
  const cw = classWeights(ys, classes, o.balance);
  const random = rng(o.seed + 1);
  const order = xs.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const i of shuffle(order, random)) {
      const x = xs[i];
      const z = w.map((wc, c) => {
        let s = b[c];
        for (let k = 0; k < x.index.length; k++) s += wc[x.index[k]] * x.value[k];
        return s;
      });
      const p = softmax(z);
      for (let c = 0; c < classes; c++) {
        const g = (p[c] - (ys[i] === c ? 1 : 0)) * cw[ys[i]];
        const wc = w[c];
        const gc = g2[c];
        for (let k = 0; k < x.index.length; k++) {
          const j = x.index[k];
          const gj = g * x.value[k] + o.l2 * wc[j];
          gc[j] += gj * gj;
          wc[j] -= (o.rate * gj) / Math.sqrt(gc[j]);
        }
        gb[c] += g * g;
        b[c] -= (o.rate * g) / Math.sqrt(gb[c]);
      }
    }
  }
  return { w: w.map((wc) => Array.from(wc, round)), b: b.map(round) };
}

/** Four significant digits: enough for the decisions, and keeps the weights file small. */
function round(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(4));
}

/** Fits the model on training pairs; offsets stay zero until tuned. */
export function learnStanceModel(names: string[], examples: Example[], o: LearnOptions = DEFAULT_LEARN, trainedOn = ''): StanceModel {
  const { mean, std, cuts } = scaling(examples, o.bins);
  const shape = { dense: names, cuts, hashBits: o.hashBits, mean, std };
  const dim = dimensionOf(shape);
  const xs = examples.map((e) => vectorize(shape, e.features));
  const unrelated = 3;
  const related = trainBinary(xs, examples.map((e) => (e.label === unrelated ? 0 : 1)), dim, o);
  const rel = examples.map((e, i) => ({ x: xs[i], y: e.label, f: e.features })).filter((e) => e.y !== unrelated);
  const labels = rel.map((e) => e.y);
  const stance = o.trees
    ? learnTrees(rel.map((e) => e.f), labels, 3, classWeights(labels, 3, o.balance), o.trees, o.seed + 2)
    : trainSoftmax(rel.map((e) => e.x), labels, 3, dim, o);
  return { version: 1, ...shape, related, stance, offsets: [0, 0, 0, 0], trainedOn };
}

/**
 * Offsets that maximise macro-F1 on validation pairs the model was not fitted on:
 * a few rounds of coordinate search over each class's log shift.
 */
export function tuneOffsets(model: StanceModel, validation: Example[]): number[] {
  const raw = validation.map((e) => rawProbabilities(model, e.features));
  return tuneOffsetsOn(raw, validation.map((e) => e.label));
}

/** The same search over probabilities already computed (pooled from several validation splits). */
export function tuneOffsetsOn(raw: number[][], gold: number[]): number[] {
  const score = (offsets: number[]) => macroF1(confusion(gold, raw.map((p) => argmax(shiftProbabilities(p, offsets))), 4));
  const offsets = [0, 0, 0, 0];
  let best = score(offsets);
  const steps = [];
  for (let s = -3; s <= 3.001; s += 0.25) steps.push(Math.round(s * 100) / 100);
  for (let round = 0; round < 3; round++) {
    for (const c of [0, 1, 2]) {
      for (const s of steps) {
        const trial = offsets.slice();
        trial[c] = s;
        const v = score(trial);
        if (v > best + 1e-9) {
          best = v;
          offsets[c] = s;
        }
      }
    }
  }
  return offsets;
}

export function argmax(p: number[]): number {
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  return best;
}
