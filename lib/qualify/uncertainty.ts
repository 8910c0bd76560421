import type { Finding } from '../types';
import { type QualifyContext, sentencesMatching } from './context';
import { anyCue, type Cue, strongestCue } from './cue';
import { clauseFrom, makeFinding } from './finding';
import { headlinePartFor } from './headline-part';
import { refersToClaim } from './relevance';

const CUES: Cue[] = [
  // "It is unclear what sanctions Mr. Trump was referring to" -> uncertainty
  { pattern: /\b(?:it is|it's|it was|it remains|it remained) (?:still |also |not )?(?:unclear|uncertain|unknown|not clear|not known|not yet known|not immediately clear)\b/, strength: 0.8, says: 'says it is unclear' },
  // "the cause of the crash was unclear" -> uncertainty
  { pattern: /\b(?:is|are|was|were|remains?|remained) (?:still |also )?(?:unclear|uncertain|unknown|not clear|not known|a mystery)\b/, strength: 0.65, says: 'says it is unclear' },
  // "could not be independently verified" -> uncertainty
  { pattern: /\b(?:could not|cannot|can't|couldn't|was unable to|were unable to|has not been able to) (?:be )?(?:independently )?(?:verif|confirm|authenticat|corroborat)/, strength: 0.75, says: 'says it could not be verified' },
  // "the claim has not been independently confirmed" -> uncertainty
  { pattern: /\b(?:has|have|had) not (?:yet )?been (?:independently |officially )?(?:verified|confirmed|authenticated|corroborated)\b/, strength: 0.75, says: 'says it has not been confirmed' },
  // "the unverified video" -> uncertainty
  { pattern: /\b(?:unverified|unconfirmed|unsubstantiated|uncorroborated)\b/, strength: 0.6, says: 'calls it unconfirmed' },
  // "it is not known whether the ban applies" -> uncertainty
  { pattern: /\b(?:not (?:yet )?known (?:whether|if|how|why|what|who|when)|no one knows|nobody knows)\b/, strength: 0.7, says: 'says it is not known' },
  // "whether the plan will work remains to be seen" -> uncertainty
  { pattern: /\bremains? to be seen\b/, strength: 0.6, says: 'says it remains to be seen' },
  // "there is no evidence that the drug works" -> uncertainty
  { pattern: /\b(?:no|little|scant|not any) (?:hard |direct |concrete |real |clear )?(?:evidence|proof|indication|sign)s? (?:that|of|to)\b/, strength: 0.75, says: 'says there is no evidence' },
  // "officials did not say which sanctions" -> uncertainty
  { pattern: /\b(?:did not|didn't|would not|wouldn't|declined to) (?:say|specify|explain|elaborate|detail|identify|disclose|reveal) (?:which|what|how|why|whether|who|when|where|on)\b/, strength: 0.55, says: 'says it was not specified' },
  // "no details were given" -> uncertainty
  { pattern: /\b(?:no|few|scant) (?:further )?details (?:were|have been|was|are)\b|\bgave no details\b|\bdetails (?:were|are|remain) (?:scarce|sketchy|unclear)\b/, strength: 0.5, says: 'says few details were given' },
  // "questions remain about how" -> uncertainty
  { pattern: /\bquestions remain\b|\bit is too early to (?:say|tell|know)\b|\btoo soon to (?:say|tell|know)\b/, strength: 0.55, says: 'says it is too early to tell' },
];

const PREFILTER = anyCue(CUES);
const CAP = 3;

/** Where the story says what the headline states is unclear, unverified or unknown. */
export function detectUncertainty(ctx: QualifyContext): Finding[] {
  const out: Finding[] = [];
  for (const i of sentencesMatching(ctx.body, PREFILTER)) {
    const ref = ctx.sentences[i]!;
    const folded = ctx.body.folded[i]!;
    const shared = ctx.shared[ref.index]!;
    const aboutClaim = refersToClaim(folded, ctx.topical);
    if (shared.length === 0 && !aboutClaim) continue;
    const hit = strongestCue(folded, CUES);
    if (!hit) continue;
    const part = headlinePartFor(ctx.claim, shared);
    const weight = Math.min(1, 0.55 + 0.15 * shared.length + (aboutClaim ? 0.2 : 0));
    const clause = clauseFrom(ref.text, clauseStart(folded, hit.index));
    out.push(
      makeFinding(ref, 'uncertainty', {
        headlinePart: part,
        explanation: `The article says "${clause}", while the headline states "${part}" as settled.`,
        strength: hit.cue.strength * weight,
      }),
    );
  }
  return out.sort((a, b) => b.strength - a.strength).slice(0, CAP);
}

// start the quoted clause at the subject before the cue: "It is unclear ...", "whether ... remains"
function clauseStart(folded: string, at: number): number {
  const before = folded.slice(0, at);
  const m = before.match(/(?:^|[,;:]\s|\bbut\s|\band\s|\bthough\s|\balthough\s)([^,;:]*)$/);
  return m ? at - m[1]!.length : at;
}

/*
 Built from sentences such as:
 - It is unclear what sanctions Mr. Trump was referring to.
 - The video could not be independently verified by CNN.
 - It was not immediately clear whether the hostage was still alive.
 - Whether the new rules will be enforced remains to be seen.
 - There is no evidence that the vaccine causes autism.
 - Police did not say which suspects had been released.
 Near misses: "The rules are unclear to many drivers" with no word of the headline;
 "He is known for his outspoken views".
*/
