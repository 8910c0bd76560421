import type { Finding } from '../types';
import { type QualifyContext, sentencesMatching } from './context';
import { anyCue, type Cue, strongestCue } from './cue';
import { clauseFrom, makeFinding } from './finding';
import { wholeClaim } from './headline-part';

interface ScopeCue extends Cue {
  /** The cue only narrows a claim of cause ("cures", "causes", "cuts risk"). */
  causal?: boolean;
}

const CUES: ScopeCue[] = [
  // "the drug shrank tumours in mice" -> scope
  { pattern: /\b(?:in|on|with) (?:lab |laboratory )?(?:mice|rats|rodents|animals|monkeys|pigs|dogs|fruit flies|worms|zebrafish|cell cultures|human cells|cells|a (?:petri )?dish|test tubes?|vitro)\b|\b(?:mouse|rat|animal|rodent) (?:study|studies|model|models|experiments?|trials?)\b/, strength: 0.75, says: 'was only tested in animals or cells' },
  // "the study has not been peer reviewed" -> scope
  { pattern: /\bnot (?:yet )?(?:been )?peer[- ]reviewed\b|\b(?:has|have) (?:yet to be|not yet been) (?:published|peer[- ]reviewed)\b|\bpre-?print\b|\bnot yet published\b/, strength: 0.65, says: 'is not peer reviewed' },
  // "a small pilot study of 12 patients" -> scope
  { pattern: /\b(?:small|tiny|pilot|preliminary|early-stage|limited|initial) (?:study|studies|trial|trials|sample|survey|analysis|research|findings|results|data)\b|\b(?:only|just) \d{1,3} (?:people|participants|patients|volunteers|subjects|men|women|adults|children|students)\b/, strength: 0.55, says: 'rests on a small or preliminary study' },
  // "the study does not prove that coffee causes cancer" -> scope
  { pattern: /\b(?:does not|doesn't|did not|didn't|cannot|can't|could not) (?:prove|show|establish|demonstrate) (?:cause|causation|a causal|that)\b|\bnot necessarily (?:cause|mean)\b|\bcorrelation (?:is not|isn't|does not)\b/, strength: 0.7, says: 'says it does not show cause' },
  // "this is an association, not proof that coffee protects the brain" -> scope
  { pattern: /\b(?:association|correlation|link),? (?:and )?not (?:proof|causation|a cause)\b|\bis not proof\b/, strength: 0.7, says: 'says it does not show cause' },
  // "coffee drinking was associated with lower risk" -> scope (only against a causal headline)
  { pattern: /\b(?:associated|linked|correlated|tied) (?:with|to)\b|\b(?:association|correlation|link) between\b|\bobservational\b/, strength: 0.5, says: 'only found a link, not a cause', causal: true },
  // "the survey covered only one hospital" -> scope
  { pattern: /\b(?:only|just|solely) (?:in|among|at|for) (?:one|a single|a few|two|three|some|certain)\b|\b(?:in|among|at) (?:one|a single) (?:city|state|county|hospital|school|region|country|town|district|company|clinic|university)\b|\blimited to\b/, strength: 0.5, says: 'covers only one place or group' },
];

const PREFILTER = anyCue(CUES);
// "cures", "causes", "cuts risk": a headline claiming cause and effect
const CAUSAL =
  /\b(?:cause[sd]?|causing|cure[sd]?|prevents?|prevented|boosts?|cuts?|reduces?|lowers?|raises?|increases?|triggers?|leads? to|protects?|fights?|slashes|halves|doubles|makes?|helps?|stops?|kills?|reverses?|heals?|treats?|improves?|damages?|harms?|shrinks?|beats?)\b/i;
// sentences about research, where scope words carry weight
const RESEARCH = /\b(?:study|studies|research|researchers|scientists|trial|findings|results|experiment|survey|paper|journal|data)\b/;
const CAP = 3;

/** Where the story shows the claim rests on narrower ground than the headline suggests. */
export function detectScope(ctx: QualifyContext): Finding[] {
  const headline = ctx.claim.headline.toLowerCase();
  const causal = CAUSAL.test(headline);
  const out: Finding[] = [];
  // cues the headline itself has not already conceded ("in mice", "linked to")
  const open = CUES.filter((c) => !headlineSaysItself(headline, c));
  for (const i of sentencesMatching(ctx.body, PREFILTER)) {
    const ref = ctx.sentences[i]!;
    const folded = ctx.body.folded[i]!;
    const shared = ctx.shared[ref.index]!;
    const research = RESEARCH.test(folded);
    if (shared.length === 0 && !research) continue;
    const hit = strongestCue(folded, causal && research ? open : open.filter((c) => !c.causal));
    if (!hit) continue;
    const part = wholeClaim(ctx.claim);
    const weight = Math.min(1, 0.6 + 0.15 * shared.length + (research ? 0.15 : 0));
    out.push(
      makeFinding(ref, 'scope', {
        headlinePart: part,
        explanation: `The headline says "${part}" without limits, but the finding ${hit.cue.says}: "${clauseFrom(ref.text, 0)}".`,
        strength: hit.cue.strength * weight,
      }),
    );
  }
  return out.sort((a, b) => b.strength - a.strength).slice(0, CAP);
}

// a headline that already says "in mice" or "linked to" is not narrowed by the same words
function headlineSaysItself(headline: string, cue: ScopeCue): boolean {
  return cue.pattern.test(headline) || (cue.causal === true && /\b(?:linked|tied|associated|association|link)\b/.test(headline));
}

/*
 Built from sentences such as:
 - The compound shrank tumours in mice, but has not been tested in people.
 - The findings, which have not yet been peer reviewed, were posted online on Monday.
 - The pilot study followed only 24 patients for six weeks.
 - Coffee drinking was associated with a lower risk of liver cancer. (headline: coffee cuts risk)
 - The study does not prove that screen time causes depression.
 Near misses: "The mice escaped from a pet shop" (no research, no headline word); "He is linked
 to the gang" (not research); a headline that already says "in mice".
*/
