import { ATTRIBUTION_CUES, namedAsWritten, NO_COMMENT } from '../qualify/attribution';
import { NEGATION } from '../qualify/contradiction';
import { HEDGE_CUES, withoutMonthMay } from '../qualify/hedge';
import { UNCERTAINTY_CUES } from '../qualify/uncertainty';
import { foldSameLength } from '../text/normalize';

/**
 * The kinds of cue a sentence can carry: a possibility or belief, a plan, a condition,
 * something unclear or unverified, an attribution to a source, a negation.
 */
export type CueKind = 'hedge' | 'plan' | 'condition' | 'uncertainty' | 'attribution' | 'negation';

/** One cue found in a text: its kind, the words as written and where they sit. */
export interface TaggedCue {
  kind: CueKind;
  text: string;
  start: number;
  end: number;
}

interface TaggerEntry {
  kind: CueKind;
  pattern: RegExp;
  /** The original text must also pass this ("…, Reuters reported" written as a name). */
  holds?: (text: string) => boolean;
}

const RANK_KIND: Record<number, CueKind> = { 0: 'condition', 1: 'hedge', 1.5: 'plan', 2: 'plan' };

// one source of truth: the detectors' own tables, each pattern made global to find every match
const TABLES: TaggerEntry[] = [
  ...HEDGE_CUES.map((c): TaggerEntry => ({ kind: RANK_KIND[c.rank] ?? 'hedge', pattern: c.pattern })),
  ...UNCERTAINTY_CUES.map((c): TaggerEntry => ({ kind: 'uncertainty', pattern: c.pattern })),
  ...ATTRIBUTION_CUES.map((c): TaggerEntry => ({ kind: 'attribution', pattern: c.pattern, holds: (text) => namedAsWritten(c, text) })),
  { kind: 'attribution', pattern: NO_COMMENT },
  { kind: 'negation', pattern: NEGATION },
];
const ENTRIES = TABLES.map((e) => ({ ...e, pattern: new RegExp(e.pattern.source, e.pattern.flags.includes('g') ? e.pattern.flags : `${e.pattern.flags}g`) }));

/**
 * Every cue in a text, in reading order. Cues of one kind that overlap are merged into the
 * longest ("it is unclear" inside "it is not yet clear whether"); cues of different kinds may
 * overlap ("could not be verified" is a negation and an uncertainty).
 */
export function tagCues(text: string): TaggedCue[] {
  const folded = withoutMonthMay(foldSameLength(text));
  const found: TaggedCue[] = [];
  for (const entry of ENTRIES) {
    if (entry.holds && !entry.holds(text)) continue;
    entry.pattern.lastIndex = 0;
    for (const m of folded.matchAll(entry.pattern)) {
      if (m[0].length === 0) continue;
      // a match that starts with its clause's comma (", Reuters reported") is cited from the words after it
      const lead = m[0].match(/^[,\s]+/)?.[0].length ?? 0;
      const start = m.index + lead;
      const end = m.index + m[0].replace(/[\s.!?"”]+$/, '').length;
      found.push({ kind: entry.kind, text: text.slice(start, end), start, end });
    }
  }
  return merged(found);
}

function merged(cues: TaggedCue[]): TaggedCue[] {
  const sorted = cues.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TaggedCue[] = [];
  for (const cue of sorted) {
    const same = out.find((c) => c.kind === cue.kind && cue.start < c.end && c.start < cue.end);
    if (!same) out.push(cue);
    else if (cue.end - cue.start > same.end - same.start) Object.assign(same, cue);
  }
  return out.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
}

/** The kinds that make a sentence uncertain in the Szeged sense: speculation, conditions, open questions. */
export const UNCERTAIN_KINDS: ReadonlySet<CueKind> = new Set(['hedge', 'condition', 'uncertainty']);

/** The sentence carries a cue of speculation, condition or open question. */
export function isUncertain(text: string): boolean {
  return tagCues(text).some((c) => UNCERTAIN_KINDS.has(c.kind));
}
