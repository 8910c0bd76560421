/**
 * Fits a multinomial logistic regression over named binary features (lib/claim/linear-model.ts):
 * full-batch Adam on the class-weighted mean log loss with L2, so a run depends only on its data
 * and options, never on an example order.
 */
import type { LinearModelFile } from '../../lib/claim/linear-model';
import { softmax } from '../../lib/stance/model';

export interface Example {
  features: readonly string[];
  label: number;
  /** The claim or study it belongs to: a feature must be seen across several to be kept. */
  group: string;
  /** How much it counts in the loss beside the others (1 unless said). */
  weight?: number;
}

export interface SoftmaxOptions {
  /** A feature seen in fewer training examples than this is left out. */
  minCount: number;
  /**
   * Nor one seen in fewer groups than this: a word found only in the headlines of one or two
   * claims ("batmobile") says what the story is about, not how the headline puts it.
   */
  minGroups: number;
  /** At most this many features, the most frequent first. */
  maxFeatures: number;
  l2: number;
  steps: number;
  rate: number;
  /** 1 = classes weighted to count equally, 0 = by their frequency. */
  balance: number;
  /** Features whose weights all stay below this after fitting are dropped from the file. */
  prune: number;
}

/** Features present in enough examples and groups, the most frequent first, at most maxFeatures. */
export function vocabulary(examples: readonly Example[], o: Pick<SoftmaxOptions, 'minCount' | 'minGroups' | 'maxFeatures'>): string[] {
  const counts = new Map<string, number>();
  const groups = new Map<string, Set<string>>();
  for (const e of examples) {
    for (const f of new Set(e.features)) {
      counts.set(f, (counts.get(f) ?? 0) + 1);
      const seen = groups.get(f) ?? new Set();
      groups.set(f, seen.add(e.group));
    }
  }
  return [...counts]
    .filter(([f, n]) => n >= o.minCount && groups.get(f)!.size >= o.minGroups)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, o.maxFeatures)
    .map(([f]) => f);
}

export function classWeights(labels: readonly number[], classes: number, balance: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (const y of labels) counts[y]!++;
  return counts.map((n) => (n === 0 ? 0 : (labels.length / (classes * n)) ** balance));
}

export function fitSoftmax<C extends string>(classes: C[], examples: readonly Example[], o: SoftmaxOptions, trainedOn: string): LinearModelFile<C> {
  const names = vocabulary(examples, o);
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => [...new Set(e.features)].map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const k = classes.length;
  // one weight row per feature, then the bias row
  const dim = (names.length + 1) * k;
  const w = new Float64Array(dim);
  const m = new Float64Array(dim);
  const v = new Float64Array(dim);
  const cw = classWeights(examples.map((e) => e.label), k, o.balance);
  const weightOf = examples.map((e) => cw[e.label]! * (e.weight ?? 1));
  const total = weightOf.reduce((a, b) => a + b, 0);
  const biasAt = names.length * k;
  for (let step = 1; step <= o.steps; step++) {
    const g = new Float64Array(dim);
    rows.forEach((row, n) => {
      const y = examples[n]!.label;
      const z = new Array<number>(k);
      for (let c = 0; c < k; c++) {
        let s = w[biasAt + c]!;
        for (const i of row) s += w[i * k + c]!;
        z[c] = s;
      }
      const p = softmax(z);
      const scale = weightOf[n]! / total;
      for (let c = 0; c < k; c++) {
        const d = (p[c]! - (c === y ? 1 : 0)) * scale;
        g[biasAt + c]! += d;
        for (const i of row) g[i * k + c]! += d;
      }
    });
    for (let j = 0; j < biasAt; j++) g[j]! += o.l2 * w[j]!;
    // Adam with a step that shrinks towards the end, so the last steps settle
    const rate = o.rate * (1 - (0.9 * step) / o.steps);
    for (let j = 0; j < dim; j++) {
      m[j] = 0.9 * m[j]! + 0.1 * g[j]!;
      v[j] = 0.999 * v[j]! + 0.001 * g[j]! * g[j]!;
      const mHat = m[j]! / (1 - 0.9 ** step);
      const vHat = v[j]! / (1 - 0.999 ** step);
      w[j]! -= (rate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  const weights: Record<string, number[]> = {};
  names.forEach((f, i) => {
    const row = Array.from(w.subarray(i * k, i * k + k), round);
    if (row.some((x) => Math.abs(x) >= o.prune)) weights[f] = row;
  });
  return { classes, bias: Array.from(w.subarray(biasAt, biasAt + k), round), weights, trainedOn };
}

/** Three significant digits: enough for the decisions, and keeps the weights file small. */
function round(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(3));
}
