import type { ClaimNumber, Finding } from '../types';
import type { NumberMention } from '../claim/numbers';
import { numbersOf, type QualifyContext, type SentenceRef, sentencesMatching } from './context';
import { contentTokens } from '../text/tokens';
import { clauseFrom, makeFinding } from './finding';
import { restatesClaim } from './governed';

const CAP = 3;
// a sentence that can hold a figure: a digit or a spelled-out number
const HAS_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b/;
const MEASURES: Record<string, string> = { '%': 'a percentage', points: 'percentage points' };

/** Where the headline's figures are missing from the story, differ, are rounded up or are only a ceiling. */
export function detectNumbers(ctx: QualifyContext): Finding[] {
  const figures = ctx.claim.numbers.filter((n) => n.unit !== 'years old');
  if (figures.length === 0) return [];
  const mentions: { ref: SentenceRef; n: NumberMention }[] = [];
  for (const i of sentencesMatching(ctx.body, HAS_NUMBER)) {
    for (const n of numbersOf(ctx.body, i)) mentions.push({ ref: ctx.sentences[i]!, n });
  }
  const out: Finding[] = [];
  for (const figure of figures) {
    const finding = judgeFigure(ctx, figure, mentions);
    if (finding) out.push(finding);
  }
  return out.sort((a, b) => b.strength - a.strength).slice(0, CAP);
}

function judgeFigure(ctx: QualifyContext, figure: ClaimNumber, mentions: { ref: SentenceRef; n: NumberMention }[]): Finding | null {
  // "setting 2023 brush fires": a year the story writes as a year ("in the summer of 2023") is no count
  if (YEAR.test(figure.text) && ctx.body.bodyFolded.includes(String(figure.value))) return null;
  const same = mentions.filter((m) => close(m.n.value, figure.value, 0.005) && compatible(m.n.unit, figure.unit));
  // "as many as 400 jobs", "the $1,500 figure is the most a household could save" -> only a
  // ceiling (unless the headline says "up to" itself)
  const ceiling = headlineCeiling(ctx, figure) ? undefined : same.find((m) => m.n.qualifier === 'upper' || CEILING_AFTER.test(m.ref.text.slice(m.n.end, m.n.end + 60)));
  if (ceiling) {
    return makeFinding(ceiling.ref, 'numbers', {
      headlinePart: figure.text,
      explanation: `The headline says "${figure.text}", but the article gives it only as an upper limit: "${ceiling.n.text}" is the most it could be.`,
      strength: 0.6,
    });
  }
  // "as little as 20 minutes" behind a headline's "20 minutes": only the best case
  const best = same.find((m) => m.n.qualifier === 'best');
  if (best) {
    return makeFinding(best.ref, 'numbers', {
      headlinePart: figure.text,
      explanation: `The headline says "${figure.text}", but the article gives it only as the best case: "${clauseFrom(best.ref.text, Math.max(0, best.n.start - 40))}".`,
      strength: 0.6,
    });
  }
  // "nearly 400" behind a headline's "400"
  const approx = same.find((m) => m.n.qualifier === 'approx' && /\b(?:nearly|almost|close to|just under)\s*$/i.test(m.ref.text.slice(0, m.ref.text.indexOf(m.n.text.split(' ')[0]!))));
  if (same.some((m) => m.n.qualifier === null || m.n.qualifier === 'lower') && !approx) return directionClash(figure, same);
  if (approx) {
    return makeFinding(approx.ref, 'numbers', {
      headlinePart: figure.text,
      explanation: `The headline says "${figure.text}", but the article says the figure is just under that ("${approx.n.text}" with "nearly" or "almost"): the headline rounds up.`,
      strength: 0.35,
    });
  }
  if (same.length > 0) return directionClash(figure, same);
  // a story about something else says nothing of the headline's figures
  if (!ctx.topical) return null;
  // the same figure as another measure: "5 percentage points" for a headline's "5%"
  const otherMeasure = mentions.find((m) => close(m.n.value, figure.value, 0.005) && m.n.unit && figure.unit && m.n.unit !== figure.unit && (MEASURES[m.n.unit] || MEASURES[figure.unit]));
  if (otherMeasure) {
    return makeFinding(otherMeasure.ref, 'numbers', {
      headlinePart: figure.text,
      explanation: `The headline says "${figure.text}", but the article's "${otherMeasure.n.text}" is ${MEASURES[otherMeasure.n.unit!] ?? otherMeasure.n.unit}, a different measure.`,
      strength: 0.55,
    });
  }
  // a figure of the same kind, close by or in a sentence restating the claim: "$8.8 billion"
  // against a headline's "$9 billion", "would cut 250 jobs" against "cuts 400 jobs"; "$9.99"
  // for "$10" is the headline's rounding, not a finding
  const nearest = mentions
    .filter((m) => m.n.unit && figure.unit && m.n.unit === figure.unit && m.n.value > 0 && !close(m.n.value, figure.value, ROUNDING) && !roundedDown(figure, m, mentions))
    .filter((m) => sharesWords(ctx, m.ref.index) && sameThing(ctx, figure, m) && (ratio(m.n.value, figure.value) <= MAX_DRIFT || restatesClaim(ctx, ctx.bearing[m.ref.index]!, m.ref.index)))
    .sort((a, b) => ratio(a.n.value, figure.value) - ratio(b.n.value, figure.value))[0];
  if (!nearest) return null;
  const roundsUp = figure.value > nearest.n.value && figure.value <= nearest.n.value * 1.2;
  return makeFinding(nearest.ref, 'numbers', {
    headlinePart: figure.text,
    explanation: roundsUp
      ? `The headline says "${figure.text}", but the article's figure is "${nearest.n.text}": the headline rounds it up.`
      : `The headline says "${figure.text}", but the article gives "${nearest.n.text}".`,
    strength: 0.5,
  });
}

// "Alibaba to raise up to $12.9bn": the headline gives the figure as a ceiling itself
function headlineCeiling(ctx: QualifyContext, figure: ClaimNumber): boolean {
  const at = ctx.claim.headline.indexOf(figure.text);
  return at > 0 && /\b(?:up to|as (?:many|much|high) as|at most|a maximum of)\s*$/i.test(ctx.claim.headline.slice(0, at));
}

// a four-digit number a headline may use as a year: "2023 brush fires"
const YEAR = /^(?:19|20)\d\d\b/;
// "… figure is the most a household could save", "is a maximum", "at best"
// "… figure is the companies' estimate of the largest saving a household could see"
const CEILING_AFTER = /^[^.;]{0,25}\b(?:is|was|would be|are) (?:the most|the maximum|a maximum|an upper limit|a ceiling|the best case|a best case|(?:the |an? |its |their |[a-z]+'s? ){1,2}(?:estimate|projection|forecast|calculation) of the (?:largest|biggest|highest|greatest|maximum|most|best))\b/;
/** Words either side of a figure that say what it counts. */
const CONTEXT_WORDS = 2;

/**
 * The body's figure counts the headline's thing: a word beside it is a word beside the
 * headline's ("order is valued at $8.8 billion" for "$9 billion order"; "cut 250 jobs" for
 * "cuts 400 jobs"), not "a pay rise spread over three years" for "two years of strikes".
 */
function sameThing(ctx: QualifyContext, figure: ClaimNumber, m: { ref: SentenceRef; n: NumberMention }): boolean {
  const at = ctx.claim.headline.indexOf(figure.text);
  if (at < 0) return true;
  const around = (text: string, start: number, end: number) =>
    new Set([...contentTokens(text.slice(0, start)).slice(-CONTEXT_WORDS), ...contentTokens(text.slice(end)).slice(0, CONTEXT_WORDS)]);
  const unit = new Set(contentTokens(figure.unit ?? ''));
  const headline = around(ctx.claim.headline, at, at + figure.text.length);
  const body = around(m.ref.text, m.n.start, m.n.end);
  return [...headline].some((t) => !unit.has(t) && !/\d/.test(t) && body.has(t));
}

/**
 * A round headline figure just under the story's count is the headline rounding it down ("11,000
 * acres" for the 11,240 burned, "500 jobs" for 512): it claims less, not more. Round means two or
 * more trailing zeros; just under means by less than half the place it is rounded to. A sentence
 * with a second figure of the unit compares them ("$8.6 billion, down from $9.4 billion"): the
 * headline may round either, so neither is set aside.
 */
function roundedDown(figure: ClaimNumber, m: { ref: SentenceRef; n: NumberMention }, mentions: { ref: SentenceRef; n: NumberMention }[]): boolean {
  const alone = !mentions.some((o) => o !== m && o.ref.index === m.ref.index && o.n.unit === m.n.unit);
  return alone && roundsDown(figure.value, m.n.value);
}

function roundsDown(headline: number, body: number): boolean {
  if (!Number.isInteger(headline) || headline < 100 || body <= headline) return false;
  let step = 1;
  while (headline % (step * 10) === 0) step *= 10;
  return step >= 100 && body < headline + step / 2;
}

/** Relative difference within which a headline's figure is only rounded. */
const ROUNDING = 0.015;
/** Beyond this ratio (as a log) a figure of the same unit is about something else, unless its sentence restates the claim. */
const MAX_DRIFT = Math.log(1.25);

// the sentence shares a word of the claim besides figures: "The order is valued at $8.8 billion"
function sharesWords(ctx: QualifyContext, index: number): boolean {
  const tokens = ctx.body.tokens[index]!;
  return ctx.frame.terms.some((t) => !/\d/.test(t.token) && tokens.has(t.token));
}

// "sales fell 50%" against a headline's "sales rise 50%"
function directionClash(figure: ClaimNumber, same: { ref: SentenceRef; n: NumberMention }[]): Finding | null {
  if (!figure.direction) return null;
  const clash = same.find((m) => m.n.direction && m.n.direction !== figure.direction);
  if (!clash || same.some((m) => m.n.direction === figure.direction)) return null;
  return makeFinding(clash.ref, 'numbers', {
    headlinePart: figure.text,
    explanation: `The headline has "${figure.text}" going ${figure.direction}, but the article has it going ${clash.n.direction}.`,
    strength: 0.75,
  });
}

// "%", "points", "USD": units that make a figure a different measure when they differ; the
// word after a count ("Seven teenage girls", "seven girls") is too loose to tell apart
const MEASURE_UNIT = /^(?:%|points|[A-Z]{3}|years old)$/;

function compatible(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return true;
  return !MEASURE_UNIT.test(a) && !MEASURE_UNIT.test(b);
}

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= Math.abs(b) * tolerance;
}

function ratio(a: number, b: number): number {
  return Math.abs(Math.log(a / b));
}

/*
 Built from sentences such as:
 - The company said it could cut as many as 400 jobs. (headline: "400 jobs")
 - Sales fell 47 percent in the quarter. (headline: "falls 50%")
 - Support rose 5 percentage points. (headline: "up 5%")
 - Nearly 1,000 people attended. (headline: "1,000")
 Near misses: "the list is kept up to date"; "in 2016"; the same figure stated plainly.
*/
