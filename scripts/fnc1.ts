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
  // `^` leaves a signed integer: fold it into 0..folds-1
  return ((h % folds) + folds) % folds;
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

/**
 * Claim clusters: connected components of the graph that links each body to the headlines it is
 * related to (agree, discuss or disagree; an unrelated pairing links nothing). FNC-1 pairs one
 * claim's headlines with many bodies, so holding out whole clusters leaves both the claims and the
 * bodies unseen, as in the competition's test set. A cluster is named by its smallest body id (a
 * headline related to no body is a cluster of its own, named by a hash of its text).
 */
export interface ClaimClusters {
  ofBody: Map<number, number>;
  ofHeadline: Map<string, number>;
  count: number;
}

export function claimClusters(pairs: Fnc1Pair[]): ClaimClusters {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    while (parent.get(x) !== root) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const node = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
    return x;
  };
  for (const p of pairs) {
    const b = node(`b:${p.bodyId}`);
    const h = node(`h:${p.headline}`);
    if (p.stance !== 'unrelated') parent.set(find(b), find(h));
  }
  const name = new Map<string, number>();
  for (const x of parent.keys()) {
    if (!x.startsWith('b:')) continue;
    const root = find(x);
    const id = Number(x.slice(2));
    if (!name.has(root) || id < name.get(root)!) name.set(root, id);
  }
  const ofBody = new Map<number, number>();
  const ofHeadline = new Map<string, number>();
  for (const x of parent.keys()) {
    const root = find(x);
    // a lone headline gets a name outside the body ids' range
    const cluster = name.get(root) ?? 1_000_000 + (textHash(x) % 1_000_000);
    if (x.startsWith('b:')) ofBody.set(Number(x.slice(2)), cluster);
    else ofHeadline.set(x.slice(2), cluster);
  }
  return { ofBody, ofHeadline, count: new Set([...ofBody.values(), ...ofHeadline.values()]).size };
}

function textHash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** Which side of a fold a pair falls on by its claim clusters; 'cross' when its body and headline fall apart. */
export type PairSide = 'in' | 'out' | 'cross';

export function claimSide(pair: Fnc1Pair, clusters: ClaimClusters, folds: number, fold: number, seed: number): PairSide {
  const b = bodySide(clusters.ofBody.get(pair.bodyId) ?? pair.bodyId, folds, seed) === fold;
  const h = bodySide(clusters.ofHeadline.get(pair.headline) ?? pair.bodyId, folds, seed) === fold;
  if (b && h) return 'in';
  if (!b && !h) return 'out';
  return 'cross';
}

/** How the corpus is split for training and evaluation. */
export type SplitKind = 'claim' | 'body';

/**
 * The fixed held-out split. By claim (the default): one claim cluster in five, by a hash of its
 * name, is held out; a pair is held out when both its body and its headline are, trained on when
 * neither is, and left out of both when they fall apart (an unrelated pairing across the line).
 * By body: one body in five, whatever its headlines.
 */
export function heldOutSplit(kind: SplitKind, pairs: Fnc1Pair[]): { heldOut: Fnc1Pair[]; training: Fnc1Pair[]; description: string } {
  if (kind === 'body') {
    return { heldOut: pairs.filter((p) => isHeldOut(p.bodyId)), training: pairs.filter((p) => !isHeldOut(p.bodyId)), description: SPLIT_DESCRIPTION };
  }
  const clusters = claimClusters(pairs);
  const side = (p: Fnc1Pair) => claimSide(p, clusters, HELD_OUT.folds, HELD_OUT.fold, HELD_OUT.seed);
  const heldOut = pairs.filter((p) => side(p) === 'in');
  const training = pairs.filter((p) => side(p) === 'out');
  return { heldOut, training, description: CLAIM_SPLIT_DESCRIPTION };
}

export const CLAIM_SPLIT_DESCRIPTION =
  'fixed split by claim cluster (bodies linked to their related headlines, connected components): a hash of the cluster puts 1 cluster in 5 in the held-out set; a held-out pair has its body and its headline in held-out clusters, a training pair neither, and unrelated pairings across the line are in neither; no held-out claim or body is seen in training';

/** Reads the split kind from the command line: `--split body` or `--split claim` (the default). */
export function splitKindOf(args: string[]): SplitKind {
  const i = args.indexOf('--split');
  const v = i >= 0 ? args[i + 1] : 'claim';
  if (v !== 'claim' && v !== 'body') {
    process.stderr.write(`--split takes claim or body, not ${v}\n`);
    process.exit(2);
  }
  return v;
}

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
