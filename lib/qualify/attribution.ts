import type { Finding } from '../types';
import { leftScope, type Span } from './clauses';
import { type QualifyContext, sentencesMatching } from './context';
import { anyCue, type Cue } from './cue';
import { clauseFrom, makeFinding } from './finding';
import { bearingOfSpan, nearClaim, restatesClaim } from './governed';
import { wholeClaim } from './headline-part';
import { refersToClaim } from './relevance';

/**
 * An attribution cue. `named`: the source before the verb must be written as a name ("Reuters
 * reported"). `whole`: a mark of anonymity that makes the whole sentence rest on it.
 */
export interface AttributionCue extends Cue {
  named?: boolean;
  whole?: boolean;
}

/** The attribution cues: read by this detector and by the cue tagger (lib/cues). */
export const ATTRIBUTION_CUES: AttributionCue[] = [
  // "according to two people familiar with the matter" -> attribution
  { pattern: /\b(?:people|persons?|sources?|someone|officials?|insiders?|executives?|a person|one person) (?:familiar with|close to|with (?:direct )?knowledge of|briefed on|involved in|aware of)\b/, strength: 0.7, says: 'rests on unnamed people familiar with the matter' },
  // "who spoke on condition of anonymity" -> attribution
  { pattern: /\b(?:on (?:the )?condition of anonymity|spoke anonymously|asked not to be (?:named|identified)|not authori[sz]ed to (?:speak|discuss|comment)|declined to be (?:named|identified)|(?:anonymous|unnamed) (?:sources?|officials?|insiders?|people))\b/, strength: 0.7, says: 'rests on anonymous sources', whole: true },
  // "a source said", "sources told Reuters", "law enforcement sources tell TMZ" -> attribution
  { pattern: /\b(?:(?:a|one|the|two|three|several|multiple|\w+) )?sources? (?:say|says|said|told|tell|tells|claim|claimed|suggest|suggested|confirmed|revealed)\b|\baccording to (?:a |one |two |three |several |multiple )?(?:\w+ )?sources?\b|\bsources? (?:cited|quoted) by\b/, strength: 0.65, says: 'rests on unnamed sources' },
  // "rumors abound that Lucasfilm might…", "according to fan site MakingStarWars.net" -> attribution
  { pattern: /\brumou?rs? (?:abound|suggest|say|have it|are swirling|swirl|claim|that|of)\b|\b(?:it is|it's) rumou?red\b|\baccording to (?:a |the )?(?:fan site|fan website|blog|tabloid|forum|leaker|tipster)\b/, strength: 0.65, says: 'rests on rumours' },
  // "according to a report in the Daily Mail", "first reported by" -> attribution
  { pattern: /\baccording to (?:a|an|one) (?:(?:new|recent|local|media|news|unconfirmed|tabloid|british|online) )?(?:report|article|post|tweet|blog)\b|\b(?:first|originally) reported by\b|\b(?:reuters|bloomberg|the (?:new york times|wall street journal|washington post|times|information)|[a-z]+ news) (?:reported|reports)\b/, strength: 0.5, says: 'rests on another outlet’s report' },
  // "…, the Wall Street Journal reported on Tuesday." -> attribution to another outlet (names read from the text as written)
  { pattern: /,\s(?:the )?[a-z][\w.&'’-]*(?: [a-z][\w.&'’-]*){0,3} (?:reported|reports)(?: (?:on|late|earlier) [a-z]+)?[.!]?["”]?$/, strength: 0.5, says: 'rests on another outlet’s report', named: true },
  // "according to a computer programmer who released the code" -> attribution to one person
  { pattern: /\baccording to (?:a|an|one) (?!report|study|statement|survey|poll|spokes|representative|release|filing|analysis|paper)[a-z-]+(?: [a-z-]+)? (?:who|that)\b/, strength: 0.55, says: 'rests on a single person’s word' },
  // "the figures come from its own laboratory tests", "not evaluated by an independent lab" -> attribution to the claimant's own word
  { pattern: /\b(?:its|their|his|her|the company'?s|the firm'?s|the maker'?s) own (?:internal |laboratory |lab |in-house )?(?:tests?|testing|data|figures|research|study|studies|estimates?|trials?|measurements?|evaluation|assessment|analysis|review)\b|\bnot (?:been )?(?:independently )?(?:verified|tested|reviewed|evaluated|replicated|checked|audited) (?:by|in) (?:an? )?(?:independent|outside|third-party)\b|\bno (?:independent|outside) (?:lab|laboratory|expert|body|group|researchers?) (?:has|have)\b/, strength: 0.6, says: 'rests on the claimant’s own tests or figures', whole: true },
  // "the performance figures come from benchmarks Vireo ran itself" -> attribution to the claimant's own tests
  { pattern: /\b(?:tests?|benchmarks?|trials?|studies|study|measurements?|testing|figures|numbers) (?:that )?(?:[a-z]+ ){1,3}(?:ran|conducted|carried out|did|performed|commissioned|paid for|funded) (?:itself|themselves|on its own|in-house)\b|\b(?:ran|conducted|carried out|performed) (?:its|their) own (?:tests?|benchmarks?|trials?|testing)\b/, strength: 0.6, says: 'rests on the claimant’s own tests or figures', whole: true },
  // "the accusations come from a wrongful-termination lawsuit", "none of them have been tested in court" -> attribution to a lawsuit's claims
  { pattern: /\b(?:come|comes|came|stem|stems|stemmed) from (?:a|an|the) (?:[a-z-]+ ){0,2}(?:lawsuit|suit|complaint|court filing|legal filing|petition)\b|\b(?:have|has|had) not been (?:tested|proven|proved|substantiated|established) in court\b|\b(?:alleges?|alleged|claims?|claimed|says?|said) in (?:a|the|her|his|their) (?:[a-z-]+ )?(?:lawsuit|suit|complaint|filing)\b/, strength: 0.65, says: 'rests on the claims of a lawsuit, not tested in court', whole: true },
  // "TMZ has learned" -> attribution to the outlet's own unnamed sourcing
  { pattern: /\b(?:has|have) learned\b|\b(?:our|my) sources?\b/, strength: 0.5, says: 'rests on the outlet’s own unnamed sources' },
];

// "the company declined to comment", "did not respond to requests for comment"
export const NO_COMMENT =
  /\b(?:declined to (?:comment|confirm|elaborate|discuss)|refused to (?:comment|confirm)|did not (?:immediately )?(?:respond|reply) to (?:a |multiple |several )?(?:requests?|calls?|emails?|messages?)|did not (?:immediately )?return (?:a |multiple )?(?:requests?|calls?|emails?|messages?)|could not (?:immediately )?be reached|unavailable for comment|(?:had|has) no comment|(?:has|have) not (?:yet )?(?:commented|responded))\b/;

/** "…, Reuters reported.": a cue that needs its source written as a name holds in this sentence. */
export function namedAsWritten(cue: AttributionCue, text: string): boolean {
  return !cue.named || NAMED_REPORTER.test(text);
}

// "…, Reuters reported.", "…, the New York Times reported on Sunday." as the text writes it
const NAMED_REPORTER = /,\s(?:the )?\p{Lu}[\w.&'’-]*(?: \p{Lu}[\w.&'’-]*){0,3} (?:reported|reports)(?: (?:on|late|earlier) \w+)?[.!]?["”]?$/u;

// "Apple reportedly to buy Beats", "Star allegedly split"
const REPORTED_HEADLINE = /\b(?:reportedly|allegedly|purportedly|rumou?red|rumou?rs?)\b/i;

const PREFILTER = anyCue(ATTRIBUTION_CUES);
const CAP = 3;
// words after a trailing attribution: ", people familiar with the talks say." is short
const TRAILING_WORDS = 10;

/**
 * Where the story rests what the headline states as fact on unnamed people, rumours, another
 * outlet's report or one person's word. Ordinary attribution to a named person or body is
 * reporting, not a qualification; the cue must govern the clause that carries the claim.
 */
export function detectAttribution(ctx: QualifyContext): Finding[] {
  // a headline that already gives the claim as others' word ("sources say", "report:",
  // "reportedly") has told the reader as much; one that only says "may" has not said on whose word
  if (ctx.claim.attribution !== null || REPORTED_HEADLINE.test(ctx.claim.headline)) return [];
  const out: Finding[] = [];
  for (const i of sentencesMatching(ctx.body, PREFILTER)) {
    const folded = ctx.body.folded[i]!;
    const anaphora = refersToClaim(folded, ctx.topical);
    if (!nearClaim(ctx, i) && !anaphora) continue;
    let best: { cue: Cue; weight: number } | null = null;
    for (const cue of ATTRIBUTION_CUES) {
      const m = cue.pattern.exec(folded);
      if (!m || !namedAsWritten(cue, ctx.sentences[i]!.text)) continue;
      const span = cue.whole ? { start: 0, end: folded.length } : sourcedSpan(folded, m.index, m.index + m[0].length);
      const b = bearingOfSpan(ctx, i, span);
      // "the figures come from its own tests": a sourced span that stands for the claim itself
      const standsFor = refersToClaim(folded.slice(span.start, span.end), ctx.topical);
      if (!restatesClaim(ctx, b, i) && !standsFor) continue;
      const weight = standsFor && !restatesClaim(ctx, b, i) ? 0.8 : 0.55 + 0.45 * Math.min(1, b.coverage / 0.7);
      if (!best || cue.strength * weight > best.cue.strength * best.weight) best = { cue, weight };
    }
    if (!best) continue;
    const part = wholeClaim(ctx.claim);
    out.push(
      makeFinding(ctx.sentences[i]!, 'attribution', {
        headlinePart: part,
        explanation: `The headline states "${part}" as fact, but the article ${best.cue.says}: "${clauseFrom(ctx.sentences[i]!.text, 0)}".`,
        strength: best.cue.strength * best.weight,
      }),
    );
  }
  if (out.length > 0) out.push(...noComment(ctx, out));
  return out.sort((a, b) => b.strength - a.strength).slice(0, CAP);
}

/**
 * What the source is given for: the clause before ", according to…" or a trailing ", a source
 * said", the clause after a leading "According to…,", what follows "sources told Reuters…".
 */
export function sourcedSpan(folded: string, start: number, end: number): Span {
  // ", the Financial Times reported." matched from its comma
  if (folded[start] === ',') return { start: 0, end: start };
  const according = folded.lastIndexOf('according to', start);
  const from = according >= 0 && start - according <= 24 ? according : start;
  const before = folded.slice(0, from);
  const after = folded.slice(end).trim().split(/\s+/).filter(Boolean).length;
  // "…, according to two people familiar with the matter, adding…", "…, a source said.",
  // "…, three people familiar with the matter said" (a count or two before the source's noun)
  if (/,\s*(?:["”'’]\s*)?(?:[a-z0-9-]+\s+){0,2}$/.test(before) && (from !== start || after <= TRAILING_WORDS)) return { start: 0, end: before.lastIndexOf(',') };
  // "According to fan site MakingStarWars.net, rumors abound that…"
  if (/^\W*$/.test(before)) {
    const comma = folded.indexOf(',', end);
    if (from !== start && comma > 0) return { start: comma + 1, end: folded.length };
  }
  // "Oil fell after sources told Reuters that Russia is unlikely to…": only what they told
  const said = /\b(?:say|says|said|told|tell|tells|claim|claimed|suggest|suggested|confirmed|revealed|abound|learned)\b/.exec(folded.slice(start, end + 40));
  return { start: said ? start + said.index + said[0].length : end, end: folded.length };
}

/**
 * "A spokesperson for the company declined to comment": worth showing beside an unnamed source,
 * when the one who would not confirm is whom the claim is about.
 */
function noComment(ctx: QualifyContext, sourced: Finding[]): Finding[] {
  const subject = ctx.frame.terms.filter((t) => t.subject).map((t) => t.token);
  if (subject.length === 0) return [];
  const strongest = Math.max(...sourced.map((f) => f.strength));
  const out: Finding[] = [];
  for (const i of sentencesMatching(ctx.body, NO_COMMENT)) {
    const folded = ctx.body.folded[i]!;
    const m = NO_COMMENT.exec(folded)!;
    const who = bearingOfSpan(ctx, i, leftScope(folded, m.index));
    const tokens = ctx.body.tokens[i]!;
    if (who.count === 0 || !subject.some((t) => tokens.has(t))) continue;
    out.push(
      makeFinding(ctx.sentences[i]!, 'attribution', {
        headlinePart: ctx.claim.subject ?? wholeClaim(ctx.claim),
        explanation: `Those the headline is about did not confirm it: "${clauseFrom(ctx.sentences[i]!.text, 0)}".`,
        strength: Math.min(0.45, strongest * 0.7),
      }),
    );
  }
  return out;
}

/*
 Built from sentences such as:
 - The attorney general is investigating WeWork, according to two people familiar with the matter.
 - Apple plans a new MacBook Pro in 2020, according to industry sources cited by DigiTimes.
 - Mugabe is insisting he finishes his term, a source said.
 - Law enforcement sources tell TMZ the dress was taken from her room.
 - According to fan site MakingStarWars.net, rumors abound that Lucasfilm might re-release the cuts.
 - An Alibaba spokesperson declined to comment. (beside an unnamed source, Alibaba the subject)
 Near misses: "Austria's interior minister said on Tuesday" (a named source); "Oil fell after
 sources told Reuters that Russia is unlikely to cut output" (the source governs only what
 Russia will do); "According to the website, the name of the bar is Oxy Pure"; "WeWork
 declined to comment on the report" with no unnamed source shown; a headline that already
 says "reportedly".
*/
