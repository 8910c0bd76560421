import type { Claim } from '../types';

export type ClaimPart = 'who' | 'what' | 'number' | 'quote';

export interface HeadlineSegment {
  text: string;
  part: ClaimPart | null;
}

export const CLAIM_PART_LABELS: Record<ClaimPart, string> = {
  who: 'who',
  what: 'what',
  number: 'number',
  quote: 'quoted words',
};

/**
 * The headline cut into runs, each marked with the part of the claim it carries.
 * Earlier parts win where two overlap: a quoted phrase stays whole even when it holds a number.
 */
export function headlineSegments(claim: Claim): HeadlineSegment[] {
  const headline = claim.headline;
  const predicate = [claim.predicate, claim.object].filter(Boolean).join(' ');
  const wanted: [ClaimPart, (string | null)[]][] = [
    ...claim.quotes.map((q): [ClaimPart, string[]] => ['quote', [q]]),
    ...claim.numbers.map((n): [ClaimPart, string[]] => ['number', [n.text]]),
    ['who', tails(claim.subject)],
    ['what', longestFirst([...tails(predicate), ...tails(claim.predicate), ...tails(claim.object)])],
  ];
  const taken: { start: number; end: number; part: ClaimPart }[] = [];
  const lower = headline.toLowerCase();
  const place = (needle: string): { start: number; end: number } | null => {
    for (let start = lower.indexOf(needle); start >= 0; start = lower.indexOf(needle, start + 1)) {
      const end = start + needle.length;
      if (!taken.some((t) => start < t.end && end > t.start)) return { start, end };
    }
    return null;
  };
  for (const [part, phrases] of wanted) {
    for (const phrase of phrases) {
      const needle = phrase?.trim().toLowerCase();
      const spot = needle ? place(needle) : null;
      if (spot) {
        taken.push({ ...spot, part });
        break;
      }
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const segments: HeadlineSegment[] = [];
  let at = 0;
  for (const t of taken) {
    if (t.start > at) segments.push({ text: headline.slice(at, t.start), part: null });
    segments.push({ text: headline.slice(t.start, t.end), part: t.part });
    at = t.end;
  }
  if (at < headline.length) segments.push({ text: headline.slice(at), part: null });
  return segments;
}

/**
 * A phrase and its shorter endings, longest first: the analyser may normalise the start of a
 * phrase ("he'll reverse" -> "will reverse"), while the end stays as the headline wrote it.
 */
function tails(phrase: string | null): string[] {
  const words = phrase?.trim().split(/\s+/).filter(Boolean) ?? [];
  return words.map((_, i) => words.slice(i).join(' '));
}

function longestFirst(phrases: string[]): string[] {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length);
}
