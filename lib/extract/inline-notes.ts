import type { NoteKind } from '../types';
import { noteKindOf } from './note-kinds';
import { fold } from './text';

/** A note written in brackets inside a paragraph: "[Clarification: …]", "(Editor's note: …)". */
export interface InlineNote {
  kind: NoteKind;
  text: string;
}

/** The label a bracketed note opens with; noteKindOf then decides whether what follows reads as one. */
const LABEL = String.raw`(?:update[sd]?|correct(?:ion|ed)|clarification|editor[’'\`]?s['’]? note|editors['’]? note|retraction)\b`;
// "[Clarification: An earlier version…]": square brackets hold anything but their own closing mark
const SQUARE = String.raw`\[\s*(${LABEL}[^\]]{10,800})\]`;
// "(Editor's note: The council (which has nine members) met…)": round ones may nest one level deep
const ROUND = String.raw`\(\s*(${LABEL}(?:[^()]|\([^()]*\)){10,800})\)`;
const BRACKETED = new RegExp(`${SQUARE}|${ROUND}`, 'gi');
const LETTER = /[\p{L}\p{N}]/u;
/** Where a note was cut out, so only the spaces left there are tidied. */
const CUT = '\u0000';
const CUT_BEFORE_STOP = /\s*\u0000+\s*(?=[.,;:!?)]|$)/g;

/**
 * A paragraph's story text and the bracketed notes taken out of it. A bracket is a note only when
 * its text opens as one: "(updated figures show a rise)" and "[sic]" stay story text.
 */
export function splitInlineNotes(text: string): { text: string; notes: InlineNote[] } {
  if (!text.includes('[') && !text.includes('(')) return { text, notes: [] };
  const notes: InlineNote[] = [];
  const rest = text.replace(BRACKETED, (bracket: string, square?: string, round?: string) => {
    const inner = fold(square ?? round);
    const kind = noteKindOf(inner);
    if (!kind) return bracket;
    notes.push({ kind, text: inner });
    return CUT;
  });
  if (!notes.length) return { text, notes };
  // "…within weeks [Clarification: …]." keeps no space before its stop
  return { text: fold(rest.replace(CUT_BEFORE_STOP, '').replaceAll(CUT, ' ')), notes };
}

/** The note a text is, when it is one bracketed note and nothing more: "[Correction: …]". */
export function wholeBracketedNote(text: string): InlineNote | null {
  const split = splitInlineNotes(text);
  return split.notes.length === 1 && !LETTER.test(split.text) ? split.notes[0] : null;
}
