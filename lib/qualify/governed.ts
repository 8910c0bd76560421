import { contentTokens } from '../text/tokens';
import { type Bearing, bearingOfText } from './bearing';
import type { Span } from './clauses';
import type { QualifyContext } from './context';
import { sameWord } from './word-families';

/** Share of the claim's weight a clause must carry to say the same thing as the headline. */
export const RESTATES = 0.35;
/** Share of the claim's weight below which a sentence is not read closely at all. */
export const NEAR_CLAIM = 0.2;

/** What of the claim one stretch of a sentence carries. */
export function bearingOfSpan(ctx: QualifyContext, index: number, span: Span): Bearing {
  return bearingOfText(ctx.frame, ctx.sentences[index]!.text.slice(span.start, span.end));
}

/** Share of the claim's weight a sentence of the lede must carry to restate it. */
export const RESTATES_IN_LEDE = 0.3;
/** Body sentences that make the lede, where a story restates its headline. */
export const LEDE_SENTENCES = 3;

/**
 * The stretch says what the headline says: a good share of the claim, some of it what
 * happened (not only who), and at least two of its words where it has two. In the lede,
 * which restates the headline in other words ("it may morph into something bigger"), a share
 * of the claim is enough.
 */
export function restatesClaim(ctx: QualifyContext, b: Bearing, index?: number): boolean {
  if (b.count < Math.min(2, ctx.frame.terms.length)) return false;
  if (b.coverage >= RESTATES && b.event > 0) return true;
  return index !== undefined && inLede(ctx, index) && b.coverage >= RESTATES_IN_LEDE;
}

/** One of the story's first sentences. */
export function inLede(ctx: QualifyContext, index: number): boolean {
  const ref = ctx.sentences[index]!;
  return ref.source === 'body' && index - ctx.firstBodySentence < LEDE_SENTENCES;
}

/** The sentence is close enough to the claim to be read closely. */
export function nearClaim(ctx: QualifyContext, index: number): boolean {
  return ctx.bearing[index]!.coverage >= NEAR_CLAIM;
}

/** The text names the claim's own verb, or a word of its family ("deaths" for "killed"). */
export function namesClaimVerb(ctx: QualifyContext, text: string): boolean {
  const head = ctx.terms.predicateHead;
  return head !== null && contentTokens(text).some((t) => sameWord(head, t));
}

/** Sentences back an "it" or "this" may reach for the claim it stands for. */
const PRONOUN_REACH = 3;
// "It will apply only to…", "The service still needs…": a sentence opening on what came before
const OPENS_ON = /^\W*(?:(it|this)|the ([a-z][a-z-]+))\b/;

/**
 * The sentence goes on about the claim without naming it: it opens on "it" or "this" a few
 * sentences after one that restates the claim, or on "the <noun>" whose noun the headline and
 * an earlier restating sentence use ("Tessaly plans to begin nonstop service…" … "The service still
 * needs sign-off").
 */
export function continuesClaim(ctx: QualifyContext, index: number): boolean {
  const m = OPENS_ON.exec(ctx.body.folded[index] ?? '');
  if (!m || ctx.sentences[index]!.source !== 'body') return false;
  const noun = m[2] ? contentTokens(m[2])[0] : undefined;
  // "the deal" under "Utility merger will cut bills" is the merger, not the cut it claims
  if (m[2] && (!noun || !contentTokens(ctx.claim.headline).includes(noun))) return false;
  for (let j = index - 1; j >= ctx.firstBodySentence; j--) {
    if (m[1] && index - j > PRONOUN_REACH) return false;
    if (!restatesClaim(ctx, ctx.bearing[j]!, j)) continue;
    if (m[1] || ctx.body.tokens[j]!.has(noun!)) return true;
  }
  return false;
}
