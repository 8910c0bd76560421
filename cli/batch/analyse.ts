import { createBatchAnalyzer } from '../../lib/analyze-batch';
import { paragraphsOfPlainText } from '../../lib/analysis-input';
import { noteKindOf } from '../../lib/extract/note-kinds';
import type { AnalysisInput } from '../../lib/types';
import type { Prior } from '../../lib/verdict';
import type { BatchPair } from './pairs';

/**
 * Turns pairs into output lines with one analyser, which prepares each distinct body once
 * however many pairs share it. The same function runs in this thread and in a worker thread, so
 * the lines are the same whichever does the work. `prior`: pairs as FNC-1 pairs them (the
 * default), or articles' own pages.
 */
export function pairAnalyser(prior: Prior = 'pair'): (pairs: BatchPair[]) => string[] {
  const analyzer = createBatchAnalyzer({ prior });
  return (pairs) =>
    pairs.map((pair) => {
      const analysis = analyzer.analyze(inputOf(pair), pair.body);
      return JSON.stringify({ id: pair.id, verdict: analysis.verdict, summary: analysis.summary, findings: analysis.findings });
    });
}

/** Pairs for one thread, and how they are read. */
export interface PairsTask {
  prior: Prior;
  pairs: BatchPair[];
}

function inputOf(pair: BatchPair): AnalysisInput {
  return {
    headline: pair.headline,
    paragraphs: paragraphsOfPlainText(pair.body),
    notes: (pair.notes ?? []).map((text) => ({ kind: noteKindOf(text) ?? 'update', text, date: null })),
  };
}
