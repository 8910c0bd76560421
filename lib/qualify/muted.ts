import type { Claim, Finding, FindingKind, HeadlineKind } from '../types';

// the writer's own hedges and doubts are the argument of a column or review, not findings
// against it; a question asks what the body then hedges, and states nothing as fact
const MUTED: Partial<Record<HeadlineKind, ReadonlySet<FindingKind>>> = {
  opinion: new Set(['hedge', 'uncertainty', 'scope']),
  review: new Set(['hedge', 'uncertainty', 'scope']),
  question: new Set(['hedge', 'attribution', 'uncertainty']),
};

/** Whether a finding is beside the point for this kind of headline: a headline that claims nothing has none. */
export function isMuted(claim: Claim, finding: Finding): boolean {
  if (claim.kind === 'no-claim') return true;
  return finding.source === 'body' && (MUTED[claim.kind]?.has(finding.kind) ?? false);
}
