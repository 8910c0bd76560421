import type { Modality, Tense } from '../types';

// "will ban", "he'll reverse", "set to", "poised to", "is to", "Apple to cut" (headline future)
const FUTURE = /\b(will|shall|'ll|won't|going to|set to|poised to|about to|slated to|is to|are to)\b/i;
// "plans to", "considering", "mulls", "eyes", "proposes", "in talks to"
const PLANNED =
  /\b(plans?|planning|planned|aims?|aiming|intends?|intending|seeks?|seeking|wants?|hopes?|hoping|considers?|considering|weighs?|weighing|mulls?|mulling|eyes|eyeing|proposes?|proposal|proposed|in talks|prepares?|preparing|moves? to|looks? to|threatens? to|vows? to|promises? to|pledges? to)\b/i;
// "may", "could", "might", "likely", "expected to", "reportedly"
const POSSIBLE =
  /\b(may|might|could|can|possibly|possible|likely|unlikely|probably|perhaps|expected to|reportedly|allegedly|rumou?red|rumou?rs?|appears? to|seems? to|may have|is said to|are said to|suspected)\b/i;
// "would", "if", "unless"
const CONDITIONAL = /\b(would|if|unless|should|in case)\b/i;

/** How firmly the claim is put: asserted fact, future, plan, possibility or condition. */
export function readModality(claim: string, headlineFuture: boolean): Modality {
  if (CONDITIONAL.test(claim)) return 'conditional';
  if (POSSIBLE.test(claim)) return 'possible';
  if (PLANNED.test(claim)) return 'planned';
  if (FUTURE.test(claim) || headlineFuture) return 'future';
  return 'asserted';
}

// "was killed", "said", "reversed": past; "will": future
export function readTense(modality: Modality, claim: string, pastVerb: boolean): Tense {
  if (modality === 'future' || FUTURE.test(claim)) return 'future';
  if (pastVerb) return 'past';
  return 'present';
}

// "won't", "did not", "never", "no longer", "fails to", "refuses to", "No evidence"
const NEGATION = /\b(not|never|no|no longer|nobody|none|nothing|neither|nor|without|fails? to|failed to|refuses? to|refused to)\b|n't\b/i;

export function readNegation(claim: string): boolean {
  return NEGATION.test(claim.replace(/\bno\.\s?\d/gi, ''));
}

/** Firmness rank: how strongly a modality commits to the claim (3 = fact, 0 = condition). */
export function modalityRank(m: Modality): number {
  return m === 'asserted' || m === 'future' ? 3 : m === 'planned' ? 2 : m === 'possible' ? 1 : 0;
}
