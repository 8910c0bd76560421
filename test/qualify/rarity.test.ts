import { describe, expect, test } from 'vitest';
import { rarityOf, rarityTableOf } from '../../lib/qualify/rarity';
import shipped from '../../lib/qualify/rarity.json';
import type { IdfTable } from '../../lib/stance/idf';
import idf from '../../lib/stance/idf.json';
import { shippedStanceKit } from '../../lib/stance/index';
import { contentTokens } from '../../lib/text/tokens';

const stem = (word: string) => contentTokens(word)[0]!;

describe('rarity: the idf table keyed by the detectors’ stems', () => {
  test('rarity.json is derived from the shipped idf table (else run npm run derive:rarity)', () => {
    expect(shipped).toEqual(rarityTableOf(idf as IdfTable));
  });

  test('each stem weighs the idf of its commonest form in the stance model’s table', () => {
    const kit = shippedStanceKit();
    const lowest = new Map<string, number>();
    for (const word of Object.keys((idf as IdfTable).df)) {
      const token = contentTokens(word)[0];
      if (!token || /\d/.test(token)) continue;
      lowest.set(token, Math.min(lowest.get(token) ?? Infinity, kit.idf(word)));
    }
    expect(lowest.size).toBeGreaterThan(5_000);
    for (const [token, weight] of lowest) expect(rarityOf(token)).toBe(weight);
  });

  test.each([
    // [rarer, commoner]: the rarer word carries more of a claim
    ['airstrike', 'government'],
    ['sanctions', 'year'],
    ['hoax', 'people'],
  ])('%s weighs more than %s', (rarer, commoner) => {
    expect(rarityOf(stem(rarer))!).toBeGreaterThan(rarityOf(stem(commoner))!);
  });

  test('a word the table does not hold, or a figure, has no rarity of its own', () => {
    expect(rarityOf('zzyzxq')).toBeUndefined();
    expect(rarityOf('2019')).toBeUndefined();
  });
});
