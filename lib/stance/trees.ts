import type { PairFeatures } from './features';
import { softmax } from './model';
import { rng } from './random';

/**
 * The three-way choice among related pairs (agree, discuss, disagree) as small boosted trees
 * over the dense features and the commoner cue words: trees read combinations a linear model
 * cannot, such as a headline that itself calls a story a hoax beside a body that does too.
 */
export interface TreeStance {
  /** Hashed-feature names read as extra columns after the dense ones. */
  columns: string[];
  /** Starting log-odds per class. */
  prior: number[];
  /** Round by round, one tree per class; a tree is flat [feature, threshold, left, right, value] nodes, a leaf has feature -1. */
  trees: number[][][];
}

export interface TreeOptions {
  rounds: number;
  depth: number;
  rate: number;
  /** L2 on leaf values. */
  lambda: number;
  /** Least summed hessian on either side of a split. */
  minHess: number;
  bins: number;
  subsample: number;
  colsample: number;
  /** A hashed feature becomes a column when this many training pairs carry it. */
  minCount: number;
}

const NODE = 5;

function rowOf(f: Pick<PairFeatures, 'dense' | 'sparse'>, columns: Map<string, number>, width: number): Float64Array {
  const d = f.dense.length;
  const x = new Float64Array(width);
  for (let i = 0; i < d; i++) x[i] = f.dense[i];
  for (const [name, v] of f.sparse) {
    const j = columns.get(name);
    if (j !== undefined) x[d + j] = v;
  }
  return x;
}

function leafValue(tree: number[], x: Float64Array): number {
  let t = 0;
  while (tree[t * NODE] >= 0) t = x[tree[t * NODE]] < tree[t * NODE + 1] ? tree[t * NODE + 2] : tree[t * NODE + 3];
  return tree[t * NODE + 4];
}

const columnIndex = new WeakMap<TreeStance, Map<string, number>>();

/** Agree, discuss and disagree probabilities for a related pair. */
export function treeProbabilities(stance: TreeStance, f: Pick<PairFeatures, 'dense' | 'sparse'>): number[] {
  let columns = columnIndex.get(stance);
  if (!columns) columnIndex.set(stance, (columns = new Map(stance.columns.map((c, i) => [c, i]))));
  const x = rowOf(f, columns, f.dense.length + stance.columns.length);
  const z = stance.prior.slice();
  for (const round of stance.trees) round.forEach((tree, k) => (z[k] += leafValue(tree, x)));
  return softmax(z);
}

function round4(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(4));
}

/** Gradient boosting on the softmax loss, splits found on quantile bins; `weights` per class. */
export function learnTrees(examples: Pick<PairFeatures, 'dense' | 'sparse'>[], labels: number[], classes: number, weights: number[], o: TreeOptions, seed: number): TreeStance {
  const counts = new Map<string, number>();
  for (const e of examples) for (const name of e.sparse.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= o.minCount).map(([name]) => name).sort();
  const index = new Map(names.map((c, i) => [c, i]));
  const width = examples[0].dense.length + names.length;
  const rows = examples.map((e) => rowOf(e, index, width));
  const n = rows.length;
  // thresholds are rounded as they will be stored, so training splits exactly as prediction does
  const edges: number[][] = [];
  const bin = new Uint8Array(n * width);
  for (let j = 0; j < width; j++) {
    const xs = rows.map((r) => r[j]).sort((a, b) => a - b);
    const es: number[] = [];
    for (let q = 1; q < o.bins; q++) {
      const v = round4(xs[Math.floor((q / o.bins) * n)]);
      if (v > xs[0] && (es.length === 0 || v > es[es.length - 1])) es.push(v);
    }
    edges.push(es);
    for (let i = 0; i < n; i++) {
      let b = 0;
      while (b < es.length && rows[i][j] >= es[b]) b++;
      bin[i * width + j] = b;
    }
  }
  const classCounts = new Array(classes).fill(0);
  for (const y of labels) classCounts[y]++;
  const prior = classCounts.map((c) => round4(Math.log((c + 1) / (n + classes))));
  const score = new Float64Array(n * classes);
  for (let i = 0; i < n; i++) for (let k = 0; k < classes; k++) score[i * classes + k] = prior[k];
  const random = rng(seed);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const slots = o.bins + 1;
  const hist = new Float64Array(width * slots * 2);
  const trees: number[][][] = [];
  for (let r = 0; r < o.rounds; r++) {
    const sample: number[] = [];
    for (let i = 0; i < n; i++) if (random() < o.subsample) sample.push(i);
    const cols: number[] = [];
    for (let j = 0; j < width; j++) if (random() < o.colsample) cols.push(j);
    const p = new Float64Array(n * classes);
    for (let i = 0; i < n; i++) softmax(Array.from(score.subarray(i * classes, (i + 1) * classes))).forEach((v, k) => (p[i * classes + k] = v));
    const round: number[][] = [];
    for (let k = 0; k < classes; k++) {
      for (const i of sample) {
        const pk = p[i * classes + k];
        const w = weights[labels[i]];
        g[i] = (pk - (labels[i] === k ? 1 : 0)) * w;
        h[i] = Math.max(pk * (1 - pk), 1e-6) * w;
      }
      const tree: number[] = [];
      const grow = (idx: number[], depth: number): number => {
        let G = 0;
        let H = 0;
        for (const i of idx) {
          G += g[i];
          H += h[i];
        }
        const id = tree.length / NODE;
        tree.push(-1, 0, 0, 0, round4((-G / (H + o.lambda)) * o.rate));
        if (depth >= o.depth || H < 2 * o.minHess) return id;
        hist.fill(0);
        for (const i of idx) {
          for (const j of cols) {
            const at = (j * slots + bin[i * width + j]) * 2;
            hist[at] += g[i];
            hist[at + 1] += h[i];
          }
        }
        const parent = (G * G) / (H + o.lambda);
        let best = 0;
        let bestCol = -1;
        let bestBin = 0;
        for (const j of cols) {
          let gl = 0;
          let hl = 0;
          for (let b = 0; b < edges[j].length; b++) {
            gl += hist[(j * slots + b) * 2];
            hl += hist[(j * slots + b) * 2 + 1];
            const gr = G - gl;
            const hr = H - hl;
            if (hl < o.minHess || hr < o.minHess) continue;
            const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
            if (gain > best) {
              best = gain;
              bestCol = j;
              bestBin = b;
            }
          }
        }
        if (bestCol < 0) return id;
        const left: number[] = [];
        const right: number[] = [];
        for (const i of idx) (bin[i * width + bestCol] <= bestBin ? left : right).push(i);
        tree[id * NODE] = bestCol;
        tree[id * NODE + 1] = edges[bestCol][bestBin];
        tree[id * NODE + 2] = grow(left, depth + 1);
        tree[id * NODE + 3] = grow(right, depth + 1);
        return id;
      };
      grow(sample, 0);
      round.push(tree);
    }
    for (let i = 0; i < n; i++) round.forEach((tree, k) => (score[i * classes + k] += leafValue(tree, rows[i])));
    trees.push(round);
  }
  return { columns: names, prior, trees };
}
