/**
 * Writes lib/qualify/rarity.json, the stance model's idf table keyed by the detectors' stems (see
 * lib/qualify/rarity.ts). Run after the idf table (npm run train:stance) or the detectors'
 * tokenizer changes; a unit test says when the file is stale.
 *   npm run derive:rarity
 */
import { statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rarityTableOf } from '../lib/qualify/rarity';
import type { IdfTable } from '../lib/stance/idf';
import idf from '../lib/stance/idf.json';

const path = fileURLToPath(new URL('../lib/qualify/rarity.json', import.meta.url));
writeFileSync(path, JSON.stringify(rarityTableOf(idf as IdfTable)) + '\n');
process.stdout.write(`wrote ${path} (${(statSync(path).size / 1024).toFixed(0)} KB)\n`);
