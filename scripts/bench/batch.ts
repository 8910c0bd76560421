import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createBatchAnalyzer } from '../../lib/analyze-batch';
import { paragraphsOfPlainText } from '../../lib/analysis-input';
import type { Fnc1Data } from '../fnc1';
import { peakOf } from './memory';

export interface BatchLine {
  id: number;
  headline: string;
  body: string;
}

/** The first `count` FNC-1 pairs as `fine-print batch` reads them. */
export function batchLines(data: Fnc1Data, count: number): BatchLine[] {
  return data.pairs.slice(0, count).map((p, id) => ({ id, headline: p.headline, body: data.bodies.get(p.bodyId) ?? '' }));
}

/** Pairs per second through createBatchAnalyzer, the function `fine-print batch` calls. */
export function batchInProcess(lines: BatchLine[], warmup: number): number {
  const run = (slice: BatchLine[]) => {
    const analyzer = createBatchAnalyzer();
    for (const line of slice) {
      analyzer.analyze({ headline: line.headline, paragraphs: paragraphsOfPlainText(line.body), notes: [] }, line.body);
    }
  };
  run(lines.slice(0, warmup));
  const start = performance.now();
  run(lines);
  return lines.length / ((performance.now() - start) / 1000);
}

export interface CliBatch {
  pairsPerSecond: number;
  seconds: number;
  linesOut: number;
  exitCode: number | null;
  peakMb: number | null;
  /** A hash of everything written, to tell whether two runs wrote the same. */
  digest: string;
  /** CPU time over wall time: how many cores the process kept busy, its threads and V8's own together. */
  coresBusy: number | null;
}

/** The whole CLI process at `--jobs N`: start, load, read JSON lines on stdin, write one line per pair. */
export function batchThroughCli(lines: BatchLine[], cli: string[], jobs: number): CliBatch {
  const jsonl = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, ...cli, 'batch', '--jobs', String(jobs)], { input: jsonl, maxBuffer: 1 << 30, timeout: 600_000 });
  const seconds = (performance.now() - start) / 1000;
  const linesOut = run.stdout.toString('utf8').split('\n').filter(Boolean).length;
  const digest = createHash('sha256').update(run.stdout).digest('hex');
  const report = run.stderr.toString('utf8');
  const cpu = cpuSecondsOf(report);
  return { pairsPerSecond: lines.length / seconds, seconds, linesOut, exitCode: run.status, peakMb: peakOf(report), digest, coresBusy: cpu === null ? null : cpu / seconds };
}

/**
 * `--jobs 1` against `--jobs 2` on the same pairs, run in turn `rounds` times so a busy moment
 * of the machine falls on both alike; the fastest run of each is kept.
 */
export function jobsScaling(lines: BatchLine[], cli: string[], rounds: number): { one: CliBatch; two: CliBatch; ratio: number; same: boolean } {
  const runs: Record<1 | 2, CliBatch[]> = { 1: [], 2: [] };
  for (let i = 0; i < rounds; i++) for (const jobs of [1, 2] as const) runs[jobs].push(batchThroughCli(lines, cli, jobs));
  const fastest = (list: CliBatch[]) => list.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const [one, two] = [fastest(runs[1]), fastest(runs[2])];
  return { one, two, ratio: two.pairsPerSecond / one.pairsPerSecond, same: [...runs[1], ...runs[2]].every((run) => run.digest === one.digest) };
}

/** User and system CPU seconds from `/usr/bin/time -v` output. */
function cpuSecondsOf(timeOutput: string): number | null {
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(timeOutput)?.[1];
  const system = /System time \(seconds\):\s*([\d.]+)/.exec(timeOutput)?.[1];
  return user && system ? Number(user) + Number(system) : null;
}
