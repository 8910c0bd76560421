import { STANCES } from './labels';

/** Rows are gold stances, columns predicted, both in STANCES order. */
export function confusion(gold: number[], predicted: number[], classes: number): number[][] {
  const m = Array.from({ length: classes }, () => new Array(classes).fill(0));
  gold.forEach((g, i) => m[g][predicted[i]]++);
  return m;
}

export function f1PerClass(m: number[][]): number[] {
  return m.map((row, c) => {
    const tp = row[c];
    const predicted = m.reduce((a, r) => a + r[c], 0);
    const actual = row.reduce((a, b) => a + b, 0);
    const p = predicted ? tp / predicted : 0;
    const r = actual ? tp / actual : 0;
    return p + r ? (2 * p * r) / (p + r) : 0;
  });
}

export function macroF1(m: number[][]): number {
  const f = f1PerClass(m);
  return f.reduce((a, b) => a + b, 0) / f.length;
}

const UNRELATED = STANCES.indexOf('unrelated');

/**
 * FNC-1's weighted score as a share of the best possible: 0.25 for getting related versus
 * unrelated right, a further 0.75 for the exact stance of a related pair.
 */
export function fncScore(m: number[][]): number {
  let score = 0;
  let max = 0;
  m.forEach((row, g) => {
    row.forEach((n, p) => {
      if (g === UNRELATED) {
        max += 0.25 * n;
        if (p === UNRELATED) score += 0.25 * n;
      } else {
        max += n;
        if (p !== UNRELATED) score += 0.25 * n;
        if (p === g) score += 0.75 * n;
      }
    });
  });
  return max ? score / max : 0;
}
