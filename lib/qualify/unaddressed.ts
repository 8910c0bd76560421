import type { StanceBody } from '../stance/body';
import { positionOf } from '../stance/evidence';
import type { PairFeatures } from '../stance/features';
import type { StanceHeadline } from '../stance/headline';
import type { Idf } from '../stance/idf';
import { contentStems, lowerWords, stem } from '../stance/words';
import type { Claim, Finding } from '../types';
import { contentTokens } from '../text/tokens';
import { bearingOf } from './bearing';
import type { PreparedBody, QualifyContext } from './context';
import { makeFinding } from './finding';

export interface UnaddressedInput {
  claim: Claim;
  head: StanceHeadline;
  body: StanceBody;
  ranked: PairFeatures['ranked'];
  idf: Idf;
  prepared: PreparedBody;
  /** The model's chance that the body is about something else; null without a model. */
  unrelated: number | null;
  /** Whether that is the model's first choice among the four, however slim its lead. */
  unrelatedFirst?: boolean;
}

/** Share of the headline's weight the closest sentence must carry for the body to take the claim up. */
const SENTENCE_COVERAGE = 0.25;
/** Share of the headline's weight the whole body must carry. */
const BODY_COVERAGE = 0.4;


/**
 * The body never takes up the headline's claim: the model, reading word, name and figure
 * overlap, finds the pair more likely unrelated than anything else (a lone shared word such as
 * "Sunday" leaves it short of even odds, yet still first); without a model, no sentence carries
 * a quarter of the headline's weighted words and the whole body less than two fifths.
 */
export function detectUnaddressed(u: UnaddressedInput): Finding | null {
  const best = u.ranked[0];
  const bodyCoverage = coverageOf(u.head, u.body.stems);
  const unrelated = u.unrelated ?? ((best?.coverage ?? 0) < SENTENCE_COVERAGE && bodyCoverage < BODY_COVERAGE ? 1 - bodyCoverage : 0);
  if (unrelated < 0.5 && !u.unrelatedFirst) return null;
  const missing = missingTerms(u);
  const evidence = best && best.coverage > 0 ? best.sentence : u.body.sentences[0];
  const explanation =
    missing.length > 0
      ? `No sentence in the article mentions ${orList(missing)}`
      : 'The article uses some of the headline’s words, but no sentence takes up its claim';
  return {
    kind: 'unaddressed',
    source: 'body',
    text: evidence?.text ?? '',
    paragraph: evidence?.paragraph ?? -1,
    position: evidence ? positionOf(u.prepared, evidence) : 0,
    headlinePart: u.claim.headline,
    explanation,
    strength: Math.round(unrelated * 100) / 100,
    effect: 'unaddressed',
    buried: false,
  };
}

function coverageOf(head: StanceHeadline, stems: Set<string>): number {
  if (head.weightSum === 0) return 0;
  return head.stems.reduce((a, s, i) => a + (stems.has(s) ? head.weights[i] : 0), 0) / head.weightSum;
}

/**
 * The headline's weightiest terms the body never uses, as the headline writes them: names
 * first ("North Korea"), then the rarest other words.
 */
function missingTerms(u: UnaddressedInput): string[] {
  const names = [...u.claim.people, ...u.claim.places, ...u.claim.organizations].filter(
    (name) => !nameStems(name).every((s) => u.body.stems.has(s)),
  );
  const words = [...u.claim.headline.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)].map((m) => m[0]);
  const seen = new Set(names.flatMap(nameStems));
  const others = words
    .map((w) => ({ w, s: stem(w.toLowerCase().replace(/['’]/g, '')) }))
    .filter(({ s }) => u.head.stems.includes(s) && !u.body.stems.has(s) && !seen.has(s) && (seen.add(s), true))
    .sort((a, b) => u.idf(b.s) - u.idf(a.s))
    .map(({ w }) => w);
  return [...names, ...others].slice(0, 3);
}

function nameStems(name: string): string[] {
  return contentStems(lowerWords(name));
}

/**
 * On an article's own page, where a body that seems not to take its headline up is far more
 * often the headline in other words than a story about something else: only a whole story
 * (a few sentences are too little to tell) in which no sentence carries a tenth of the claim.
 */
const OWN_PAGE_SENTENCE_COVERAGE = 0.1;
const OWN_PAGE_BODY_COVERAGE = 0.15;
const OWN_PAGE_MIN_SENTENCES = 5;

/** The own page's story never takes its headline's claim up. */
export function detectUnaddressedOnPage(ctx: QualifyContext): Finding | null {
  const body = ctx.sentences.filter((s) => s.source === 'body');
  if (body.length < OWN_PAGE_MIN_SENTENCES || ctx.frame.terms.length === 0) return null;
  const best = body.reduce((a, s) => (ctx.bearing[s.index]!.coverage > ctx.bearing[a.index]!.coverage ? s : a));
  const tokens = new Set(body.flatMap((s) => [...ctx.body.tokens[s.index]!]));
  const coverage = bearingOf(ctx.frame, tokens).coverage;
  if (ctx.bearing[best.index]!.coverage >= OWN_PAGE_SENTENCE_COVERAGE || coverage >= OWN_PAGE_BODY_COVERAGE) return null;
  const names = [...ctx.claim.people, ...ctx.claim.places, ...ctx.claim.organizations].filter((n) => !contentTokens(n).every((t) => tokens.has(t)));
  const named = new Set(names.flatMap((n) => contentTokens(n)));
  const words = ctx.frame.terms
    .filter((t) => !tokens.has(t.token) && !named.has(t.token))
    .sort((a, b) => b.weight - a.weight)
    .map((t) => wordOf(ctx.claim.headline, t.token));
  const missing = [...names, ...words].slice(0, 3);
  const evidence = ctx.bearing[best.index]!.coverage > 0 ? best : body[0]!;
  return makeFinding(evidence, 'unaddressed', {
    headlinePart: ctx.claim.headline,
    explanation: missing.length > 0 ? `No sentence in the article mentions ${orList(missing)}` : 'The article uses some of the headline’s words, but no sentence takes up its claim',
    strength: 1 - coverage,
    effect: 'unaddressed',
  });
}

// the headline's own word for a content token: "Kobani" for "kobani"
function wordOf(headline: string, token: string): string {
  return headline.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.find((w) => contentTokens(w)[0] === token) ?? token;
}

function orList(items: string[]): string {
  const q = items.map((t) => `“${t}”`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}
