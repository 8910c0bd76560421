import type { Claim } from '../types';
import { contentTokens } from '../text/tokens';

type Part = 'subject' | 'predicate' | 'object';

/**
 * The headline words a finding bears on: the part of the claim (subject, verb phrase, object)
 * sharing most terms with the evidence, `prefer` breaking ties; the whole claim when none does.
 */
export function headlinePartFor(claim: Claim, shared: readonly string[], prefer: readonly Part[] = ['object', 'predicate', 'subject']): string {
  const sharedTokens = new Set(shared.flatMap((s) => contentTokens(s)));
  let best: string | null = null;
  let bestScore = 0;
  for (const part of prefer) {
    const text = claim[part];
    if (!text) continue;
    const score = contentTokens(text).filter((t) => sharedTokens.has(t)).length;
    if (score > bestScore) {
      best = text;
      bestScore = score;
    }
  }
  return best ?? wholeClaim(claim);
}

/** "will reverse new North Korea sanctions": predicate and object together. */
export function wholeClaim(claim: Claim): string {
  const joined = [claim.predicate, claim.object].filter(Boolean).join(' ');
  return joined || claim.headline;
}
