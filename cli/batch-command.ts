import { createInterface } from 'node:readline';
import { createBatchAnalyzer } from '../lib/analyze-batch';
import { paragraphsOfPlainText } from '../lib/analysis-input';
import { noteKindOf } from '../lib/extract/note-kinds';
import type { AnalysisInput } from '../lib/types';
import type { ParsedArgs } from './args';
import { UsageError, messageOf } from './errors';
import type { Output } from './output';

interface BatchPair {
  id: unknown;
  headline: string;
  body: string;
  notes?: string[];
}

/** JSON lines in, JSON lines out, in order; each distinct body is prepared once. */
export async function batchCommand(args: ParsedArgs, out: Output): Promise<number> {
  if (args.inputs.length > 0 || args.format) throw new UsageError('batch reads JSON lines on stdin and takes no arguments');
  const analyzer = createBatchAnalyzer();
  const lines = createInterface({ input: out.input, crlfDelay: Infinity });
  let lineNo = 0;
  let failures = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let pair: BatchPair;
    try {
      pair = parsePair(line);
    } catch (error) {
      failures++;
      out.error(`line ${lineNo}: ${messageOf(error)}`);
      out.line(JSON.stringify({ id: idOf(line), error: messageOf(error) }));
      continue;
    }
    const analysis = analyzer.analyze(inputOf(pair), pair.body);
    out.line(JSON.stringify({ id: pair.id, verdict: analysis.verdict, summary: analysis.summary, findings: analysis.findings }));
  }
  return failures > 0 && failures === lineNo ? 1 : 0;
}

function parsePair(line: string): BatchPair {
  const value: unknown = JSON.parse(line);
  if (!value || typeof value !== 'object') throw new Error('each line must be a JSON object');
  const pair = value as Record<string, unknown>;
  if (typeof pair.headline !== 'string') throw new Error('"headline" must be a string');
  if (typeof pair.body !== 'string') throw new Error('"body" must be a string');
  if (pair.notes !== undefined && !(Array.isArray(pair.notes) && pair.notes.every((n) => typeof n === 'string'))) {
    throw new Error('"notes" must be an array of strings');
  }
  return { id: pair.id ?? null, headline: pair.headline, body: pair.body, notes: pair.notes as string[] | undefined };
}

function inputOf(pair: BatchPair): AnalysisInput {
  return {
    headline: pair.headline,
    paragraphs: paragraphsOfPlainText(pair.body),
    notes: (pair.notes ?? []).map((text) => ({ kind: noteKindOf(text) ?? 'update', text, date: null })),
  };
}

function idOf(line: string): unknown {
  try {
    return (JSON.parse(line) as { id?: unknown })?.id ?? null;
  } catch {
    return null;
  }
}
