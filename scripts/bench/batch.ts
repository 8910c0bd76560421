import { spawnSync } from 'node:child_process';
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
}

/** The whole CLI process: start, load, read JSON lines on stdin, write one line per pair. */
export function batchThroughCli(lines: BatchLine[], cli: string[]): CliBatch {
  const jsonl = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, ...cli, 'batch'], { input: jsonl, maxBuffer: 1 << 30, timeout: 600_000 });
  const seconds = (performance.now() - start) / 1000;
  const linesOut = run.stdout.toString('utf8').split('\n').filter(Boolean).length;
  return { pairsPerSecond: lines.length / seconds, seconds, linesOut, exitCode: run.status, peakMb: peakOf(run.stderr.toString('utf8')) };
}
