import type { Finding } from '../types';
import { modalityRank } from '../claim/modality';
import { type QualifyContext, sentencesMatching } from './context';
import { anyCue, type Cue } from './cue';
import { clauseFrom, makeFinding } from './finding';
import { verbPhrases } from './verbs';

/** A hedge cue and how firmly the wording commits (0 condition, 1 possibility, 2 plan). */
interface HedgeCue extends Cue {
  rank: number;
}

const CUES: HedgeCue[] = [
  // "the ban would take effect only if parliament approves it" -> hedge
  { pattern: /\b(?:if (?:approved|passed|confirmed|adopted|signed)|subject to (?:approval|a vote|review)|pending (?:approval|a vote|review)|unless)\b/, rank: 0, strength: 0.6, says: 'makes it conditional' },
  // "the company could ban the app" -> hedge
  { pattern: /\b(?:could|may|might)\b(?! (?:\d|have been reached))/, rank: 1, strength: 0.55, says: 'only says it could happen' },
  // "the couple reportedly split" -> hedge
  { pattern: /\b(?:reportedly|allegedly|purportedly|supposedly|apparently|rumou?red|is said to|are said to|was said to|is believed to|are believed to|is thought to|suspected)\b/, rank: 1, strength: 0.6, says: 'only reports it as alleged' },
  // "the vote is expected to pass" -> hedge
  { pattern: /\b(?:expected to|likely to|unlikely to|poised to|possibly|probably|potentially|appears? to|seems? to)\b/, rank: 1, strength: 0.5, says: 'only says it is likely' },
  // "the ministry is considering a ban" -> hedge
  { pattern: /\b(?:consider(?:s|ing|ed)?|weigh(?:s|ing)|mull(?:s|ing|ed)?|explor(?:es|ing)|review(?:s|ing)|under consideration|discuss(?:es|ing)|in talks|debat(?:es|ing))\b/, rank: 2, strength: 0.6, says: 'only says it is being considered' },
  // "a proposal to ban plastic bags" -> hedge
  { pattern: /\b(?:propos(?:al|als|es|ed|ing)|draft|plans? to|planning to|intends? to|aims? to|hopes? to|seeks? to|wants? to|would like to|bill that would)\b/, rank: 2, strength: 0.55, says: 'only says it is planned' },
];

const PREFILTER = anyCue(CUES);
const CAP = 3;
// about six words either side
const NEAR_CHARS = 40;
// "in May", "May 5": the month, not the modal
const MONTH_MAY = /\b(?:in|on|since|of|last|early|late|mid|next|this|until|by) may\b|\bmay \d/;

/** Where the story puts what the headline states firmly as possible, planned or conditional. */
export function detectHedge(ctx: QualifyContext): Finding[] {
  const { claim } = ctx;
  const claimRank = modalityRank(claim.modality);
  // "X won't play Y": a body's "rumoured to play" does not weaken a denial
  if (claimRank <= 0 || claim.negated) return [];
  const out: Finding[] = [];
  for (const i of sentencesMatching(ctx.body, PREFILTER)) {
    const ref = ctx.sentences[i]!;
    const folded = ctx.body.folded[i]!;
    const shared = ctx.shared[ref.index]!;
    if (shared.length === 0) continue;
    const hit = weakestCue(folded.replace(MONTH_MAY, ' '), claimRank);
    if (!hit) continue;
    const onPredicate = hedgesPredicate(ctx, ref.index, hit.cue);
    // a hedge on some other verb of a sentence that barely shares the claim's words, or far
    // from them ("the doors, which were apparently unlocked")
    if (!onPredicate && (shared.length < 2 || !near(folded, hit.index, shared))) continue;
    const part = claim.predicate ? [claim.predicate, claim.object].filter(Boolean).join(' ') : claim.headline;
    const weight = (onPredicate ? 1 : 0.6) * Math.min(1, 0.6 + 0.15 * shared.length);
    out.push(
      makeFinding(ref, 'hedge', {
        headlinePart: part,
        explanation: `The headline says "${part}", but the article ${hit.cue.says}: "${clauseFrom(ref.text, 0)}".`,
        strength: hit.cue.strength * weight * (claimRank - hit.cue.rank >= 2 ? 1 : 0.8),
      }),
    );
  }
  return out.sort((a, b) => b.strength - a.strength).slice(0, CAP);
}

// within a few words of one of the claim's terms
function near(folded: string, at: number, shared: readonly string[]): boolean {
  return shared.some((term) => {
    for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + 1)) if (Math.abs(i - at) <= NEAR_CHARS) return true;
    return false;
  });
}

// the least committal cue weaker than the headline's own modality
function weakestCue(folded: string, claimRank: number): { cue: HedgeCue; index: number } | null {
  let best: { cue: HedgeCue; index: number } | null = null;
  for (const cue of CUES) {
    if (cue.rank >= claimRank) continue;
    const m = cue.pattern.exec(folded);
    if (m && (!best || cue.rank < best.cue.rank || (cue.rank === best.cue.rank && cue.strength > best.cue.strength))) {
      best = { cue, index: m.index };
    }
  }
  return best;
}

// does the hedge sit on the headline's own verb? ("could ban" against "will ban")
function hedgesPredicate(ctx: QualifyContext, index: number, cue: HedgeCue): boolean {
  const predicate = ctx.terms.predicate;
  if (predicate.size === 0) return false;
  const folded = ctx.body.folded[index]!;
  if (cue.rank === 1 && /\b(?:could|may|might)\b/.test(folded)) {
    const phrases = verbPhrases(ctx, index);
    if (phrases) return phrases.some((p) => p.modal && /^(could|may|might)$/.test(p.modal) && predicate.has(p.head));
  }
  return [...predicate].some((p) => ctx.body.tokens[index]!.has(p));
}

/*
 Built from sentences such as:
 - The ministry is considering a ban on the sale of energy drinks to children. (headline: "will ban")
 - The company could cut as many as 400 jobs, people familiar with the plans said.
 - The singer reportedly split from her husband last month.
 - The measure is expected to pass the Senate next week.
 - The rule would take effect only if approved by the board.
 Near misses: "Officials said the storm could bring heavy rain" against a headline about a ban;
 "She was elected in May"; a headline that already says "may ban".
*/
