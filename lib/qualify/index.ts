import type { Finding, FindingKind } from '../types';
import type { QualifyContext } from './context';
import { detectAttribution } from './attribution';
import { detectContradiction } from './contradiction';
import { detectHedge } from './hedge';
import { detectNote } from './note';
import { detectNumbers } from './numbers';
import { detectQuote } from './quote';
import { detectScope } from './scope';
import { detectUncertainty } from './uncertainty';

export { buildContext, prepareBody, type PreparedBody, type QualifyContext, type SentenceRef } from './context';

export type Detector = (ctx: QualifyContext) => Finding[];

/** Every detector, one kind of finding each. */
export const DETECTORS: readonly Detector[] = [
  detectNote,
  detectContradiction,
  detectUncertainty,
  detectNumbers,
  detectQuote,
  detectHedge,
  detectScope,
  detectAttribution,
];

// on equal strength, the kind that weighs more against a headline comes first
const KIND_ORDER: Record<FindingKind, number> = {
  note: 0,
  contradiction: 1,
  uncertainty: 2,
  numbers: 3,
  quote: 4,
  hedge: 5,
  scope: 6,
  attribution: 7,
  unaddressed: 8,
};

/** Findings weaker than this are noise, not worth a reader's attention. */
export const MIN_STRENGTH = 0.15;

/**
 * All findings for one claim, most important first: one finding per evidence sentence (the
 * strongest; figures and quotations kept apart), each detector capping its own kind.
 */
export function detectFindings(ctx: QualifyContext): Finding[] {
  const bySentence = new Map<string, Finding>();
  for (const detect of DETECTORS) {
    for (const f of detect(ctx)) {
      if (f.strength < MIN_STRENGTH) continue;
      // a missing figure or quotation points at its closest sentence: it does not compete there
      const apart = f.kind === 'numbers' || f.kind === 'quote' ? f.kind : '';
      const key = `${f.source}:${f.paragraph}:${apart}:${f.text}`;
      const held = bySentence.get(key);
      if (!held || rank(f, held) < 0) bySentence.set(key, f);
    }
  }
  return [...bySentence.values()].sort(rank);
}

function rank(a: Finding, b: Finding): number {
  return b.strength - a.strength || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.position - b.position;
}
