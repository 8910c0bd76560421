/** Inverse document frequency of stems, from the training corpus; rare words weigh most. */
export interface IdfTable {
  /** Documents the table was counted over. */
  docs: number;
  /** Stem -> document frequency, for stems seen in at least a few documents. */
  df: Record<string, number>;
}

export type Idf = (stem: string) => number;

/** Unlisted stems count as rare (seen about once), which is what being left out of the table means. */
export function idfFunction(table: IdfTable): Idf {
  const cache = new Map<string, number>();
  const rare = Math.log((table.docs + 1) / 2) + 1;
  return (stem) => {
    let v = cache.get(stem);
    if (v === undefined) {
      const df = table.df[stem];
      v = df ? Math.log((table.docs + 1) / (df + 1)) + 1 : rare;
      cache.set(stem, v);
    }
    return v;
  };
}

/** Counts document frequencies over texts already cut into stems; keeps stems seen minDf times or more. */
export function countIdf(docs: string[][], minDf: number): IdfTable {
  const counts = new Map<string, number>();
  for (const doc of docs) for (const s of new Set(doc)) counts.set(s, (counts.get(s) ?? 0) + 1);
  const df: Record<string, number> = {};
  for (const [s, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= minDf) df[s] = n;
  return { docs: docs.length, df };
}
