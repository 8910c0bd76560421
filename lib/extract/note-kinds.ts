import type { NoteKind } from '../types';

/**
 * What follows a note's label: "Update:", "CORRECTION (March 3) —", "Updated 7:45 PM ET",
 * "Updated 3/22/2019", "Correction, 16 March 2026:", "Clarification, June 11:", "Update, 3:45 p.m.:". A bare number is a version
 * ("Update 5.3 of the app"), not a note.
 */
const LABEL_END = String.raw`\s*(?:[:—–\-]|\(|\d{1,2}[:.]\d{2}\s*[ap]\.?m|\d{1,2}/\d{1,2}|\d{4}-\d|\s+(?:at|on)\s|,\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?)\s*[:—–\-])`;
/** A month's name, whole or cut short: "March", "Feb.", "Sept". */
const MONTH_NAME = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?`;
/**
 * A date written straight after the label, ending at a mark or a time: "Correction 3 March:",
 * "Update March 5:", "Updated March 5, 2021 at 4:15 PM ET".
 */
const LABEL_DATE = String.raw`\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}(?:\s+\d{4})?|${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)\s*(?:[:—–\-]|,?\s+(?:at\s+)?\d{1,2}[:.]\d{2})`;
/** Marks a note may open with: brackets, asterisks, bullets, dashes. */
const LEAD = String.raw`^[\s\[(*•·–—-]*`;
const label = (word: string) => new RegExp(String.raw`${LEAD}(?:${word})(?:${LABEL_END}|${LABEL_DATE})`, 'i');
const opening = (rest: string) => new RegExp(LEAD + rest, 'i');

/** "was made on", "has been appended to this article": a note about this story, not news of another's. */
const NOTE_MADE = String.raw`(?:was|has been) (?:made|appended|added) (?:(?:on|at)\s|to this (?:article|story|post|report|piece)\b)`;

/** How a note opens, checked in order; the first match gives its kind. */
const OPENINGS: [RegExp, NoteKind][] = [
  // "Retraction: This article has been retracted"
  [label('retraction'), 'retraction'],
  // "This article has been retracted at the request of the authors."
  [opening(String.raw`this (?:article|story|post|report|paper) (?:has been|was|is being) retracted`), 'retraction'],
  // "Clarification: An earlier version of this story did not make clear…"
  [label('clarifications?(?: (?:appended|added))?'), 'clarification'],
  // "Correction (March 3): An earlier version misstated…", "Correction added March 3, 2025: A caption…"
  [label('corrections?(?: (?:appended|added))?|corrected'), 'correction'],
  // "Editor's note: This story was updated to include…"
  [label("editor[’']?s['’]? note|editors['’]? note|note from the editors?|note to readers"), 'editors-note'],
  // "UPDATE: A National Security Council official said…"  / "Updated 7:45 PM ET, March 22"
  [label('updated?|latest|developing'), 'update'],
  // "Updated to include a statement from the mayor." / "[Updated with comment from the police.]"
  [opening(String.raw`(?:updated|revised) (?:to (?:include|add|reflect|clarify|show|note|remove)|with (?:comments?|a statement|statements|a response|details|information|the latest|additional reporting))\b`), 'update'],
  // "Corrected to show that the vote was 5-4."
  [opening(String.raw`corrected to (?:show|reflect|say|note|clarify|remove|fix)\b`), 'correction'],
  // "A correction was made on Feb. 4, 2023: An earlier version of this article misstated…"
  [opening(String.raw`an? correction ${NOTE_MADE}`), 'correction'],
  // "A clarification was made on Feb. 4, 2023: …"
  [opening(String.raw`an? clarification ${NOTE_MADE}`), 'clarification'],
  // "An update was made on Feb. 4, 2023: The mayor responded after publication."
  [opening(String.raw`an update ${NOTE_MADE}`), 'update'],
  // "This story has been corrected to show…"
  [opening(String.raw`this (?:article|story|post|report|piece|item|headline) (?:has been|was|is being) (?:corrected|amended)`), 'correction'],
  // "This story has been updated to include a statement from the company."
  [opening(String.raw`this (?:article|story|post|report|piece|item|headline) (?:has been|was|is being|will be) (?:updated|revised|changed)`), 'update'],
  // "We have corrected this article to show that the vote was 5-4."
  [opening(String.raw`we(?: have|['’]ve)? (?:corrected|amended) this (?:article|story|post|report|piece)`), 'correction'],
  // "We've updated this story with the final results."
  [opening(String.raw`we(?: have|['’]ve)? (?:updated|revised) this (?:article|story|post|report|piece)`), 'update'],
  // "The headline of this article has been changed to reflect…": what the reader was first told is gone
  [opening(String.raw`(?:the |this )?headline(?: and (?:the )?[a-z]+(?: [a-z]+)?)? (?:of|on) this (?:article|story|post|report|piece) (?:has|have|was|were) (?:been )?(?:changed|updated|revised|amended|edited)`), 'update'],
  // "This article's headline has been updated."
  [opening(String.raw`this (?:article|story|post|report|piece)['’]s headline (?:has been|was) (?:changed|updated|revised|amended|edited)`), 'update'],
  // "An earlier version of this story did not make clear…"
  [opening(String.raw`(?:an? )?(?:earlier|previous|prior) version of this (?:article|story|post|report|piece|headline)[^.]*(?:clarif|make clear|unclear)`), 'clarification'],
  // "An earlier version of this article misstated the date of the vote."
  [opening(String.raw`(?:an? )?(?:earlier|previous|prior) version of this (?:article|story|post|report|piece|headline|graphic)`), 'correction'],
  // "This article originally stated that the mayor would resign."
  [opening(String.raw`this (?:article|story|post|report|piece) (?:originally|previously|incorrectly|wrongly) (?:stated|said|reported|misstated|gave|named|identified)`), 'correction'],
  // Wire services: "(This story corrects the spelling of…)", "(Corrects headline to say…)"
  [opening(String.raw`(?:this (?:story|article|version) corrects|\(\s*corrects\s)`), 'correction'],
  // Wire services: "(Updates with comments from the ministry)", "(Adds details in paragraphs 3-5)"
  [/^\s*\(\s*(?:updates|adds|recasts|rewrites|refiles)\s[^()]{0,60}\b(?:in|to) (?:paragraphs?|paras?|grafs?|lead|headline|top)\b[^()]*\)\s*$|^\s*\(\s*(?:updates|adds|recasts|rewrites|refiles)\s(?:with|throughout|details|quotes?|comments?|background|byline|paragraph|graphic|headline|link)/i, 'update'],
  // "Because of an editing error, an earlier version…"
  [opening(String.raw`(?:because of|due to) an? (?:editing|reporting|production) error`), 'correction'],
];

/** Words of every bracketed note and of most openings: "update", "correction", "editor's note", "earlier version". */
const NOTE_WORDS = /updat|correct|clarif|editor|retract|version|amended|error|latest|developing/i;
/** Words only some OPENINGS hold, looked for near the start: "(Adds …)", "(Recasts …)", "originally stated", "Note: …". */
const OPENING_WORDS = /revised|changed|note to readers|note\s*:|\(\s*(?:adds|recasts|rewrites|refiles)\b|originally|previously|incorrectly|wrongly/i;
/** How far into a text its opening words are looked for: well past any label and date. */
const OPENING_REACH = 120;

/** Whether a text may hold a note: a cheap test before the full ones. */
export function mayHoldNote(text: string): boolean {
  return NOTE_WORDS.test(text) || OPENING_WORDS.test(text.trimStart().slice(0, OPENING_REACH));
}

/** The kind of note a text opens as, or null for ordinary article text. */
export function noteKindOf(text: string): NoteKind | null {
  for (const [pattern, kind] of OPENINGS) if (pattern.test(text)) return kind;
  // "Note: This article has been updated to include…" is read by what follows the bare label.
  const noted = /^[\s*]*note\s*:\s*(?=this )/i.exec(text);
  return noted ? noteKindOf(text.slice(noted[0].length)) : null;
}

/** Words in a box's class or id that mark it as a note: "correction-box", "editors-note". */
export const NOTE_CLASS = /correction|clarification|retraction|editor-?s?-?note|editorsnote|article-note|update-note|updatenote|article-update|story-update|post-update|\bupdate\b|\bupdates\b|article__note/;

/** The kind a note box's class or id names, when its text doesn't say. */
export function noteKindOfClass(names: string): NoteKind {
  if (/retraction/.test(names)) return 'retraction';
  if (/clarification/.test(names)) return 'clarification';
  if (/correction/.test(names)) return 'correction';
  if (/editor/.test(names)) return 'editors-note';
  return 'update';
}
