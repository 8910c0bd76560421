import { modalityRank } from '../claim/modality';
import type { Finding } from '../types';
import { leftScope, rightScope } from './clauses';
import { type QualifyContext, sentencesMatching } from './context';
import { anyCue, type Cue } from './cue';
import { clauseFrom, makeFinding } from './finding';
import { bearingOfSpan, continuesClaim, namesClaimVerb, nearClaim, RESTATES, restatesClaim } from './governed';
import { wholeClaim } from './headline-part';
import { refersToClaim } from './relevance';

/** Firmness of "considering", between a possibility (1) and a plan (2). */
const CONSIDERED = 1.5;

/** A hedge cue and how firmly the wording commits (0 condition, 1 possibility, 1.5 considered, 2 plan). */
export interface HedgeCue extends Cue {
  rank: number;
  /** The headline itself already reports the claim as others' word ("…, officials say"). */
  reported?: boolean;
  /** The cue names what it is said of ("before it becomes law"): in a story on the claim, the claim. */
  ofClaim?: boolean;
}

/** The hedge cues: read by this detector and by the cue tagger (lib/cues). */
export const HEDGE_CUES: HedgeCue[] = [
  // "the ban would take effect only if parliament approves it", "if approved, the ban…" -> condition
  { pattern: /\b(?:only if|provided that|on condition that|subject to (?:approval|a vote|review)|pending (?:approval|a vote|review))\b|(?<!\b(?:as|even|what) )\b(?:if|unless)\b/, rank: 0, strength: 0.55, says: 'makes it conditional' },
  // "a committee endorsed the plan, sending it to the full council" -> condition (a vote still to come)
  { pattern: /\b(?:sending|sends|sent|goes|heads|moves) (?:it |them |the (?:plan|bill|measure|proposal|ordinance) )?to the full (?:council|board|senate|house|assembly|legislature|commission)\b|\b(?:awaits|awaiting|still needs|still requires) (?:a |the )?(?:final |second |formal |regulatory |federal |state )?(?:vote|approval|sign-off|clearance|ratification|go-ahead)\b/, rank: 0, strength: 0.6, says: 'says it still has to be voted on' },
  // "a second vote is required", "final approval is needed" -> condition (of what its subject names)
  { pattern: /\b(?:a (?:second|final|further|another) (?:vote|reading)|(?:final |formal )?approval|sign-off|ratification) (?:is|are|will be) (?:still )?(?:required|needed|necessary)\b/, rank: 0, strength: 0.6, says: 'says it still has to be approved' },
  // "before it becomes law" in a story on the claim -> condition (it is not law yet)
  { pattern: /\bbefore (?:it|the (?:measure|bill|ordinance|cap|ban|rule|policy|plan|proposal)) (?:can )?(?:becomes?|become) law\b/, rank: 0, strength: 0.6, says: 'says it still has to be approved', ofClaim: true },
  // "the measure still has to clear three readings", "must still be approved by the board" -> condition
  { pattern: /\b(?:still|yet) (?:has|have|needs?|must) to (?:clear|pass|win|be (?:approved|passed|ratified|signed|voted on))\b|\bmust (?:still|first) (?:be (?:approved|passed|ratified|signed)|pass|clear|win)\b|\b(?:requires?|needs?) (?:the )?(?:approval|a vote|ratification|sign-off) (?:of|from|by)\b/, rank: 0, strength: 0.6, says: 'says it still has to be approved' },
  // "the company could ban the app", "the rule may not survive" -> hedge
  { pattern: /\b(?:may|might)\b|\bcould\b(?! not\b)/, rank: 1, strength: 0.55, says: 'only says it could happen' },
  // "the couple reportedly split" -> hedge
  { pattern: /\b(?:reportedly|allegedly|alleged|purportedly|supposedly|rumou?red to|(?:is|are|was|were) (?:said|believed|thought|alleged|rumou?red) to)\b/, rank: 1, strength: 0.6, says: 'only reports it as alleged', reported: true },
  // "the vote is expected to pass", "is unlikely to pass" -> hedge
  { pattern: /\b(?:(?:is|are|was|were) (?:widely )?expected to|(?:un)?likely|poised to|possibly|probably|potentially|possible|possibility|appears? to|appeared to|seems?|seemed|seemingly|apparently)\b/, rank: 1, strength: 0.5, says: 'only says it is likely' },
  // "police believe the man was stabbed", "the study suggests coffee cuts risk" -> hedge
  { pattern: /\b(?:believes?|believed|suspects?|suspected|presumably|perhaps|maybe|speculat(?:e|es|ed|ion)|suggests?|suggested|suggesting|thinks?)\b/, rank: 1, strength: 0.45, says: 'only says it is believed or suggested' },
  // "the ministry is considering a ban", "commissioners began weighing an ordinance" -> hedge
  { pattern: /\b(?:is|are|was|were|has been|have been|began|begun|started|begin|start) (?:still |now |only )?(?:considering|weighing|mulling|exploring|discussing|debating|reviewing)\b|\b(?:weighs|weighed|mulls|mulled|considers)\b|\bunder consideration\b|\bin talks (?:to|about|over|with)\b/, rank: CONSIDERED, strength: 0.6, says: 'only says it is being considered' },
  // "a proposal to ban plastic bags", "the city plans to ban" -> hedge
  { pattern: /\b(?:proposal|proposed|draft (?:law|bill|rule|plan)|bill that would)\b|\b(?:plans|planning|planned|intends?|aims|hopes|seeks|wants) to\b/, rank: 2, strength: 0.55, says: 'only says it is planned' },
];

const PREFILTER = anyCue(HEDGE_CUES);
const OF_CLAIM = HEDGE_CUES.filter((cue) => cue.ofClaim);
const CAP = 3;
// "in May", "May 5": the month, not the modal
const MONTH_MAY = /\b(?:in|on|since|of|last|early|late|mid|next|this|until|by) may\b|\bmay \d/g;

/** Folded text with the month of May blanked out (same length), so "may" is only ever the modal. */
export function withoutMonthMay(folded: string): string {
  return folded.replace(MONTH_MAY, (m) => ' '.repeat(m.length));
}
// "could agree to end a trade war as a reason for stocks to drift": a modal governs the few words after it
const MODAL_REACH = 60;
// "could raise rates again", "Samsung could also cut jobs": another time, or another actor, not the claim
// ("could kill more people", but not "could pay more in interest than on defence", a comparison)
const ANOTHER = /\b(?:again|further|another|also|too|as well|once more)\b|\bmore\b(?!.*\bthan\b)/;
// a capitalised name ("Samsung") in running text
const NAME = /(?<!^|[.!?]\s)\b\p{Lu}[\p{L}'’.-]+/gu;
// "scientists have long suspected", "for years it was thought": what was believed before the news
const BACKGROUND = /\b(?:for (?:many |several )?(?:years|decades)|(?:have|has|had) long|previously|in the past|used to|once thought|had (?:been )?(?:expected|thought|believed))\b/;

/** Where the story puts what the headline states firmly as possible, planned or conditional. */
export function detectHedge(ctx: QualifyContext): Finding[] {
  const { claim } = ctx;
  const claimRank = headlineRank(claim);
  // "X won't play Y": a body's "rumoured to play" does not weaken a denial
  if (claimRank <= 0 || claim.negated) return [];
  const out: Finding[] = [];
  for (const i of sentencesMatching(ctx.body, PREFILTER)) {
    const ofClaim = ctx.topical && OF_CLAIM.some((cue) => cue.pattern.test(ctx.body.folded[i]!));
    if (!nearClaim(ctx, i) && !refersToClaim(ctx.body.folded[i]!, ctx.topical) && !continuesClaim(ctx, i) && !ofClaim) continue;
    const folded = withoutMonthMay(ctx.body.folded[i]!);
    const hit = governingCue(ctx, i, folded, claimRank);
    if (!hit) continue;
    const part = wholeClaim(claim);
    out.push(
      makeFinding(ctx.sentences[i]!, 'hedge', {
        headlinePart: part,
        explanation: `The headline says "${part}", but the article ${hit.cue.says}: "${clauseFrom(ctx.sentences[i]!.text, hit.start)}".`,
        strength: hit.cue.strength * hit.weight,
      }),
    );
  }
  return out.sort((a, b) => b.strength - a.strength).slice(0, CAP);
}

/**
 * The least committal cue whose clause says what the headline says, with the claim's event in
 * what the cue governs: "could soon pay more in interest" hedges "will spend more on interest",
 * but in "the stabbing may have occurred after a robbery" the "may" governs only the when.
 */
function governingCue(ctx: QualifyContext, i: number, folded: string, claimRank: number): { cue: HedgeCue; start: number; weight: number } | null {
  let best: { cue: HedgeCue; start: number; weight: number } | null = null;
  for (const cue of HEDGE_CUES) {
    if (cue.rank >= claimRank || (cue.reported && ctx.claim.stance !== 'asserts')) continue;
    const m = cue.pattern.exec(folded);
    if (!m) continue;
    const subject = leftScope(folded, m.index);
    const clauseEnd = rightScope(folded, m.index + m[0].length).end;
    // a condition governs the clause it is attached to: "would take effect only if approved",
    // "if approved, the ban would take effect"
    const opening = cue.rank === 0 && !/\p{L}/u.test(folded.slice(subject.start, m.index));
    const comma = folded.indexOf(',', m.index);
    const scope =
      cue.rank === 0
        ? opening && comma > 0
          ? rightScope(folded, comma + 1)
          : subject
        : { start: m.index + m[0].length, end: cue.rank === 1 ? Math.min(clauseEnd, m.index + m[0].length + MODAL_REACH) : clauseEnd };
    const clause = bearingOfSpan(ctx, i, { start: subject.start, end: clauseEnd });
    const governed = bearingOfSpan(ctx, i, scope);
    // "the measure still has to clear three readings", "the service still needs sign-off" after a
    // sentence on the service, "before it becomes law": a condition said of the claim itself
    const standsFor =
      cue.rank === 0 &&
      (refersToClaim(folded.slice(subject.start, m.index), ctx.topical) || (subject.start === 0 && continuesClaim(ctx, i)) || (cue.ofClaim === true && ctx.topical));
    if (!standsFor && (!restatesClaim(ctx, clause, i) || (governed.event === 0 && governed.coverage < RESTATES))) continue;
    if (BACKGROUND.test(folded.slice(subject.start, clauseEnd))) continue;
    if (cue.rank === 1 && (ANOTHER.test(folded.slice(m.index, scope.end)) || otherActor(ctx, i, subject) || !onTheVerb(ctx, i, scope))) continue;
    const weight = standsFor && !restatesClaim(ctx, clause, i) ? 0.8 : (0.55 + 0.45 * Math.min(1, clause.coverage / 0.7)) * (governed.event >= 0.3 ? 1 : 0.8) * (claimRank - cue.rank >= 2 ? 1 : 0.85);
    if (!best || cue.rank < best.cue.rank || (cue.rank === best.cue.rank && cue.strength * weight > best.cue.strength * best.weight)) {
      best = { cue, start: subject.start, weight };
    }
  }
  return best;
}

/**
 * How firmly the headline commits: "United States to lift sanctions" is headline shorthand for
 * a plan, which "plans to" restates but "is weighing" does not; "EU considering ban" is only
 * considered already.
 */
function headlineRank(claim: QualifyContext['claim']): number {
  const rank = modalityRank(claim.modality);
  if (rank === 2 && CONSIDERING.test(claim.headline)) return CONSIDERED;
  return /^to\s/i.test(claim.predicate ?? '') ? Math.min(2, rank) : rank;
}

// "EU considering ban on straws", "Council weighs ban"
const CONSIDERING = /\b(?:consider\w*|weigh\w*|mull\w*|explor\w*|debat\w*|in talks)\b/i;

/**
 * A possibility hedges the claim only when it is said of the claim's own verb: "Ministers could
 * ban energy drinks" under "will ban", but not "construction is expected to begin in spring"
 * under "council approves bike lanes" (a consequence, with the approval itself certain).
 */
function onTheVerb(ctx: QualifyContext, i: number, scope: { start: number; end: number }): boolean {
  return ctx.terms.predicateHead === null || namesClaimVerb(ctx, ctx.sentences[i]!.text.slice(scope.start, scope.end));
}

/** The one the cue is said of is someone the headline does not name: "Samsung could also cut jobs" under "Apple cuts jobs". */
function otherActor(ctx: QualifyContext, i: number, subject: { start: number; end: number }): boolean {
  const text = ctx.sentences[i]!.text.slice(subject.start, subject.end);
  if (ctx.frame.terms.some((t) => t.subject && bearingOfSpan(ctx, i, subject).count > 0)) return false;
  const headline = ctx.claim.headline.toLowerCase();
  return [...text.matchAll(NAME)].some((m) => !headline.includes(m[0].toLowerCase().replace(/['’]s$/, '')));
}

/*
 Built from sentences such as:
 - The council is considering a proposal to ban plastic bags. (headline: "Council will ban plastic bags")
 - The federal government could soon pay more in interest on its debt than on the military.
 - The singer reportedly split from her husband last month.
 - The measure is expected to pass the Senate next week.
 - The rule would take effect only if approved by the board.
 Near misses: "Samsung could also cut jobs" under "Apple cuts 400 jobs"; "the Fed could raise rates
 again in December" under "Fed raises rates"; "Prakash said the government could issue subsidies" against a headline about a
 law fuelling pollution; "traders cited uncertainty over whether the US and China could agree
 to end the trade war as a reason for stocks to drift" (the "could" governs the trade deal);
 "disrupting a UN plan to return refugees" (a plan of someone else's); "the stabbing may have occurred after the attacker tried to steal
 shoes" (the "may" governs only when); "scientists have long suspected there is water";
 "She was elected in May"; a headline that already says "may ban".
*/
