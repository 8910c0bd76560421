import type { Finding, NoteKind } from '../types';
import type { QualifyContext, SentenceRef } from './context';
import { type Cue, strongestCue } from './cue';
import { clauseFrom, makeFinding } from './finding';
import { headlinePartFor, wholeClaim } from './headline-part';

const CUES: Cue[] = [
  // "An earlier version of this article incorrectly reported ..." -> corrects
  { pattern: /\b(?:incorrectly|erroneously|mistakenly|wrongly|inaccurately|falsely)\b/, strength: 0.85, says: 'corrects' },
  // "the sanctions he was referring to were not the sanctions announced Thursday" -> contradicts
  { pattern: /\b(?:were|was|is|are|did|does|do|has|have|had) not\b|\b(?:isn't|wasn't|weren't|aren't|didn't|doesn't|hasn't|haven't)\b/, strength: 0.8, says: 'contradicts' },
  // "the plan has been withdrawn", "the story has been retracted" -> contradicts
  { pattern: /\b(?:retract|withdr[ae]w|withdrawn|rescind|reversed course|walked back|no longer)\w*/, strength: 0.8, says: 'contradicts' },
  // "in fact", "actually", "rather than", "instead" -> corrects
  { pattern: /\b(?:in fact|actually|rather than|instead of|instead|contrary to)\b/, strength: 0.7, says: 'corrects' },
  // "the ban applies only to ..." -> narrows
  { pattern: /\b(?:only|solely|limited to|applies to|refers to|referring to|referred to|meant|clarif\w*)\b/, strength: 0.6, says: 'narrows' },
  // "it is unclear which sanctions" -> casts doubt on
  { pattern: /\b(?:unclear|uncertain|not clear|could not be (?:independently )?(?:verified|confirmed)|unconfirmed)\b/, strength: 0.6, says: 'casts doubt on' },
  // "the headline has been changed" -> corrects
  { pattern: /\bheadline\b/, strength: 0.7, says: 'corrects' },
];

// "This story has been updated with additional reporting." carries no claim of its own
const BOILERPLATE =
  /\b(?:has been|was|have been|is being) updated (?:with|to (?:include|add|reflect)|throughout)\b|\b(?:additional|further|more|new) (?:reporting|details|information|comment|context|background)\b|\bthis (?:is a )?(?:developing|breaking) story\b|\bcheck back\b/;

const KIND_WORDS: Record<NoteKind, string> = {
  update: 'An update to the article',
  correction: 'A correction to the article',
  clarification: 'A clarification to the article',
  'editors-note': "An editor's note",
  retraction: 'A retraction notice',
};

const CAP = 3;

/** Where an update, correction or editor's note contradicts, corrects or narrows the headline. */
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
  const shared = ctx.shared[ref.index]!;
  const kind = ref.noteKind ?? 'update';
  const label = KIND_WORDS[kind];
  const part = shared.length > 0 ? headlinePartFor(ctx.claim, shared) : wholeClaim(ctx.claim);
  const quoted = clauseFrom(ref.text, 0, 200).replace(/^(?:update|updated|correction|clarification|editor'?s'? note|retraction)\s*[:.-]\s*/i, '');
  // a retraction withdraws the story, whatever it says
  if (kind === 'retraction') {
    return makeFinding(ref, 'note', {
      headlinePart: ctx.claim.headline,
      explanation: `${label} withdraws the story: "${quoted}". The headline's claim no longer stands on this article.`,
      strength: 0.95,
    });
  }
  const boilerplate = BOILERPLATE.test(folded);
  const hit = strongestCue(folded, CUES);
  if (shared.length === 0) {
    // a correction of some other detail: worth a mention only when it says what was wrong
    if (boilerplate || !hit || kind === 'update') return null;
    return makeFinding(ref, 'note', {
      headlinePart: wholeClaim(ctx.claim),
      explanation: `${label} changes a detail of the story: "${quoted}". It does not name what the headline claims, so it may not touch it.`,
      strength: 0.2,
    });
  }
  if (!hit) {
    if (boilerplate) return null;
    const base = kind === 'correction' || kind === 'clarification' ? 0.5 : 0.3;
    return makeFinding(ref, 'note', {
      headlinePart: part,
      explanation: `${label} adds: "${quoted}". Read it beside the headline's "${part}".`,
      strength: base + 0.05 * Math.min(shared.length, 3),
    });
  }
  const weight = Math.min(1, 0.7 + 0.1 * shared.length);
  return makeFinding(ref, 'note', {
    headlinePart: part,
    explanation: `${label} says ${lowerFirst(quoted)}. This ${hit.cue.says} the headline's "${part}".`,
    strength: hit.cue.strength * weight,
  });
}

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
 Near misses: "This story has been updated with additional reporting."; "An earlier version
 misspelled the name of a witness." (a correction that names nothing the headline claims).
*/
