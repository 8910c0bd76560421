import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { paragraphsOfPlainText } from '../lib/analysis-input';
import { STANCES, type Stance } from '../lib/stance/labels';
import type { AnalysisInput } from '../lib/types';

/** One labelled FNC-1 pair: a headline, the body it was paired with, and the stance. */
export interface Fnc1Pair {
  headline: string;
  bodyId: number;
  stance: Stance;
}

export interface Fnc1Data {
  bodies: Map<number, string>;
  pairs: Fnc1Pair[];
}

/** Reads train_bodies.csv and train_stances.csv from a folder; null when either is missing. */
export function loadFnc1(folder: string): Fnc1Data | null {
  const bodiesPath = join(folder, 'train_bodies.csv');
  const stancesPath = join(folder, 'train_stances.csv');
  if (!existsSync(bodiesPath) || !existsSync(stancesPath)) return null;
  // Bodies hold newlines inside quoted fields, so only a real CSV parser reads them right.
  const bodyRows: Record<string, string>[] = parse(readFileSync(bodiesPath, 'utf8'), { columns: true, bom: true, skip_empty_lines: true });
  const bodies = new Map<number, string>();
  for (const row of bodyRows) bodies.set(Number(row['Body ID']), row.articleBody ?? '');
  const stanceRows: Record<string, string>[] = parse(readFileSync(stancesPath, 'utf8'), { columns: true, bom: true, skip_empty_lines: true });
  const pairs: Fnc1Pair[] = [];
  for (const row of stanceRows) {
    const stance = row.Stance as Stance;
    const bodyId = Number(row['Body ID']);
    if (!STANCES.includes(stance) || !bodies.has(bodyId)) continue;
    pairs.push({ headline: row.Headline ?? '', bodyId, stance });
  }
  return { bodies, pairs };
}

/** Exits with a plain message (status 2) when the corpus folder is not there. */
export function loadFnc1OrExit(folder: string | undefined, usage: string): Fnc1Data {
  if (!folder) {
    process.stderr.write(`usage: ${usage}\n`);
    process.exit(2);
  }
  const data = loadFnc1(folder);
  if (!data) {
    process.stderr.write(`FNC-1 folder not found or incomplete: ${folder} (needs train_bodies.csv and train_stances.csv)\n`);
    process.exit(2);
  }
  return data;
}

/**
 * A fixed split by body: each body id goes to one side by a hash, so held-out bodies are never
 * seen in training (as in the competition's test set).
 */
export function bodySide(bodyId: number, folds: number, seed = 7): number {
  let h = (bodyId * 2654435761 + seed * 40503) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b) >>> 0;
  h ^= h >>> 16;
  return h % folds;
}

/** A pair as the analyser reads it: the body's lines become paragraphs. */
export function pairInput(pair: Fnc1Pair, bodies: Map<number, string>): AnalysisInput {
  return { headline: pair.headline, paragraphs: paragraphsOfPlainText(bodies.get(pair.bodyId) ?? ''), notes: [] };
}

/** Held-out side of the fixed split: one body in five (by a hash of its id), never trained on. */
export const HELD_OUT = { folds: 5, fold: 0, seed: 7 } as const;
/** Validation sides inside the training portion, for the decision offsets: one in five, by other hashes. */
export const VALIDATION = { folds: 5, fold: 0 } as const;

export function isHeldOut(bodyId: number): boolean {
  return bodySide(bodyId, HELD_OUT.folds, HELD_OUT.seed) === HELD_OUT.fold;
}

export const SPLIT_DESCRIPTION =
  'fixed split by body id: a hash of the body id puts 1 body in 5 in the held-out set; no held-out body, and no pair of one, is seen in training (headlines may recur across bodies, as claims do in FNC-1)';

/** Pairs ordered by body so each body is prepared once while its pairs are read. */
export function byBody(pairs: Fnc1Pair[]): Fnc1Pair[] {
  return pairs.slice().sort((a, b) => a.bodyId - b.bodyId);
}

/** Prints progress on stderr every `every` items. */
export function progress(label: string, total: number, every = 5000): (done: number) => void {
  const start = performance.now();
  return (done) => {
    if (done % every === 0 || done === total) {
      const s = (performance.now() - start) / 1000;
      process.stderr.write(`${label}: ${done}/${total} (${s.toFixed(0)} s)\n`);
    }
  };
}
