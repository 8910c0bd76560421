import type { Finding } from '../types';
import { leftScope, rightScope, type Span } from './clauses';
import { type QualifyContext, sentencesMatching } from './context';
import { anyCue, type Cue } from './cue';
import { clauseFrom, makeFinding } from './finding';
import { bearingOfSpan, namesClaimVerb, nearClaim, restatesClaim } from './governed';
import { wholeClaim } from './headline-part';
import { refersToClaim } from './relevance';

/** An uncertainty cue and which side of it holds what is uncertain. */
interface UncertaintyCue extends Cue {
  /** "it is unclear whether X": X follows; "X remains unclear": X comes first; "no decision has been made": the sentence's claim. */
  governs: 'after' | 'before' | 'sentence';
  /** Doubt about who someone is: said of the claim when the headline says who ("Body found … is missing kayaker Owen Pratt"). */
  identity?: boolean;
}

/** The uncertainty cues: read by this detector and by the cue tagger (lib/cues). */
export const UNCERTAINTY_CUES: UncertaintyCue[] = [
  // "It is unclear what sanctions Mr. Trump was referring to" -> uncertainty
  { pattern: /\b(?:it is|it's|it was|it remains|it remained) (?:still |also |not |now )?(?:unclear|uncertain|unknown|not clear|not known|not yet (?:clear|known)|not immediately (?:clear|known))\b/, governs: 'after', strength: 0.8, says: 'says it is unclear' },
  // "the exact circumstances of the deaths remained unclear" -> uncertainty
  { pattern: /\b(?:is|are|was|were|remains?|remained) (?:still |also |as yet )?(?:unclear|uncertain|unknown|not clear|not known|a mystery|unconfirmed|unverified)\b/, governs: 'before', strength: 0.7, says: 'says it is unclear' },
  // "the sheriff's office has not confirmed that the man is the missing hiker" -> uncertainty
  { pattern: /\b(?:has|have|had) not (?:yet )?(?:confirmed|verified|established) (?:that|whether|if)\b/, governs: 'after', strength: 0.7, says: 'says it has not been confirmed' },
  // "neither Vance nor her promoter has announced a cancellation" -> uncertainty
  { pattern: /\b(?:(?:has|have|had) not (?:yet |publicly |officially )?|neither\b[^.;]{0,80}\bnor\b[^.;]{0,80}?\b(?:has|have|had) (?:yet |publicly |officially )?)(?:announced|confirmed) (?:a|an|the|any)\b/, governs: 'after', strength: 0.7, says: 'says it has not been announced' },
  // "the sheriff's office said the man has not been identified" -> uncertainty (under a headline saying who he is)
  { pattern: /\b(?:has|have|had) not (?:yet )?been (?:formally |officially |positively )?identified\b|\b(?:was|were|is|are) (?:still )?(?:unidentified|not (?:yet )?(?:formally |positively )?identified)\b|\b(?:was|were|is|are|has|have) yet to be (?:formally |positively )?identified\b/, governs: 'before', strength: 0.7, says: 'says who it is has not been established', identity: true },
  // "the video could not be independently verified" -> uncertainty
  { pattern: /\b(?:could not|cannot|can't|couldn't) (?:be )?(?:independently )?(?:verified|confirmed|authenticated|corroborated)\b|\b(?:has|have|had) not (?:yet )?been (?:independently |officially )?(?:verified|confirmed|authenticated|corroborated)\b/, governs: 'before', strength: 0.75, says: 'says it could not be verified' },
  // "CNN could not independently verify the footage" -> uncertainty
  { pattern: /\b(?:could not|was unable to|were unable to|has not been able to|have not been able to) (?:independently )?(?:verify|confirm|authenticate|corroborate)\b/, governs: 'after', strength: 0.75, says: 'says it could not be verified' },
  // "it is not known whether the ban applies" -> uncertainty
  { pattern: /\b(?:not (?:yet )?known (?:whether|if|how|why|what|who|when)|no one knows|nobody knows)\b/, governs: 'after', strength: 0.7, says: 'says it is not known' },
  // "whether the plan will work remains to be seen" -> uncertainty
  { pattern: /\bremains? to be seen\b/, governs: 'before', strength: 0.6, says: 'says it remains to be seen' },
  // "there is no evidence that the drug works", "no guarantee these forecasts prove accurate" -> uncertainty
  { pattern: /\b(?:no|little|scant) (?:hard |direct |concrete |real |clear )?(?:evidence|proof|indication|guarantee|confirmation)s? (?:that|of|to)\b|\bno guarantee\b/, governs: 'after', strength: 0.75, says: 'says there is no evidence or guarantee' },
  // "officials did not say which sanctions" -> uncertainty
  { pattern: /\b(?:did not|didn't|would not|wouldn't) (?:say|specify|explain|detail|identify|disclose|reveal) (?:which|what|how|why|whether|who)\b/, governs: 'after', strength: 0.55, says: 'says it was not specified' },
  // "officials had not determined what caused the blast" -> uncertainty
  { pattern: /\b(?:had|has|have|did|do|does) not (?:yet )?(?:determined|established|identified|determine|establish|identify|said|say) (?:what|how|why|whether|who|the cause)\b|\bhave yet to (?:determine|establish|identify)\b/, governs: 'after', strength: 0.7, says: 'says it has not been determined' },
  // "no vote has been scheduled", "the agency has not yet made a decision" -> uncertainty
  { pattern: /\bno (?:final )?(?:decisions?|votes?|ruling|date) (?:has|had|have|was|were|is|are) (?:yet )?(?:been )?(?:made|taken|reached|scheduled|set)\b|\b(?:has|have|had) not (?:yet )?(?:made|reached|issued|taken) (?:a|its|their|any) (?:final )?(?:decision|ruling|vote)\b|\bno (?:final )?decision (?:yet|has been)\b/, governs: 'sentence', strength: 0.7, says: 'says no decision has been made' },
  // "lawmakers will decide whether to ban the app" -> uncertainty
  { pattern: /\bwhether\b/, governs: 'after', strength: 0.4, says: 'says it is yet to be decided' },
  // "questions remain about how" -> uncertainty
  { pattern: /\bquestions remain (?:about|over|as to)\b|\b(?:it is|it's) too (?:early|soon) to (?:say|tell|know)\b/, governs: 'after', strength: 0.55, says: 'says it is too early to tell' },
];

const PREFILTER = anyCue(UNCERTAINTY_CUES);
const IDENTITY = UNCERTAINTY_CUES.filter((cue) => cue.identity);
// "… is missing kayaker Owen Pratt", "Man shot by police was Army veteran John Doe": who someone is
const COPULA = /^(?:is|are|was|were)$/i;

/** The headline's claim is who someone is, in a story on it. */
function namesWho(ctx: QualifyContext): boolean {
  return ctx.topical && COPULA.test(ctx.claim.predicate ?? '') && ctx.claim.people.length > 0;
}
const CAP = 3;

// "what caused the blast", "why it happened": the cause of the headline's event
const CAUSE = /\b(?:caus\w*|why|how it happened)\b/;
// "plenty about the headset remains to be seen": uncertainty about other things, not the claim
const GENERIC = /^\W*(?:there(?:'s| is) )?(?:plenty|much|a lot|lots|many things|more|some details|details|other details|the rest)\b/;

/** Where the story says that what the headline states is unclear, unverified or unknown. */
export function detectUncertainty(ctx: QualifyContext): Finding[] {
  // "No, the county is not banning chickens": doubt about what the headline denies backs it
  if (ctx.claim.stance === 'denies' || ctx.claim.negated) return [];
  const out: Finding[] = [];
  for (const i of sentencesMatching(ctx.body, PREFILTER)) {
    const folded = ctx.body.folded[i]!;
    const anaphora = refersToClaim(folded, ctx.topical);
    if (!nearClaim(ctx, i) && !anaphora && !(namesWho(ctx) && IDENTITY.some((cue) => cue.pattern.test(folded)))) continue;
    const hit = governingCue(ctx, i, folded);
    if (!hit) continue;
    const part = wholeClaim(ctx.claim);
    const clause = clauseFrom(ctx.sentences[i]!.text, hit.span.start);
    out.push(
      makeFinding(ctx.sentences[i]!, 'uncertainty', {
        headlinePart: part,
        explanation: `The article says "${clause}", while the headline states "${part}" as settled.`,
        strength: hit.cue.strength * hit.weight,
      }),
    );
  }
  return out.sort((a, b) => b.strength - a.strength).slice(0, CAP);
}

/**
 * The cue whose uncertain part is the claim: what follows "it is unclear whether", or what
 * "… remained unclear" is said of, must name what happened in a sentence that restates the
 * claim ("the exact circumstances of the deaths remained unclear"); or refer to the claim
 * itself ("these forecasts", "the report").
 */
function governingCue(ctx: QualifyContext, i: number, folded: string): { cue: UncertaintyCue; span: Span; weight: number } | null {
  let best: { cue: UncertaintyCue; span: Span; weight: number } | null = null;
  for (const cue of UNCERTAINTY_CUES) {
    const m = cue.pattern.exec(folded);
    if (!m) continue;
    const span = cue.governs === 'after' ? rightScope(folded, m.index + m[0].length) : cue.governs === 'before' ? leftScope(folded, m.index) : { start: 0, end: folded.length };
    const said = folded.slice(span.start, span.end);
    if (cue.governs === 'before' && GENERIC.test(said)) continue;
    // what is uncertain is what the headline says happened: its own verb ("which sanctions Trump
    // would reverse", "the circumstances of the deaths"), a restatement of it, or the cause of
    // its event ("what caused the blast"); not a side detail that shares a word with it
    // ("whether Friday sports practices will be held at the school" under "board approves")
    const b = bearingOfSpan(ctx, i, span);
    // "investigators had not determined the cause" beside a headline that names the cause
    const cause = CAUSE.test(folded.slice(m.index, span.end)) && (b.count > 0 || (ctx.claim.relation === 'cause' && nearClaim(ctx, i)));
    const onClaim = (cause || namesClaimVerb(ctx, said) || (b.event > 0 && restatesClaim(ctx, b, i))) && (cause || restatesClaim(ctx, ctx.bearing[i]!, i) || nearClaim(ctx, i));
    const anaphora = refersToClaim(said, ctx.topical) || (cue.identity === true && namesWho(ctx));
    if (!onClaim && !anaphora) continue;
    const weight = onClaim ? 0.55 + 0.45 * Math.min(1, ctx.bearing[i]!.coverage / 0.7) : 0.75;
    if (!best || cue.strength * weight > best.cue.strength * best.weight) {
      best = { cue, span: cue.governs === 'after' ? { start: leftScope(folded, m.index).start, end: span.end } : span, weight };
    }
  }
  return best;
}

/*
 Built from sentences such as:
 - It is unclear what sanctions Mr. Trump was referring to.
 - The office said the exact circumstances of the deaths remained unclear. (headline: "3 killed")
 - The video could not be independently verified by CNN.
 - There's no guarantee that these forecasts will prove accurate.
 - Whether the new rules will be enforced remains to be seen.
 Near misses: "It is unclear if the MacBook Pro will follow suit" (names only the headline's
 subject); "VW didn't say when the wagon will go on sale" against a headline about an auto
 show; "US pricing has not been confirmed" against a headline about a car's reveal; "There's
 plenty about the Vision Pro that remains to be seen".
*/
