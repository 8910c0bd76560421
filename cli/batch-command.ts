import { existsSync } from 'node:fs';
import { hashName } from '../lib/stance/hash';
import { jobsOf, type ParsedArgs } from './args';
import { inputLines } from './batch/lines';
import { idOf, parsePair, type BatchPair } from './batch/pairs';
import { ByteMeter } from './byte-meter';
import { InputError, UsageError, messageOf } from './errors';
import { runInOrder } from './jobs/in-order';
import type { JobPool } from './jobs/pool';
import type { Output } from './output';
import type { Prior } from '../lib/verdict';
import { progressLine } from './progress';

/** Lines handed out together: enough to make a worker's message worth its cost. */
const CHUNK_LINES = 64;

/** A line ready to write (a malformed line's error) or a pair to analyse. */
type Item = { line: string } | { pair: BatchPair };

/**
 * JSON lines in (stdin, or files, gzipped or not), JSON lines out in input order. Each
 * distinct body is prepared once: with several jobs, every pair of a body goes to the same thread.
 * Pairs are read as FNC-1 pairs them (the body may be another article's) unless `--own-pages`
 * says each is an article's own headline and body.
 */
export async function batchCommand(args: ParsedArgs, out: Output): Promise<number> {
  if (args.format) throw new UsageError('batch writes JSON lines and takes no --format');
  const inputs = args.inputs.length > 0 ? args.inputs : ['-'];
  for (const input of inputs) if (input !== '-' && !existsSync(input)) throw new InputError(`cannot read ${input}: no such file`);
  const meter = ByteMeter.of(inputs);
  const progress = progressLine(out, args.quiet, 'pairs', () => meter.fraction());
  const counts = { lines: 0, failures: 0 };
  const prior = args.ownPages ? 'own-page' : 'pair';
  let here: ((pairs: BatchPair[]) => string[]) | null = null;
  await runInOrder(
    chunks(inputLines(inputs, out.input, meter), counts, out),
    jobsOf(args),
    {
      here: async (items) => {
        // the analyser (compromise and the model) loads only where pairs are analysed
        here ??= (await import('./batch/analyse')).pairAnalyser(prior);
        return linesOf(items, here);
      },
      inPool: (pool, items) => inShards(pool, items, prior),
    },
    (lines) => {
      for (const line of lines) out.line(line);
      progress.add(lines.length);
    },
  );
  progress.end();
  return counts.failures > 0 && counts.failures === counts.lines ? 1 : 0;
}

/** Input lines as items, CHUNK_LINES at a time; each malformed line is reported as it is read. */
async function* chunks(lines: AsyncIterable<string>, counts: { lines: number; failures: number }, out: Output): AsyncIterable<Item[]> {
  let chunk: Item[] = [];
  for await (const line of lines) {
    counts.lines++;
    if (!line.trim()) continue;
    try {
      chunk.push({ pair: parsePair(line) });
    } catch (error) {
      counts.failures++;
      out.error(`line ${counts.lines}: ${messageOf(error)}`);
      chunk.push({ line: JSON.stringify({ id: idOf(line), error: messageOf(error) }) });
    }
    if (chunk.length === CHUNK_LINES) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

function linesOf(items: Item[], analyse: (pairs: BatchPair[]) => string[]): string[] {
  const analysed = analyse(items.flatMap((item) => ('pair' in item ? [item.pair] : [])));
  let next = 0;
  return items.map((item) => ('pair' in item ? analysed[next++] : item.line));
}

/** A chunk's pairs split by a hash of their body, each share to its shard's thread, put back in order. */
async function inShards(pool: JobPool, items: Item[], prior: Prior): Promise<string[]> {
  const shards = new Map<number, number[]>();
  items.forEach((item, at) => {
    if (!('pair' in item)) return;
    const shard = hashName(item.pair.body) % pool.size;
    const places = shards.get(shard) ?? [];
    places.push(at);
    shards.set(shard, places);
  });
  const lines = items.map((item) => ('line' in item ? item.line : ''));
  await Promise.all(
    [...shards].map(async ([shard, places]) => {
      const pairs = places.map((at) => (items[at] as { pair: BatchPair }).pair);
      const analysed = await pool.pairs(shard, { prior, pairs }).catch((error: unknown) => pairs.map((pair) => JSON.stringify({ id: pair.id, error: messageOf(error) })));
      places.forEach((at, i) => (lines[at] = analysed[i]));
    }),
  );
  return lines;
}
