import type { Finding, NoteKind } from '../types';
import type { QualifyContext, SentenceRef } from './context';
import { type Cue, strongestCue } from './cue';
import { clauseFrom, makeFinding } from './finding';
import { wholeClaim } from './headline-part';

/** A note cue and what it does to the headline's claim when the note bears on it. */
interface NoteCue extends Cue {
  effect: 'contradicts' | 'qualifies';
}

const CUES: NoteCue[] = [
  // "An earlier version of this article incorrectly reported ..." -> corrects
  { pattern: /\b(?:incorrectly|erroneously|mistakenly|wrongly|inaccurately|falsely)\b/, strength: 0.85, says: 'corrects', effect: 'contradicts' },
  // "the sanctions he was referring to were not the sanctions announced Thursday" -> contradicts
  { pattern: /(?<!\b(?:who|that|which)\s(?:\w+\s)?)\b(?:were|was|is|are|did|does|do|has|have|had|will|would) not\b|\b(?:isn't|wasn't|weren't|aren't|didn't|doesn't|hasn't|haven't|won't|wouldn't)\b/, strength: 0.8, says: 'contradicts', effect: 'contradicts' },
  // "the plan has been withdrawn", "the story has been retracted" -> contradicts
  { pattern: /\b(?:retract|withdr[ae]w|withdrawn|rescind|reversed course|walked back|no longer)\w*|\breversed (?:its|the|their|his|her) (?:decision|plan|plans|course|position)\b|\b(?:scrapped|dropped|abandoned|cancell?ed|called off|shelved) (?:its|the|their|his|her) (?:plan|plans|decision)\b/, strength: 0.8, says: 'contradicts', effect: 'contradicts' },
  // "in fact", "actually", "rather than", "instead" -> corrects
  { pattern: /\b(?:in fact|actually|rather than|instead of|instead|contrary to)\b/, strength: 0.7, says: 'corrects', effect: 'contradicts' },
  // "the company now says it expects 200 job cuts" -> revises
  { pattern: /\bnow (?:says?|said|expects?|plans?|estimates?|believes?|reports?)\b|\b(?:revised|updated) (?:figures?|estimates?|numbers?|totals?)\b/, strength: 0.7, says: 'revises', effect: 'qualifies' },
  // "the ban applies only to ...", "clarified that" -> narrows
  { pattern: /\b(?:only|solely|limited to|applies to|refers to|referring to|referred to|meant|clarif\w*)\b/, strength: 0.6, says: 'narrows', effect: 'qualifies' },
  // "it is unclear which sanctions" -> casts doubt on
  { pattern: /\b(?:unclear|uncertain|not clear|could not be (?:independently )?(?:verified|confirmed)|unconfirmed)\b/, strength: 0.6, says: 'casts doubt on', effect: 'qualifies' },
];

// "This story has been updated with additional reporting." carries no claim of its own
const BOILERPLATE =
  /\b(?:has been|was|have been|is being) updated (?:with|to (?:include|add|reflect)|throughout)\b|\b(?:additional|further|more|new) (?:reporting|details|information|comment|context|background)\b|\bthis (?:is a )?(?:developing|breaking) story\b|\bcheck back\b/;
// "the photo caption misidentified…", "corrects the spelling of the region": a side detail
const SIDE_DETAIL =
  /\b(?:captions?|photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?|spell(?:ing|ed|t)?|misspel\w*|byline|credit(?:ed)?|pronouns?|middle name|first name|last name|surname|job title|affiliation|typo(?:graphical)?|(?:date|day|time|age|location|title|hometown) of)\b/;
// "Editor's note: the writer is a member of the council": a note about the author, not the claim
const ABOUT_AUTHOR = /\b(?:is|was) (?:a|an|the) (?:former )?(?:member|contributor|columnist|fellow|professor|director|chair|author|adviser|advisor|consultant|board member)\b|\bdisclos(?:ure|es|ed)\b|\bthe (?:author|writer|columnist)\b/;
// "the headline has been changed", "an earlier headline said": the note is about the headline itself
const HEADLINE = /\bheadline\b/;

const KIND_WORDS: Record<NoteKind, string> = {
  update: 'An update to the article',
  correction: 'A correction to the article',
  clarification: 'A clarification to the article',
  'editors-note': "An editor's note",
  retraction: 'A retraction notice',
};

const CAP = 3;

/**
 * Where an update, correction or editor's note corrects, contradicts or narrows the headline.
 * Every note is shown to the reader as a note; it is a finding only when it bears on the claim:
 * it names what happened or the headline's figures or quoted words, or the headline itself.
 */
export function detectNote(ctx: QualifyContext): Finding[] {
  const out: Finding[] = [];
  for (const ref of ctx.sentences) {
    if (ref.source !== 'note') continue;
    const finding = judgeNoteSentence(ctx, ref);
    if (finding) out.push(finding);
  }
  return out.sort((a, b) => b.strength - a.strength).slice(0, CAP);
}

function judgeNoteSentence(ctx: QualifyContext, ref: SentenceRef): Finding | null {
  const folded = ctx.body.folded[ref.index]!;
  const kind = ref.noteKind ?? 'update';
  const label = KIND_WORDS[kind];
  const part = wholeClaim(ctx.claim);
  const quoted = clauseFrom(ref.text, 0, 200).replace(/^(?:update|updated|correction|clarification|editor'?s'? note|retraction)\s*[:.-]\s*/i, '');
  // a retraction withdraws the story, whatever it says
  if (kind === 'retraction') {
    return makeFinding(ref, 'note', {
      headlinePart: ctx.claim.headline,
      explanation: `${label} withdraws the story: "${quoted}". The headline's claim no longer stands on this article.`,
      strength: 0.95,
      effect: 'contradicts',
    });
  }
  if (BOILERPLATE.test(folded) || ABOUT_AUTHOR.test(folded)) return null;
  const aboutHeadline = HEADLINE.test(folded);
  const hit = strongestCue(folded, CUES) as { cue: NoteCue } | null;
  // "Correction: an earlier version incorrectly described the scope of the ordinance": a
  // correction of the story itself, naming no side detail, is about what it claims
  const corrects = kind !== 'update' && hit?.cue.effect === 'contradicts' && !SIDE_DETAIL.test(folded);
  if (!aboutHeadline && !corrects && !bearsOnClaim(ctx, ref.index)) return null;
  if (!hit) {
    // an update or editor's note that adds news is not a qualification; a correction that names the claim is
    if (kind === 'update' || kind === 'editors-note') return null;
    return makeFinding(ref, 'note', {
      headlinePart: part,
      explanation: `${label} changes what the article says of the claim: "${quoted}". Read it beside the headline's "${part}".`,
      strength: 0.5,
      effect: 'qualifies',
    });
  }
  // a clarification clarifies; a correction of the story's scope or figures narrows it
  const narrows = kind === 'clarification' || NARROWING.test(folded);
  const says = narrows && hit.cue.effect === 'contradicts' ? 'narrows' : hit.cue.says;
  return makeFinding(ref, 'note', {
    headlinePart: part,
    explanation: `${label} says ${lowerFirst(quoted)}. This ${says} the headline's "${part}".`,
    strength: hit.cue.strength,
    effect: narrows ? 'qualifies' : hit.cue.effect,
  });
}

// "incorrectly described the scope of the ordinance", "applies only to older vehicles"
const NARROWING = /\b(?:scope|extent|not all|not every|limited to|applies to|applies only)\b/;

/**
 * The note is about what the headline claims: it names two of the claim's words, or the
 * headline's figures, or what happened with words that narrow it ("the charge applies only to
 * older vehicles"); a note on a caption, a spelling or a date never is, whatever names it
 * repeats, and one that only repeats a word of the claim beside a "not" may be about anything
 * ("board members wanted to delay the decision, not to keep the rodeo").
 */
function bearsOnClaim(ctx: QualifyContext, index: number): boolean {
  const folded = ctx.body.folded[index]!;
  if (SIDE_DETAIL.test(folded)) return false;
  const figures = ctx.terms.figures.some((f) => ctx.body.tokens[index]!.has(f));
  const b = ctx.bearing[index]!;
  return figures || (b.event > 0 && (b.count >= Math.min(2, ctx.frame.terms.length) || NARROWING.test(folded) || SAYS_ONLY.test(folded)));
}

// "applies only to", "only in": a note that narrows, naming one word of the claim
const SAYS_ONLY = /\bonly\b/;

// "A National Security Council official said" reads on after "says"; names keep their capitals
function lowerFirst(text: string): string {
  return /^(?:A|An|The|This|That|These|Those|It|Its|Our|We|Some)\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/*
 Built from notes such as:
 - UPDATE: A National Security Council official said Friday that the sanctions President Trump
   was referring to in his tweet were not the sanctions announced Thursday by the Treasury Department.
 - Correction: An earlier version of this article incorrectly said the ban covered all imports.
 - Clarification: The policy applies only to new employees, not current staff.
 - Editor's note: This story has been retracted after the source recanted.
 - An earlier version of this story had a different headline.
 Near misses: "This story has been updated with additional reporting."; "This version corrects
 the spelling of the region to Tuva, not Tyva."; "An earlier version of this article misidentified
 the photographer in a caption." (a side detail, even when it names the headline's people).
*/
