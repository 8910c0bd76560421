import type { Finding } from '../types';
import { type QualifyContext, sentencesMatching } from './context';
import { anyCue, type Cue, strongestCue } from './cue';
import { clauseFrom, makeFinding } from './finding';
import { headlinePartFor, wholeClaim } from './headline-part';
import { refersToClaim } from './relevance';

const CUES: Cue[] = [
  // "according to people familiar with the matter" -> attribution
  { pattern: /\b(?:people|persons?|sources?|someone|officials?|insiders?) (?:familiar with|close to|with (?:direct )?knowledge of|briefed on|involved in)\b/, strength: 0.6, says: 'rests on unnamed people familiar with the matter' },
  // "who spoke on condition of anonymity" -> attribution
  { pattern: /\b(?:on (?:the )?condition of anonymity|spoke anonymously|asked not to be (?:named|identified)|not authori[sz]ed to (?:speak|discuss|comment)|declined to be (?:named|identified)|anonymous (?:sources?|officials?|insiders?|tipsters?)|unnamed (?:sources?|officials?|insiders?)|an insider|a source)\b/, strength: 0.6, says: 'rests on anonymous sources' },
  // "sources told the paper" -> attribution
  { pattern: /\bsources (?:say|said|told|claim|claimed|report|reported|suggest)\b|\baccording to (?:several |multiple |two |three )?sources\b/, strength: 0.55, says: 'rests on unnamed sources' },
  // "according to a report in the Daily Mail" -> attribution
  { pattern: /\baccording to (?:a|an|the|one) (?:(?:new|recent|local|media|news|unconfirmed|single|tabloid|british|online) )?(?:report|reports|article|post|tweet|blog|website|tabloid|account|story)\b|\b(?:first|originally) reported by\b|\bciting (?:a|an|unnamed|anonymous|one)\b/, strength: 0.5, says: 'rests on another outlet’s report' },
  // "a Facebook post that went viral" -> attribution
  { pattern: /\b(?:went viral|a (?:facebook|twitter|instagram|reddit|youtube|tiktok|social media) (?:post|user|page|video)|posted (?:on|to) (?:facebook|twitter|instagram|reddit|youtube|tiktok|social media))\b/, strength: 0.5, says: 'rests on a social media post' },
  // "Apple declined to comment" -> attribution
  { pattern: /\b(?:declined to (?:comment|confirm|elaborate|discuss)|refused to (?:comment|confirm)|did not (?:immediately )?(?:respond|reply) to (?:a |multiple |several )?(?:requests?|calls?|emails?|messages?)|did not (?:immediately )?return (?:a |multiple )?(?:requests?|calls?|emails?|messages?)|could not (?:immediately )?be reached|unavailable for comment|no comment|has not commented|have not commented|has not responded|have not responded|did not comment)\b/, strength: 0.45, says: 'could not get the people involved to confirm it' },
  // "a spokesperson said" -> attribution
  { pattern: /\ba (?:spokes(?:person|man|woman)|representative|rep|publicist) (?:for|from|of|said|told|says)\b/, strength: 0.25, says: 'rests on a spokesperson' },
];

const PREFILTER = anyCue(CUES);
// "the company", "his publicist": who declined, when no name of the headline is repeated
const STANDS_FOR_SUBJECT = /\b(?:the|his|her|their|its) (?:company|firm|agency|department|ministry|government|team|club|family|representatives?|spokes(?:person|man|woman)|publicist|agent|lawyer|attorney|office|campaign|embassy|police)\b/;
const CAP = 3;

/** Where the story rests the claim on unnamed or single sources, or got no word from those involved. */
export function detectAttribution(ctx: QualifyContext): Finding[] {
  const out: Finding[] = [];
  // a headline that already says "sources say" has told the reader as much
  const alreadyAttributed = ctx.claim.attribution !== null;
  for (const i of sentencesMatching(ctx.body, PREFILTER)) {
    const ref = ctx.sentences[i]!;
    const folded = ctx.body.folded[i]!;
    const hit = strongestCue(folded, CUES);
    if (!hit) continue;
    const shared = ctx.shared[ref.index]!;
    const aboutClaim = refersToClaim(folded, ctx.topical) || (hit.cue.strength < 0.5 && STANDS_FOR_SUBJECT.test(folded));
    if (shared.length === 0 && !aboutClaim) continue;
    const part = ctx.claim.subject && shared.length ? headlinePartFor(ctx.claim, shared, ['subject', 'predicate', 'object']) : wholeClaim(ctx.claim);
    const weight = Math.min(1, 0.6 + 0.15 * shared.length + (aboutClaim ? 0.2 : 0)) * (alreadyAttributed ? 0.6 : 1);
    out.push(
      makeFinding(ref, 'attribution', {
        headlinePart: part,
        explanation: `The headline states "${part}" as fact, but the article ${hit.cue.says}: "${clauseFrom(ref.text, 0)}".`,
        strength: hit.cue.strength * weight,
      }),
    );
  }
  return out.sort((a, b) => b.strength - a.strength).slice(0, CAP);
}

/*
 Built from sentences such as:
 - Apple is in talks to buy Beats for $3.2 billion, according to people familiar with the matter.
 - The official, who spoke on condition of anonymity, said the order had been signed.
 - According to a report in the Daily Mail, the couple have split.
 - The photo went viral after it was posted to Facebook on Sunday.
 - A spokesman for the company declined to comment.
 Near misses: "Sources of funding are listed below" (no claim words); "He commented on the
 weather" ; "The company said in a statement" (a named source).
*/
