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
  const wanted: [ClaimPart, string | null][] = [
    ...claim.quotes.map((q): [ClaimPart, string] => ['quote', q]),
    ...claim.numbers.map((n): [ClaimPart, string] => ['number', n.text]),
    ['who', claim.subject],
    ['what', claim.predicate],
  ];
  const taken: { start: number; end: number; part: ClaimPart }[] = [];
  const lower = headline.toLowerCase();
  for (const [part, phrase] of wanted) {
    const needle = phrase?.trim().toLowerCase();
    if (!needle) continue;
    let from = 0;
    while (from <= lower.length) {
      const start = lower.indexOf(needle, from);
      if (start < 0) break;
      const end = start + needle.length;
      if (!taken.some((t) => start < t.end && end > t.start)) {
        taken.push({ start, end, part });
        break;
      }
      from = start + 1;
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
