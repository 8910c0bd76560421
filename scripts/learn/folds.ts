import { rng } from '../../lib/stance/random';

/**
 * The fold (0..k-1) of each item such that all items of one group share a fold, so no group
 * sits in both training and test. Groups are shuffled by the seed and dealt, largest first, to
 * the fold with fewest items so far: folds come out about the same size.
 */
export function groupedFolds(groups: readonly string[], k: number, seed: number): number[] {
  const sizes = new Map<string, number>();
  for (const g of groups) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const random = rng(seed);
  const order = [...sizes.keys()].map((g) => ({ g, r: random() }));
  order.sort((a, b) => sizes.get(b.g)! - sizes.get(a.g)! || a.r - b.r);
  const load = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const { g } of order) {
    let best = 0;
    for (let f = 1; f < k; f++) if (load[f]! < load[best]!) best = f;
    foldOf.set(g, best);
    load[best]! += sizes.get(g)!;
  }
  return groups.map((g) => foldOf.get(g)!);
}

/** Mean and sample standard deviation. */
export function meanSd(xs: readonly number[]): { mean: number; sd: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = xs.length > 1 ? Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1)) : 0;
  return { mean, sd };
}
