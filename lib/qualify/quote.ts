import type { Finding } from '../types';
import { contentTokens } from '../text/tokens';
import { type PreparedBody, type QualifyContext, quotesOf, type SentenceRef, sentencesMatching } from './context';
import { makeFinding } from './finding';

const CAP = 3;
// the body's letters and digits, worked out once per body
const bodyLetters = new WeakMap<PreparedBody, string>();
// folded text has straight quotes only
const QUOTE_MARK = /["']/;
// "calls sanctions 'unnecessary'", "says": the headline gives the quoted words as someone's
const SPEECH = /\b(?:calls?|called|says?|said|dubs?|dubbed|labels?|labelled|labeled|brands?|branded|describes?|described|slams?|slammed|blasts?|blasted|attacks?|critici[sz]es?|praises?|hails?|warns?|admits?)\b/i;

/** Where the words a headline puts in quotation marks are not what the story quotes. */
export function detectQuote(ctx: QualifyContext): Finding[] {
  if (ctx.claim.quotes.length === 0) return [];
  const body = (bodyLetters.get(ctx.body) ?? bodyLetters.set(ctx.body, squash(ctx.body.bodyFolded)).get(ctx.body))!;
  const out: Finding[] = [];
  const speech = SPEECH.test(ctx.claim.headline) || ctx.claim.attribution !== null;
  for (const quote of ctx.claim.quotes) {
    // the quoted words stand in the story as written
    if (body.includes(squash(quote.toLowerCase()))) continue;
    // a lone word in quotation marks with no one said to say it is a scare quote or a title
    if (!speech && contentTokens(quote).length < 2) continue;
    // a story about something else is not expected to quote the headline
    if (!ctx.topical) continue;
    const finding = closestQuote(ctx, quote) ?? missingQuote(ctx, quote);
    if (finding) out.push(finding);
  }
  return out.sort((a, b) => b.strength - a.strength).slice(0, CAP);
}

// the body quotes something close but not the same: "additional large-scale" for "large new"
function closestQuote(ctx: QualifyContext, quote: string): Finding | null {
  const wanted = new Set(contentTokens(quote));
  if (wanted.size === 0) return null;
  let best: { ref: SentenceRef; phrase: string; overlap: number } | null = null;
  for (const i of sentencesMatching(ctx.body, QUOTE_MARK)) {
    const ref = ctx.sentences[i]!;
    for (const phrase of quotesOf(ctx.body, i)) {
      const overlap = contentTokens(phrase).filter((t) => wanted.has(t)).length / wanted.size;
      if (overlap >= 0.5 && (!best || overlap > best.overlap)) best = { ref, phrase, overlap };
    }
  }
  if (!best) return null;
  return makeFinding(best.ref, 'quote', {
    headlinePart: `"${quote}"`,
    explanation: `The headline quotes "${quote}", but the article's quotation reads "${best.phrase}".`,
    strength: 0.45 + 0.2 * (1 - best.overlap),
  });
}

// no quotation like it: point at the sentence that shares most of the quoted words
function missingQuote(ctx: QualifyContext, quote: string): Finding | null {
  const wanted = new Set(contentTokens(quote));
  let best: SentenceRef | null = null;
  let most = 0;
  for (const ref of ctx.sentences) {
    if (ref.source !== 'body') continue;
    const tokens = ctx.body.tokens[ref.index]!;
    const score = [...wanted].filter((t) => tokens.has(t)).length * 2 + ctx.shared[ref.index]!.length;
    if (score > most) {
      best = ref;
      most = score;
    }
  }
  if (!best) return null;
  const someWords = [...wanted].some((t) => ctx.body.tokens[best.index]!.has(t));
  return makeFinding(best, 'quote', {
    headlinePart: `"${quote}"`,
    explanation: someWords
      ? `The headline puts "${quote}" in quotation marks, but nobody in the article is quoted saying it; the closest the article comes is this sentence.`
      : `The headline puts "${quote}" in quotation marks, but those words do not appear anywhere in the article.`,
    strength: someWords ? 0.5 : 0.65,
  });
}

// letters and digits only, single spaces: "large-scale" meets "large scale"
function squash(text: string): string {
  return ` ${text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/*
 Built from headline and body pairs such as:
 - Headline: Trump calls sanctions "unnecessary"; body: "he doesn't think these sanctions will be necessary."
 - Headline: Minister says plan is 'dead'; body: the minister said the plan was "on hold".
 - Headline: Obama calls ISIS 'cancer'; body quotes "a cancer" (found: no finding).
 Near misses: the quoted words standing in the body with other punctuation ("large-scale");
 "'Neutral' fact-checker tweets…" (a lone scare-quoted word nobody is said to have said).
*/
