import type { FindingKind, HeadlineKind, NoteKind, Verdict } from '../types';

/** What each kind of finding is called where a reader sees it. */
export const KIND_LABELS: Record<FindingKind, string> = {
  note: 'Editor’s note',
  contradiction: 'Contradicted',
  uncertainty: 'Uncertain',
  scope: 'Narrower than the headline',
  numbers: 'Numbers differ',
  quote: 'Quote differs',
  attribution: 'Only a claim by someone',
  hedge: 'Hedged',
  unaddressed: 'Not in the article',
};

/** Kinds in the order a reader meets them when findings tie in importance. */
export const KIND_ORDER: FindingKind[] = [
  'note',
  'contradiction',
  'uncertainty',
  'scope',
  'numbers',
  'quote',
  'attribution',
  'hedge',
  'unaddressed',
];

export const VERDICT_LABELS: Record<Verdict, string> = {
  supported: 'Supported',
  qualified: 'Qualified',
  contradicted: 'Contradicted',
  unaddressed: 'Not addressed',
  'no-claim': 'No claim to check',
};

/** How a headline that is not a plain claim is named beside its verdict. */
export const HEADLINE_KIND_LABELS: Record<HeadlineKind, string | null> = {
  claim: null,
  question: 'Question headline',
  opinion: 'Opinion',
  review: 'Review',
  'no-claim': 'No claim',
};

/** What a report says in place of findings when there are none. */
export function noFindingsLine(verdict: Verdict): string {
  return verdict === 'no-claim' ? 'The headline makes no claim, so nothing in the article is weighed against it.' : 'Nothing in the article qualifies the headline.';
}

export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  update: 'Update',
  correction: 'Correction',
  clarification: 'Clarification',
  'editors-note': 'Editor’s note',
  retraction: 'Retraction',
};
