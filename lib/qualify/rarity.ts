import { idfFunction, type IdfTable } from '../stance/idf';
import { contentTokens } from '../text/tokens';
import shipped from './rarity.json';

/**
 * The stance model's idf table re-keyed by the detectors' own stems (the two stemmers differ on
 * endings such as "reverse" / "revers"): where two of its stems come to one of the detectors',
 * the commoner counts, so a word is never rarer than its commonest form. Figures are left out:
 * the claim weighs them on their own (bearing.ts).
 */
export function rarityTableOf(idf: IdfTable): IdfTable {
  const df = new Map<string, number>();
  for (const [word, count] of Object.entries(idf.df)) {
    const [token] = contentTokens(word);
    if (!token || /\d/.test(token)) continue;
    df.set(token, Math.max(df.get(token) ?? 0, count));
  }
  return { docs: idf.docs, df: Object.fromEntries([...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) };
}

// derived once by `npm run derive:rarity`, not on a woken worker's first check
const table = shipped as IdfTable;
const idf = idfFunction(table);

/** How rare a detector stem is (its idf); undefined for a word the table does not hold. */
export function rarityOf(token: string): number | undefined {
  return Object.hasOwn(table.df, token) ? idf(token) : undefined;
}
