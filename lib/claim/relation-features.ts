import type { Relation } from '../types';
import { normalizeText } from '../text/normalize';
import { LINK_TO_SOMEONE, RELATION_CUES } from './relation-cues';
import { modelTokens, wordFeatures } from './word-features';

// "in May", "May 5": the month, not the modal
const MONTH_MAY = /\b(?:in|on|since|of|last|early|late|mid|next|this|until|by|from) may\b|\bmay \d/g;
// how far before a relation word a hedge or a negation still bears on it ("may well lower")
const NEAR_CHARS = 30;

interface CueAt {
  name: string;
  suggests: Relation;
  at: number;
}

/**
 * The relation model's input: which cues a sentence holds; how its first word of cause and of
 * correlation is put (hedged by "may" or "suggests" just before it, negated, or plain); words and
 * word pairs. A link to someone ("the suspect was linked to the gang") is left out first.
 */
export function relationFeatures(sentence: string): string[] {
  const folded = LINK_TO_SOMEONE.reduce((text, p) => text.replace(p, ' '), normalizeText(sentence).toLowerCase()).replace(MONTH_MAY, (m) => m.replace('may', 'month'));
  const found: CueAt[] = [];
  for (const cue of RELATION_CUES) {
    const m = cue.pattern.exec(folded);
    if (m) found.push({ name: cue.name, suggests: cue.suggests, at: m.index });
  }
  const out = found.map((c) => `cue:${c.name}`);
  const hedges = found.filter((c) => c.suggests === 'conditional-cause');
  const negations = found.filter((c) => c.name === 'negation');
  for (const relation of ['cause', 'correlation'] as const) {
    const words = found.filter((c) => c.suggests === relation);
    if (!words.length) continue;
    const first = Math.min(...words.map((c) => c.at));
    const hedged = hedges.some((h) => h.at <= first && first - h.at <= NEAR_CHARS);
    const negated = negations.some((n) => n.at <= first && first - n.at <= NEAR_CHARS);
    out.push(`${relation}:${hedged ? 'hedged' : negated ? 'negated' : 'plain'}`);
  }
  if (hedges.length && !found.some((c) => c.suggests === 'cause' || c.suggests === 'correlation')) out.push('hedge-alone');
  return [...out, ...wordFeatures(modelTokens(folded))];
}
