import type { Claim } from '../types';
import { contentTokens } from '../text/tokens';

/** The claim's terms in the forms a sentence is searched for. */
export interface ClaimTerms {
  /** Names of two or more words, lower-cased ("north korea"): matched as phrases. */
  phrases: string[];
  /** Stems of single-word names ("trump"). */
  names: Set<string>;
  /** Stems of the other key words ("revers", "sanction"). */
  keywords: Set<string>;
  /** Stems of the predicate's words ("revers"). */
  predicate: Set<string>;
  /** Stem of the predicate's first content word: "stop" in "will stop serving". */
  predicateHead: string | null;
  /** Figures as a body might write them ("400", "3.2"). */
  figures: string[];
}

export function claimTerms(claim: Claim): ClaimTerms {
  const entities = [...claim.people, ...claim.places, ...claim.organizations];
  const phrases = entities.filter((e) => /\s/.test(e.trim())).map((e) => e.toLowerCase());
  const phraseTokens = new Set(phrases.flatMap((p) => contentTokens(p)));
  const names = new Set(entities.filter((e) => !/\s/.test(e.trim())).flatMap((e) => contentTokens(e)));
  const figures = claim.numbers.map((n) => String(n.text.match(/[\d.,]+/)?.[0] ?? '').replace(/,/g, '')).filter(Boolean);
  const keywords = new Set(
    claim.keywords.filter((k) => !phraseTokens.has(k) && !names.has(k) && !/^\d/.test(k) && k.length > 2),
  );
  // the verb's own words, even where the name reader took an all-caps "QUITS" into a name
  const predicate = new Set(contentTokens(claim.predicate ?? '').filter((k) => k.length > 2 && !/^\d/.test(k)));
  return { phrases, names, keywords, predicate, predicateHead: predicate.values().next().value ?? null, figures };
}

/** The claim's terms a sentence shares: whole names, figures and key words. */
export function sharedTerms(terms: ClaimTerms, folded: string, tokens: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const p of terms.phrases) if (folded.includes(p)) out.push(p);
  for (const n of terms.names) if (tokens.has(n)) out.push(n);
  for (const k of terms.keywords) if (tokens.has(k)) out.push(k);
  for (const f of terms.figures) if (tokens.has(f) || folded.includes(f)) out.push(f);
  return out;
}

/** How many of the claim's terms there are to share (for a relative overlap). */
export function termCount(terms: ClaimTerms): number {
  return terms.phrases.length + terms.names.size + terms.keywords.size + terms.figures.length;
}

// "the report", "these claims", "these forecasts", "the measure", "the bill": the sentence speaks of the claim itself
const CLAIM_REFERENCE =
  /\b(?:the|these|those|such|this|that|its|their|his|her) (?:[a-z-]+ )?(?:reports?|claims?|rumou?rs?|story|stories|allegations?|accusations?|accounts?|video|footage|photos?|images?|pictures?|posts?|tweets?|article|news|speculation|hoax|forecasts?|projections?|figures|results|findings|numbers|measure|bill|legislation|ordinance|proposal)\b/;

// "the story about the missing dog": a reference that names its own subject
const SPECIFIED = /^\s(?:about|of|on|involving|regarding|that|from)\b/;

export function refersToClaim(folded: string, topical: boolean): boolean {
  if (!topical) return false;
  const m = CLAIM_REFERENCE.exec(folded);
  return m !== null && !SPECIFIED.test(folded.slice(m.index + m[0].length));
}
