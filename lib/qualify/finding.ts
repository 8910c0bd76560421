import type { Finding, FindingEffect, FindingKind } from '../types';
import type { QualifyContext, SentenceRef } from './context';

/** Position after which a body finding counts as buried. */
export const BURIED_AFTER = 0.75;

export function makeFinding(
  ref: SentenceRef,
  kind: FindingKind,
  fields: { headlinePart: string; explanation: string; strength: number; effect?: FindingEffect },
): Finding {
  return {
    kind,
    source: ref.source,
    text: ref.text,
    paragraph: ref.paragraph,
    position: ref.position,
    headlinePart: fields.headlinePart,
    explanation: fields.explanation,
    strength: Math.round(Math.min(1, Math.max(0, fields.strength)) * 100) / 100,
    effect: fields.effect ?? (kind === 'contradiction' ? 'contradicts' : 'qualifies'),
    buried: ref.source === 'body' && ref.position > BURIED_AFTER,
  };
}

/** Body sentences only: detectors other than the note detector read the story itself. */
export function bodySentences(ctx: QualifyContext): SentenceRef[] {
  return ctx.sentences.filter((s) => s.source === 'body');
}

/** A short quotation of a sentence from `at` on, for an explanation. */
export function clauseFrom(text: string, at: number, max = 110): string {
  let clause = text.slice(at).replace(/^[\s,;:-]+/, '').replace(/[\s.;:,!?"'\u201D\u2019]+$/, '');
  if (clause.length > max) clause = `${clause.slice(0, max).replace(/\s+\S*$/, '')}…`;
  return clause;
}
