import type { Finding } from '../types';
import { stem } from '../text/stem';
import { clauseAround, leftScope, rightScope, type Span } from './clauses';
import { type QualifyContext, type SentenceRef, sentencesMatching } from './context';
import { anyCue, type Cue } from './cue';
import { clauseFrom, makeFinding } from './finding';
import { bearingOfSpan, nearClaim, restatesClaim } from './governed';
import { wholeClaim } from './headline-part';
import { refersToClaim } from './relevance';
import { verbPhrases } from './verbs';
import { sameWord } from './word-families';
import { contentTokens } from '../text/tokens';

/** A contradiction cue and which side of it holds what is called false. */
interface ContradictionCue extends Cue {
  /** "X is false": X comes first; "denied that X": X follows; "a hoax": the clause around. */
  governs: 'before' | 'after' | 'clause';
}

// "he is alive and well" against a headline about a death -> contradiction
const ALIVE: ContradictionCue = { pattern: /\b(?:(?:is|was|are|were) (?:still |very much )?alive|alive and well|not dead|did not die|didn't die)\b/, governs: 'clause', strength: 0.85, says: 'says the person is alive' };

const CUES: ContradictionCue[] = [
  ALIVE,
  // "the claim is patently false", "the story was a hoax", "the photo is fake" -> contradiction
  { pattern: /\b(?:is|was|are|were|been|be) (?:a |an |completely |entirely |totally |patently |absolutely |just |simply )?(?:hoax|fake|false|untrue|fabricated|a fabrication|baseless|bogus|unfounded|satire|satirical|a joke|a prank|made up|photoshopped|doctored|not true|not real|inaccurate|incorrect)\b/, governs: 'before', strength: 0.9, says: 'says it is false' },
  // "the Pentagon rejected these accusations", "the company denied that it will close" -> contradiction
  { pattern: /\b(?:denied|denies|deny|denying|refuted|refutes|rebutted|disputed|disputes|dismissed|dismisses|rejected|rejects|shot down|knocked down)\b(?! (?:bail|entry|access|permission|a visa|visas|service|treatment|the right|any wrongdoing|wrongdoing|having|involvement))/, governs: 'after', strength: 0.75, says: 'says it was denied' },
  // "calling the reports 'flatly false'", "dismissed the claims as nonsense" -> contradiction
  { pattern: /\b(?:calling|called|calls|dismissed|dismissing|described|branded) (?:the|these|those|such|it|them|that)(?: \w+)?(?: (?:reports?|claims?|story|stories|rumou?rs?|allegations?|accounts?))? (?:as )?["“']?(?:flatly |patently |completely |totally |simply )?(?:false|untrue|fake|baseless|nonsense|a lie|lies|fiction|made up)\b/, governs: 'clause', strength: 0.85, says: 'calls it false' },
  // "there is no truth to the report", "the rumour was debunked" -> contradiction
  { pattern: /\bno truth (?:to|in)\b|\bdebunk(?:ed|s)?\b|\bfake news\b/, governs: 'clause', strength: 0.75, says: 'calls it false' },
  // "the ministry has no plans to ban the app" -> contradiction of a plan
  { pattern: /\bno (?:plans?|intention|intentions) (?:to|of)\b|\bno such (?:plans?|deal|agreement|order|policy)\b/, governs: 'after', strength: 0.75, says: 'says there is no such plan' },
];

const PREFILTER = anyCue(CUES);
// "did not reverse", "never said", "no longer", "was not": a negation that may fall on the claim;
// read by this detector and by the cue tagger (lib/cues)
export const NEGATION = /\b(?:not|never|no longer|neither|nor)\b|n't\b/;
// "did not (immediately) reverse the sanctions": up to four words after a negation
const NEGATED_WORDS = /(?:\bnot|\bnever|\bno longer|n't)\s+((?:[a-z]+\s?){1,4})/g;
// "the sanctions Mr. Trump is pulling back are not the ones just imposed"
const NOT_THE_SAME = /\b(?:is|are|was|were) not (?:the|those|these|that|what)\b(?! (?:first|only|last|same|case|end|time|first time)\b)/;
// a headline that itself calls something false or denied
const HEADLINE_DEBUNKS =
  /\b(?:hoax\w*|fake[ds]?|false|untrue|debunk\w*|den(?:y|ies|ied)|myths?|busted|rumou?rs?|not true|no truth|satir\w+|dismiss\w*|refut\w*|rejects?|put to rest)\b/;
// "who do not pay", "that did not": a negation inside a relative clause is said of some, not of the claim
const RELATIVE_BEFORE = /\b(?:who|that|which|whom)\s+(?:\w+\s+)?$/;
const DEATH = /\b(?:dead|die|died|dies|death|kill|killed|killing|slain|murdered|passed away|suicide)\b/;
const CAP = 3;

/** Where the story says the headline's claim is false, denied or did not happen. */
export function detectContradiction(ctx: QualifyContext): Finding[] {
  const headlineFolded = ctx.claim.headline.toLowerCase();
  // "Macaulay Culkin victim of death hoax": a body calling it a hoax agrees with the headline
  if (ctx.claim.stance === 'denies' || ctx.claim.negated || HEADLINE_DEBUNKS.test(headlineFolded)) return [];
  const aboutDeath = DEATH.test(headlineFolded);
  const cued = new Set(sentencesMatching(ctx.body, PREFILTER));
  const candidates = [...new Set([...cued, ...sentencesMatching(ctx.body, NEGATION)])].sort((a, b) => a - b);
  const out: Finding[] = [];
  for (const i of candidates) {
    const ref = ctx.sentences[i]!;
    const folded = ctx.body.folded[i]!;
    // a sentence naming whom the claim is about may be their denial ("Reyes says that is not true")
    if (!nearClaim(ctx, i) && !refersToClaim(folded, ctx.topical) && ctx.bearing[i]!.subjects === 0) continue;
    const hit = cued.has(i) ? governingCue(ctx, i, folded, aboutDeath) : null;
    const found = hit ?? negatedClaim(ctx, ref);
    if (found) out.push(finding(ctx, ref, found.says, found.at, found.strength));
  }
  return out.sort((a, b) => b.strength - a.strength).slice(0, CAP);
}

/** The cue whose false or denied part is the claim itself, or refers to it ("these accusations"). */
function governingCue(ctx: QualifyContext, i: number, folded: string, aboutDeath: boolean): { says: string; at: number; strength: number } | null {
  let best: { says: string; at: number; strength: number } | null = null;
  for (const cue of CUES) {
    if (cue === ALIVE && !aboutDeath) continue;
    const m = cue.pattern.exec(folded);
    if (!m) continue;
    const cueSpan = { start: m.index, end: m.index + m[0].length };
    const span: Span = cue.governs === 'before' ? leftScope(folded, m.index) : cue.governs === 'after' ? rightScope(folded, cueSpan.end) : clauseAround(folded, cueSpan);
    const b = bearingOfSpan(ctx, i, span);
    // "Reyes himself says that is not true": whom the claim is about, saying it is false
    const anaphora = refersToClaim(folded.slice(span.start, span.end), ctx.topical) || (cue.governs === 'before' && subjectSays(ctx, folded.slice(span.start, span.end)));
    // "Jack Smith is alive" needs only the person's name to bear on "Jack Smith dies"
    const namesPerson = cue === ALIVE && ctx.claim.people.some((p) => folded.includes(p.toLowerCase()));
    if (!anaphora && !namesPerson && !(b.event > 0 && restatesClaim(ctx, b, i))) continue;
    const strength = cue.strength * (anaphora || namesPerson ? 0.9 : 0.55 + 0.45 * Math.min(1, b.coverage / 0.7));
    if (!best || strength > best.strength) best = { says: cue.says, at: Math.min(span.start, m.index), strength };
  }
  return best;
}

// "Reyes himself says that", "the company said it": the claim's own subject saying so of the claim
function subjectSays(ctx: QualifyContext, said: string): boolean {
  const m = /^(.{0,60}?)\b(?:says?|said|told \w+|insists?|insisted)\s+(?:that\s+)?(?:this|that|it|the (?:report|claim|story)s?)?\s*$/.exec(said.trim());
  if (!m) return false;
  const speaker = new Set(contentTokens(m[1]!));
  return ctx.frame.terms.some((t) => t.subject && speaker.has(t.token));
}

// "Trump did not reverse the sanctions" against "Trump will reverse sanctions"
function negatedClaim(ctx: QualifyContext, ref: SentenceRef): { says: string; at: number; strength: number } | null {
  const folded = ctx.body.folded[ref.index]!;
  const same = NOT_THE_SAME.exec(folded);
  if (same) {
    const subject = bearingOfSpan(ctx, ref.index, leftScope(folded, same.index));
    if (subject.count >= 2 && restatesClaim(ctx, ctx.bearing[ref.index]!, ref.index)) return { says: 'says it is not what the headline says', at: leftScope(folded, same.index).start, strength: 0.7 };
  }
  const head = ctx.terms.predicateHead;
  // cheap look first: the claim's verb (or its family: "quits" and "has not left") within a few
  // words after a negation that is not inside a relative clause ("drivers who do not pay")
  const negated = [...folded.matchAll(NEGATED_WORDS)].filter((m) => !RELATIVE_BEFORE.test(folded.slice(Math.max(0, m.index - 12), m.index)));
  const after = negated.flatMap((m) => m[1]!.split(' ').map(stem));
  if (!head || !after.some((s) => sameWord(head, s))) return null;
  const at = folded.search(NEGATION);
  const clause = bearingOfSpan(ctx, ref.index, clauseAround(folded, { start: at, end: at }));
  // "Lia has not left the band": whom the claim is about, denying what it says they did
  if (!restatesClaim(ctx, clause, ref.index) && clause.subjects === 0) return null;
  const phrases = verbPhrases(ctx, ref.index);
  if (!phrases) return null;
  // "will stop serving" is not contradicted by "will not be served": the head verb must be negated
  const hit = phrases.find((p) => p.negative && sameWord(head, p.head));
  if (!hit) return null;
  return { says: 'says it did not happen', at: Math.max(0, folded.indexOf(hit.text.toLowerCase().split(' ')[0]!)), strength: 0.8 };
}

function finding(ctx: QualifyContext, ref: SentenceRef, says: string, at: number, strength: number): Finding {
  const part = wholeClaim(ctx.claim);
  const start = ref.text.lastIndexOf(' ', Math.max(0, at - 40)) + 1;
  return makeFinding(ref, 'contradiction', {
    headlinePart: part,
    explanation: `The headline says "${part}", but the article ${says}: "${clauseFrom(ref.text, at > 40 ? start : 0)}".`,
    strength,
  });
}

/*
 Built from sentences such as:
 - The Pentagon rejected these accusations as "patently false". (headline: "Russia and Syria: U.S.-backed forces blocking refugees")
 - The story, which spread quickly on Facebook, turned out to be a hoax.
 - The actor is alive and well, his publicist said. (headline: actor dies)
 - The sanctions Mr. Trump is pulling back are not the ones that were just imposed.
 - The ministry has no plans to ban the app.
 Near misses: "He blankly denied having sex with underage girls" (a denial of something else);
 "He denied any wrongdoing in an unrelated case"; "The first summit did not result in any
 tangible steps" (negates another verb).
*/
