import { readExaggeration } from '../claim/exaggeration';
import { readRelation } from '../claim/relation';
import { contentTokens } from '../text/tokens';
import type { Finding, Relation } from '../types';
import { type QualifyContext, RESEARCH, sentencesMatching } from './context';
import { anyCue, type Cue } from './cue';
import { clauseFrom, makeFinding } from './finding';
import { continuesClaim, nearClaim, restatesClaim } from './governed';
import { wholeClaim } from './headline-part';

/** A scope cue and what it needs before it narrows the headline. */
interface ScopeCue extends Cue {
  /**
   * research: only in an article about a study; lab: words of research themselves ("in mice",
   * "peer reviewed"), in a sentence near the claim or about research; causal: only against a
   * headline that claims cause; found: only against a headline that says something was found
   * or confirmed; claim: the sentence must bear on what happened; pilot: a pilot the claim
   * rests on, in a story on research, in a sentence near the claim; universal: only against a
   * headline that says "all" or "every", in a story about it.
   */
  needs: 'research' | 'lab' | 'pilot' | 'causal' | 'found' | 'claim' | 'universal';
  /** The sentence's own relation must be a link (readRelation), not a cause. */
  relation?: boolean;
  /** What the cue narrows to must be more than the headline says ("applies only to new homes" under "bans boilers in new homes" narrows nothing). */
  beyond?: boolean;
  /** The study's own words that it found a link, not a cause. */
  noCause?: boolean;
}

const CUES: ScopeCue[] = [
  // "the drug shrank tumours in mice" -> scope
  { pattern: /\b(?:in|on|with) (?:lab |laboratory )?(?:mice|rats|rodents|animals|monkeys|pigs|dogs|fruit flies|worms|zebrafish|cell cultures|human cells|cells|a (?:petri )?dish|test tubes?|vitro)\b|\b(?:mouse|rat|animal|rodent) (?:study|studies|model|models|experiments?|trials?)\b/, needs: 'lab', strength: 0.75, says: 'was only tested in animals or cells' },
  // "the study has not been peer reviewed" -> scope
  { pattern: /\bnot (?:yet )?(?:been )?peer[- ]reviewed\b|\b(?:has|have) (?:yet to be|not yet been) (?:published|peer[- ]reviewed)\b|\bpre-?prints?\b|\bnot yet published\b/, needs: 'lab', strength: 0.65, says: 'is not peer reviewed' },
  // "a small pilot study of 12 patients" -> scope
  { pattern: /\b(?:small|tiny|pilot|preliminary|early-stage) (?:study|studies|trial|trials|sample|survey)\b|\b(?:study|trial|sample|survey) (?:was|is) (?:very |relatively |too |fairly )?(?:small|tiny)\b|\b(?:only|just) \d{1,3} (?:people|participants|patients|volunteers|subjects|men|women|adults|children|students)\b/, needs: 'research', strength: 0.6, says: 'rests on a small or preliminary study' },
  // "the study had no comparison group given a dummy cream", "it was not randomised" -> scope
  { pattern: /\b(?:no|without an?|lacked an?|did not have an?|didn't have an?) (?:comparison|control|placebo) (?:group|arm)\b|\b(?:was|were|is) not (?:randomi[sz]ed|placebo-controlled|blinded)\b|\buncontrolled (?:study|trial)\b/, needs: 'research', strength: 0.6, says: 'had no comparison group' },
  // "a one-year pilot in three schools" -> scope
  { pattern: /\b(?:a|one-year|small|limited|short|brief|trial) pilot\b|\bpilot (?:program(?:me)?|project|scheme|phase)\b/, needs: 'pilot', strength: 0.55, says: 'rests on a small pilot' },
  // "a margin so small it could have been due to chance" -> scope
  { pattern: /\b(?:due to|by|from) (?:random )?chance\b|\bnot statistically significant\b|\bwithin the margin of error\b/, needs: 'research', strength: 0.6, says: 'says the result could be chance' },
  // "the benefit was confined to children with asthma" -> scope
  { pattern: /\b(?:confined|limited|restricted) to\b/, needs: 'claim', strength: 0.55, says: 'holds only for some' },
  // "the scientists asked five people to perform a task" -> scope
  { pattern: /\b(?:asked|recruited|studied|surveyed|followed|tested|enrolled|involved|included) (?:just |only )?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|a handful of) (?:people|participants|patients|volunteers|subjects|adults|children|men|women|students)\b/, needs: 'research', strength: 0.6, says: 'rests on a handful of people' },
  // "out of 17 observations, the scientists only spotted water vapor in one" -> scope
  { pattern: /\bout of (?:\d+|[a-z]+) .{0,300}\bonly\b.{0,80}\b(?:in )?(?:one|two|three|a few|a handful)\b|\bonly (?:in )?(?:one|two|three|a few|a handful) (?:of|out of) (?:the )?\d+\b/, needs: 'research', strength: 0.65, says: 'was seen in only a few of the cases' },
  // "among children at high risk for peanut allergy" -> scope
  { pattern: /\bamong (?:children|infants|babies|kids|people|adults|patients|women|men|those|participants|volunteers)(?: [a-z]+){0,3} (?:at (?:high|increased|higher|elevated) risk|who (?:already )?(?:had|have|were)|with (?:a |an )?(?:history|existing|pre-existing|severe))\b/, needs: 'research', strength: 0.6, says: 'covers only one group' },
  // "the study does not prove that coffee causes cancer" -> scope
  { pattern: /\b(?:does not|doesn't|did not|didn't|cannot|can't|could not) (?:prove|show|establish|demonstrate) (?:cause|causation|a causal|that)\b|\bnot necessarily (?:cause|mean)\b|\bcorrelation (?:is not|isn't|does not)\b/, needs: 'research', strength: 0.7, says: 'says it does not show cause', noCause: true },
  // "this is an association, not proof that coffee protects the brain" -> scope
  { pattern: /\b(?:association|correlation|link),? (?:and )?not (?:proof|causation|a cause)\b|\bis not proof\b/, needs: 'research', strength: 0.7, says: 'says it does not show cause', noCause: true },
  // "coffee drinking was associated with lower risk" -> scope (only against a causal headline,
  // and only where the sentence itself reports a link: not "memory problems linked to Alzheimer's")
  { pattern: /\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+)?(?:associated|linked|correlated|tied) (?:with|to)\b|\b(?:association|correlation|link) between\b/, needs: 'causal', strength: 0.55, says: 'only found a link, not a cause', relation: true, noCause: true },
  // "because the study was observational, it can show only that walking and lower risk go together" -> scope
  { pattern: /\bobservational\b|\bshows? only that\b|\bgo together\b|\bnot that \w+(?: \w+)? (?:itself )?(?:causes?|prevents?|leads? to|reduces?|cuts?|protects?)\b/, needs: 'causal', strength: 0.6, says: 'only found a link, not a cause', noCause: true },
  // "Elsewhere, its 112 other stores will move to $17" under "raises pay for all workers" -> scope
  { pattern: /\belsewhere\b|\bthe (?:other|remaining|rest of the) \d[\d,]* (?:stores|locations|branches|sites|plants|schools|workers|employees|states|countries)\b|\bonly (?:at|in|for) (?:its|the|their) \d[\d,]* \w+/, needs: 'universal', strength: 0.6, says: 'holds for only some of them' },
  // "confirmed traces of water vapor" against "confirmed there are water plumes" -> scope
  { pattern: /\b(?:traces?|hints?|faint signs?|indications?|possible signs?) of\b/, needs: 'found', strength: 0.6, says: 'found only traces or signs of it' },
  // "the inherent biases within the Stack Overflow ecosystem" -> scope
  { pattern: /\b(?:inherent|possible|potential|known|its|their|the) bias(?:es)?\b|\bbiased (?:against|toward|towards|in favou?r of)\b|\bnot (?:be )?representative\b/, needs: 'research', strength: 0.55, says: 'warns the data may be biased' },
  // "outgassing occurs at lower levels than previously estimated" -> scope
  { pattern: /\b(?:lower|smaller|fewer|less|weaker|slower)(?: levels?| rates?| amounts?| numbers?)? than (?:previously |first |initially |once |originally )?(?:estimated|thought|believed|expected|reported|feared)\b/, needs: 'claim', strength: 0.55, says: 'finds less than was thought' },
  // "sales of military equipment will still be prohibited" against "to lift sanctions" -> scope
  { pattern: /\bwill (?:still|continue to) (?:be )?(?:prohibited|banned|barred|in place|face|apply|remain)\b|\b(?:remain|remains|stay|stays|will stay|will remain) (?:in place|in effect|banned|prohibited|off-limits|barred|closed)\b|\bleaves? (?:in place|intact|untouched)\b|\bwith the exception of\b|\b(?:does|do|will) not (?:apply to|cover|include)\b|\bexcept (?:for )?\b|\bexcluding\b/, needs: 'claim', strength: 0.6, says: 'leaves exceptions' },
  // "it will apply only to developments of ten or more homes", "the policy covers only the drivers on its payroll" -> scope
  { pattern: /\b(?:appl(?:y|ies)|covers?|affects?|includes?|extends?|is open|are open|is available|are available) only (?:to|the|those|its|their|some|certain|people|workers|drivers|homes|schools|customers|residents)\b|\b(?:will|would|does|do|is to) (?:apply|cover|affect|include) only\b/, needs: 'claim', strength: 0.6, says: 'holds only for some', beyond: true },
  // "412 members who chose to take part", "the results were not weighted" -> scope
  { pattern: /\bwho (?:chose|opted|volunteered|decided|agreed) to (?:take part|respond|participate|answer)\b|\bself-selected\b|\b(?:were|was|are|is) not weighted\b|\bnot (?:a )?(?:random|representative|scientific) (?:sample|survey|poll)\b|\bopt-in (?:survey|poll|panel)\b/, needs: 'research', strength: 0.6, says: 'rests on people who chose to answer' },
  // "the survey covered only one hospital" -> scope
  { pattern: /\b(?:only|just|solely) (?:in|among|at|for) (?:one|a single|a few|two|three|some|certain)\b|\b(?:in|among|at) (?:one|a single) (?:city|state|county|hospital|school|region|country|town|district|company|clinic|university)\b/, needs: 'research', strength: 0.5, says: 'covers only one place or group' },
];

const PREFILTER = anyCue(CUES);
// "cures", "causes", "cuts risk": a headline claiming cause and effect
const CAUSAL =
  /\b(?:cause[sd]?|causing|cure[sd]?|prevents?|prevented|boosts?|cuts?|reduces?|lowers?|raises?|increases?|triggers?|leads? to|protects?|fights?|slashes|halves|doubles|stops?|kills?|reverses?|heals?|treats?|improves?|damages?|harms?|shrinks?|beats?|avoids?)\b/i;
// "for all store workers", "every school", "nationwide": a headline claiming it for everyone
const UNIVERSAL = /\b(?:all|every|everyone|everybody|nationwide|countrywide|across the (?:country|nation|board)|statewide)\b/i;
// "NASA confirmed there are plumes", "scientists find water": a headline reporting a discovery
const FOUND = /\b(?:confirm(?:s|ed)?|f(?:ou|i)nds?|found|discover(?:s|ed)?|detect(?:s|ed)?|proves?|proved|reveals?|revealed|shows?|showed)\b/i;
const CAP = 3;

/** Where the story shows the claim rests on narrower ground than the headline suggests. */
export function detectScope(ctx: QualifyContext): Finding[] {
  const headline = ctx.claim.headline;
  const causal = CAUSAL.test(headline);
  const found = FOUND.test(headline);
  const universal = UNIVERSAL.test(headline);
  const open = CUES.filter((c) => !c.pattern.test(headline.toLowerCase()) && !(c.needs === 'causal' && /\b(?:linked|tied|associated|association|link)\b/i.test(headline)));
  const out: Finding[] = [];
  let saidCause = false;
  for (const i of sentencesMatching(ctx.body, PREFILTER)) {
    const folded = ctx.body.folded[i]!;
    const research = RESEARCH.test(folded);
    const near = nearClaim(ctx, i);
    const b = ctx.bearing[i]!;
    let best: ScopeCue | null = null;
    for (const cue of open) {
      const m = cue.pattern.exec(folded);
      if (!m || (cue.beyond && !namesMore(ctx, folded.slice(m.index + m[0].length)))) continue;
      const fits =
        cue.needs === 'lab'
          ? near || (research && (ctx.research || ctx.topical))
          : cue.needs === 'pilot'
          ? ctx.research && near
          : cue.needs === 'research'
          ? (ctx.research || (research && near)) && (near || (research && ctx.topical))
          : cue.needs === 'causal'
            ? causal && research && near && (!cue.relation || readRelation(ctx.sentences[i]!.text) === 'correlation')
            : cue.needs === 'universal'
            ? universal && ctx.topical
            : cue.needs === 'found'
              ? found && restatesClaim(ctx, b, i)
              : (b.event > 0 && near) || continuesClaim(ctx, i);
      if (fits && (!best || cue.strength > best.strength)) best = cue;
    }
    if (!best) continue;
    if (best.noCause) saidCause = true;
    const part = wholeClaim(ctx.claim);
    // an exception to an "all" names the others, not the claim: its weight is the headline's word "all"
    const weight = best.needs === 'universal' ? 0.9 : 0.6 + 0.4 * Math.min(1, b.coverage / 0.6);
    out.push(
      makeFinding(ctx.sentences[i]!, 'scope', {
        headlinePart: part,
        explanation: `The headline says "${part}" without limits, but the article ${best.says}: "${clauseFrom(ctx.sentences[i]!.text, 0)}".`,
        strength: best.strength * weight,
      }),
    );
  }
  // the study's own words saying it found only a link are the finding; the headline's cause
  // read against its other sentences would say the same again
  const overstated = saidCause ? null : exaggeration(ctx);
  if (overstated && !out.some((f) => f.text === overstated.text && f.paragraph === overstated.paragraph)) out.push(overstated);
  return out.sort((a, b) => b.strength - a.strength).slice(0, CAP);
}

/** Sentences of a story on research read for the strength of the relation it reports. */
const RELATION_SENTENCES = 6;
/** A body this short is a study's conclusion set against its press release: every sentence reports the finding. */
const CONCLUSION_SENTENCES = 3;

// a sentence that reports a finding: research words or the words of a relation
const RESEARCH_OR_RELATION = new RegExp(`${RESEARCH.source}|\\b(?:associated|linked|correlated|tied|may|might|could|reduces?|increases?|lowers?|raises?|improves?|causes?|prevents?)\\b`);

/**
 * A headline that claims more than the study's own words: a cause where the sentences that
 * report the finding give a link, or state as certain what they say may hold ("Coffee cuts
 * stroke risk" over "coffee drinking was associated with a lower risk").
 */
function exaggeration(ctx: QualifyContext): Finding | null {
  if (ctx.claim.relation === 'none' || ctx.claim.relation === 'correlation') return null;
  const body = ctx.sentences.filter((s) => s.source === 'body');
  // (a news brief of three sentences is no study's conclusion unless research is named in it)
  const conclusion = body.length <= CONCLUSION_SENTENCES && (RESEARCH.test(ctx.claim.headline) || body.some((s) => RESEARCH.test(ctx.body.folded[s.index]!)));
  if (!ctx.research && !conclusion) return null;
  const reported = body
    .filter((s) => conclusion || (nearClaim(ctx, s.index) && RESEARCH_OR_RELATION.test(ctx.body.folded[s.index]!)))
    .sort((a, b) => ctx.bearing[b.index]!.coverage - ctx.bearing[a.index]!.coverage)
    .slice(0, RELATION_SENTENCES);
  if (reported.length === 0) return null;
  const relations: Relation[] = reported.map((s) => readRelation(withoutImplication(s.text)));
  const found = readExaggeration(ctx.claim.relation, relations);
  // a study that reports no relation in the sentences read is no overstatement to show
  if (!found || found.body === 'none') return null;
  const ref = reported[relations.indexOf(found.body)]!;
  const part = wholeClaim(ctx.claim);
  return makeFinding(ref, 'scope', {
    headlinePart: part,
    explanation: `The headline ${found.says}: "${clauseFrom(ref.text, 0)}".`,
    strength: found.strength * (0.6 + 0.4 * Math.min(1, ctx.bearing[ref.index]!.coverage / 0.6)),
  });
}

// ", a result that could help make the technology practical", ", which may one day…": what a
// finding might lead to, said after it, is not how strongly the finding itself is put
const IMPLICATION_AFTER = /,\s+(?:(?:a|an|the) (?:result|finding|discovery|advance|development|breakthrough|step|feat|milestone)s? (?:that|which)|which)\s+(?:could|may|might|would)\b[^.;]*/gi;
// "A new cream could offer hope to millions": the hope is the modal's, not the finding's
const HOPE = /\b(?:could|may|might)\s+(?:one day\s+|eventually\s+|soon\s+)?(?:offer|bring|give|provide)\s+(?:new\s+|fresh\s+)?hope(?:\s+to\s+[^,.;]*?)?(?=\s+(?:after|because|as|when|since)\b|[,.;]|$)/gi;

/** Words a narrowing names, the next few after its cue. */
const NARROWED_TO = 4;

/** What follows the cue names something the headline does not: "developments of ten or more homes" beside "new homes". */
function namesMore(ctx: QualifyContext, after: string): boolean {
  const headline = new Set(contentTokens(ctx.claim.headline));
  return contentTokens(after).slice(0, NARROWED_TO).some((t) => !headline.has(t));
}

/** A sentence with what its finding might lead to taken out. */
export function withoutImplication(text: string): string {
  return text.replace(IMPLICATION_AFTER, '').replace(HOPE, '');
}

/*
 Built from sentences such as:
 - The compound shrank tumours in mice, but has not been tested in people.
 - The findings, which have not yet been peer reviewed, were posted online on Monday.
 - To answer this question, the scientists asked five people to perform a task.
 - Among children at high risk, eating peanut snacks early cut their chances of allergy.
 - Coffee drinking was associated with a lower risk of liver cancer. (headline: coffee cuts risk)
 - The team has confirmed traces of water vapor above the surface. (headline: "confirmed there are water plumes")
 - Sales of military equipment will still be prohibited. (headline: "to lift Sudan sanctions")
 Near misses: "The mice escaped from a pet shop" (no research, no headline word); "He is linked
 to the gang" (not research); a headline that already says "in mice"; "Despite these initial
 findings, the team is far from finished".
*/
