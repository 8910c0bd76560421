import type { Finding } from '../types';
import { stem } from '../text/stem';
import { type QualifyContext, type SentenceRef, sentencesMatching } from './context';
import { anyCue, type Cue, strongestCue } from './cue';
import { clauseFrom, makeFinding } from './finding';
import { headlinePartFor, wholeClaim } from './headline-part';
import { refersToClaim } from './relevance';
import { verbPhrases } from './verbs';

// "he is alive and well" against a headline about a death -> contradiction
const ALIVE: Cue = { pattern: /\b(?:(?:is|was|are|were) (?:still |very much )?alive|alive and well|not dead|did not die|didn't die|survived)\b/, strength: 0.85, says: 'says the person is alive' };

const CUES: Cue[] = [
  ALIVE,
  // "the story was a hoax", "the photo is fake" -> contradiction
  { pattern: /\b(?:is|was|are|were|been|be) (?:a |an |completely |entirely |totally |just |simply )?(?:hoax|fake|false|untrue|fabricated|fabrication|baseless|bogus|unfounded|satire|satirical|a joke|a prank|made up|photoshopped|doctored|not true|not real|misleading|inaccurate|incorrect)\b/, strength: 0.9, says: 'says it is false' },
  // "debunked", "no truth to the report" -> contradiction
  { pattern: /\b(?:hoax(?:es)?|debunk(?:ed|s)?|no truth|not true|untrue|fake news|satirical (?:site|website|story|article|news)|fabricated|false (?:report|reports|claim|claims|story|stories|rumou?rs?|information|news)|baseless|unfounded|bogus)\b/, strength: 0.75, says: 'calls it false' },
  // "the company denied the report" -> contradiction
  { pattern: /\b(?:denied|denies|deny|denying|refuted|refutes|rebutted|disputed|disputes|contradicted|contradicts)\b(?! (?:bail|entry|access|permission|a visa|visas|service|treatment|the right))|\b(?:dismissed|dismisses|rejected|rejects|shot down|knocked down|retracted) (?:the |these |those |such |all |any )?(?:reports?|claims?|allegations?|rumou?rs?|suggestions?|speculation|story|stories|accounts?)\b/, strength: 0.7, says: 'says it was denied' },
  // "has no plans to", "there are no plans" -> contradiction of a plan
  { pattern: /\bno (?:plans?|intention|intentions) (?:to|of)\b|\bno such (?:plans?|deal|agreement|order|policy)\b/, strength: 0.75, says: 'says there is no such plan' },
];

const PREFILTER = anyCue(CUES);
// "did not reverse", "never said", "no longer", "was not": a negation that may fall on the claim
const NEGATION = /\b(?:not|never|no longer|n't)\b|n't\b/;
// "the sanctions Mr. Trump is pulling back are not the ones just imposed"
// "did not (immediately) reverse the sanctions": up to four words after a negation
const NEGATED_WORDS = /(?:\bnot|\bnever|\bno longer|n't)\s+((?:[a-z]+\s?){1,4})/g;
const NOT_THE_SAME = /\b(?:is|are|was|were) not (?:the|those|these|that|what)\b(?! (?:first|only|last|same|case|end|time|first time)\b)/;
// a headline that itself calls something false or denied
const HEADLINE_DEBUNKS =
  /\b(?:hoax\w*|fake[ds]?|false|untrue|debunk\w*|den(?:y|ies|ied)|myths?|busted|rumou?rs?|not true|no truth|satir\w+|dismiss\w*|refut\w*|rejects?|put to rest)\b/;
const DEATH = /\b(?:dead|die|died|dies|death|kill|killed|killing|slain|murdered|passed away|suicide)\b/;
const CAP = 3;

/** Where the story says the headline's claim is false, denied or did not happen. */
export function detectContradiction(ctx: QualifyContext): Finding[] {
  const out: Finding[] = [];
  const headlineFolded = ctx.claim.headline.toLowerCase();
  // "Macaulay Culkin victim of death hoax": a body calling it a hoax agrees with the headline
  if (ctx.claim.negated || HEADLINE_DEBUNKS.test(headlineFolded)) return out;
  const cued = new Set(sentencesMatching(ctx.body, PREFILTER));
  const negations = sentencesMatching(ctx.body, NEGATION);
  const candidates = [...new Set([...cued, ...negations])].sort((a, b) => a - b);
  for (const i of candidates) {
    const ref = ctx.sentences[i]!;
    const folded = ctx.body.folded[i]!;
    const cueHit = cued.has(i) ? strongestCue(folded, CUES) : null;
    const shared = ctx.shared[ref.index]!;
    const aboutClaim = refersToClaim(folded, ctx.topical);
    if (shared.length === 0 && !aboutClaim) continue;
    const alive = cueHit?.cue === ALIVE;
    if (cueHit && !(alive && !DEATH.test(headlineFolded))) {
      // "Jack Smith is alive" needs only the person's name to bear on "Jack Smith dies"
      const namesPerson = alive && ctx.claim.people.some((p) => folded.includes(p.toLowerCase()));
      const bearing = aboutClaim || namesPerson ? 0.95 : shared.length >= 2 ? 1 : 0.55;
      out.push(finding(ctx, ref, shared, cueHit.cue.says, cueHit.index, cueHit.cue.strength * bearing));
      continue;
    }
    const negation = negatedClaim(ctx, ref, shared);
    if (negation) out.push(finding(ctx, ref, shared, negation.says, negation.at, negation.strength));
  }
  return out.sort((a, b) => b.strength - a.strength).slice(0, CAP);
}

// "Trump did not reverse the sanctions" against "Trump will reverse sanctions"
function negatedClaim(ctx: QualifyContext, ref: SentenceRef, shared: string[]): { says: string; at: number; strength: number } | null {
  const folded = ctx.body.folded[ref.index]!;
  const head = ctx.terms.predicateHead;
  if (NOT_THE_SAME.test(folded) && shared.length >= 2) {
    return { says: 'says it is not what the headline says', at: folded.search(NOT_THE_SAME), strength: 0.7 };
  }
  // cheap look first: a word of the claim within a few words after the negation
  const after = [...folded.matchAll(NEGATED_WORDS)].flatMap((m) => m[1]!.split(' ').map(stem));
  if (!head || !after.includes(head)) return null;
  const phrases = verbPhrases(ctx, ref.index);
  if (phrases) {
    // the claim's verb negated, in a sentence sharing more of the claim than the verb itself
    const others = shared.filter((t) => !ctx.terms.predicate.has(t)).length;
    if (others === 0) return null;
    // "will stop serving" is not contradicted by "will not be served": the head verb must be negated
    const hit = phrases.find((p) => p.negative && p.head === head);
    if (!hit) return null;
    const at = Math.max(0, folded.indexOf(hit.text.toLowerCase().split(' ')[0]!));
    return { says: 'says it did not happen', at, strength: 0.8 };
  }
  // budget spent: the claim's verb among the words after the negation is all there is to go on
  return { says: 'says it did not happen', at: folded.search(NEGATION), strength: 0.6 };
}

function finding(ctx: QualifyContext, ref: SentenceRef, shared: string[], says: string, at: number, strength: number): Finding {
  const part = shared.length ? headlinePartFor(ctx.claim, shared, ['predicate', 'object', 'subject']) : wholeClaim(ctx.claim);
  const start = ref.text.lastIndexOf(' ', Math.max(0, at - 40)) + 1;
  return makeFinding(ref, 'contradiction', {
    headlinePart: part,
    explanation: `The headline says "${part}", but the article ${says}: "${clauseFrom(ref.text, at > 40 ? start : 0)}".`,
    strength,
  });
}

/*
 Built from sentences such as:
 - The story, which spread quickly on Facebook, turned out to be a hoax.
 - A spokesman for the company denied the report on Tuesday.
 - The photo of the shark swimming down the highway is fake.
 - The actor is alive and well, his publicist said. (headline: actor dies)
 - The sanctions Mr. Trump is pulling back are not the ones that were just imposed.
 - The ministry has no plans to ban the app.
 Near misses: "He denied any wrongdoing in an unrelated case" (shares nothing with the headline);
 "The first summit did not result in any tangible steps" (negates another verb).
*/
