import type { NoteKind, NotePlacement } from '../types';
import { textIn } from './blocks';
import { dateIn } from './dates';
import { splitInlineNotes, wholeBracketedNote } from './inline-notes';
import { mayHoldNote, NOTE_CLASS, noteKindOf, noteKindOfClass } from './note-kinds';
import { descendants, matchesSelector, selectAll, selectFirst } from './select';
import { SITE_RULES } from './site-rules';
import { holdsStory } from './story-region';
import { fold, namesOf, similarity, words } from './text';

type Json = Record<string, unknown>;

export interface FoundNote {
  kind: NoteKind;
  text: string;
  date: string | null;
  /** The original page element holding the note; null for notes only in JSON-LD. */
  element: Element | null;
  /** Where the story's paragraphs put it ('inline' inside one); null when its element's place decides. */
  placement: NotePlacement | null;
}

/** Regions whose notes belong to other stories or to readers: related lists, comments, menus. */
const ELSEWHERE = 'nav, [role="navigation"], [class*="related" i], [class*="comment" i], [id*="comment" i], [class*="recirc" i], [class*="more-stories" i], [class*="recommend" i], [class*="promo" i], [class*="teaser" i], [class*="sidebar" i]';
/** Paragraph-like elements a note can be written in. */
const PARAGRAPHS = 'p, li, blockquote, dd, h2, h3, h4, h5, h6, div, section, aside, td';
const BLOCK_CHILD = /^(P|DIV|SECTION|ASIDE|ARTICLE|UL|OL|TABLE|BLOCKQUOTE|H[1-6]|FIGURE|HEADER|FOOTER)$/;

/** Two texts of one note: the page's box and its JSON-LD copy, or a box and the bracket it holds. */
export function isSameNote(a: string, b: string): boolean {
  return similarity(a, b) >= 0.6 || a.includes(b) || b.includes(a);
}

/** Share of an element's text that is link text: high for lists of other stories. */
function linkShare(el: Element, length: number): number {
  const linked = selectAll(el, 'a').reduce((n, a) => n + fold(a.textContent).length, 0);
  return length ? linked / length : 0;
}

/** Words of a dateline: "Updated: Sat 8:31 PM, Feb 17, 2018" holds no others. */
const DATE_WORD = /^(?:\d+|[ap]m|[a-z]{0,2}t|gmt|utc|bst|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*)$/;

/** A note needs words of its own beyond the label and date: "Updated March 3" alone is a dateline. */
function hasBody(text: string): boolean {
  return words(text.replace(/^[^:—–]{0,60}[:—–]/, '')).filter((w) => !DATE_WORD.test(w)).length >= 4 && text.length <= 2000;
}

/**
 * Whether an element sits in an ELSEWHERE region. The regions are found in one pass over the
 * body's elements and each answer is kept, so every element's ancestors are walked at most once in all.
 */
function elsewhereTest(body: Element, elements: Element[]): (el: Element) => boolean {
  const regions = new Set(selectAll(body, ELSEWHERE, elements));
  const known = new Map<Element, boolean>();
  for (let top: Element | null = body; top; top = top.parentElement) known.set(top, matchesSelector(top, ELSEWHERE) && !holdsStory(top));
  return (el) => {
    const chain: Element[] = [];
    let node: Element | null = el;
    while (node && !known.has(node)) {
      // A link's text names another story: "Correction: the bus lane that wasn't".
      if (node.tagName === 'A') {
        known.set(node, true);
        break;
      }
      // Whether a region holds the story is asked only of the regions notes are looked for in.
      if (regions.has(node)) {
        known.set(node, !holdsStory(node));
        break;
      }
      chain.push(node);
      node = node.parentElement;
    }
    const inside = node ? known.get(node)! : false;
    for (const passed of chain) known.set(passed, inside);
    return inside;
  };
}

/** A paragraph-like element holding only text and inline elements. */
function holdsNoBlock(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (BLOCK_CHILD.test(child.tagName)) return false;
  return true;
}

function candidateText(el: Element, elsewhere: (el: Element) => boolean): string | null {
  if (elsewhere(el)) return null;
  // The element's own text, read through its children: textIn skips an <aside> as a whole,
  // and a note may be written in one.
  const text = fold(Array.from(el.childNodes, textIn).join(''));
  return hasBody(text) && linkShare(el, text.length) < 0.6 ? text : null;
}

function timeIn(el: Element): string | null {
  return selectFirst(el, 'time[datetime]')?.getAttribute('datetime') ?? null;
}

/**
 * Every update, correction, clarification, editor's note or retraction the page carries as a box
 * or paragraph of its own. Notes in brackets inside story text are taken with the story's paragraphs.
 */
export function findNotes(doc: Document, ld: Json | null, pageDate: string | null): FoundNote[] {
  const found: FoundNote[] = [];
  const taken: Element[] = [];
  const inTaken = (el: Element) => taken.some((t) => t === el || t.contains(el) || el.contains(t));
  const add = (el: Element, text: string, kind: NoteKind) => {
    found.push({ kind, text, date: timeIn(el) ?? dateIn(text, pageDate), element: el, placement: null });
    taken.push(el);
  };
  if (!doc.body) return found;
  // Every query below reads this one walk of the body.
  const elements = descendants(doc.body);
  const elsewhere = elsewhereTest(doc.body, elements);
  // Boxes named as notes, outermost first.
  const named = elements.filter((el) => el.hasAttributes() && NOTE_CLASS.test(namesOf(el)));
  for (const selector of SITE_RULES.notes) {
    try {
      named.push(...selectAll(doc.body, selector, elements));
    } catch {
      // A selector this DOM cannot parse finds nothing.
    }
  }
  for (const el of named) {
    if (inTaken(el) || /^(TIME|A|BUTTON|BODY|HTML|ARTICLE|MAIN|SCRIPT|STYLE)$/.test(el.tagName)) continue;
    const text = candidateText(el, elsewhere);
    const bracketed = text ? wholeBracketedNote(text) : null;
    if (text) add(el, bracketed?.text ?? text, bracketed?.kind ?? noteKindOf(text) ?? noteKindOfClass(namesOf(el)));
  }
  for (const el of selectAll(doc.body, PARAGRAPHS, elements)) {
    if (!holdsNoBlock(el) || !mayHoldNote(el.textContent ?? '') || inTaken(el)) continue;
    const text = candidateText(el, elsewhere);
    if (!text) continue;
    const bracketed = wholeBracketedNote(text);
    // "[Clarification: …] The council voted…" opens as a note but is story text holding one.
    const kind = bracketed?.kind ?? (splitInlineNotes(text).notes.length ? null : noteKindOf(text));
    if (kind) add(el, bracketed?.text ?? text, kind);
  }
  for (const note of ldNotes(ld, pageDate)) {
    const same = found.find((f) => isSameNote(f.text, note.text));
    if (same) same.date ??= note.date;
    else found.push(note);
  }
  return found;
}

/** schema.org `correction`: a string, a CorrectionComment {text, datePublished}, or a list. */
function ldNotes(ld: Json | null, pageDate: string | null): FoundNote[] {
  const raw = ld?.correction;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.flatMap((item): FoundNote[] => {
    const obj = (typeof item === 'object' && item ? item : {}) as Json;
    const text = fold(typeof item === 'string' ? item : String(obj.text ?? obj.description ?? ''));
    if (!text) return [];
    const date = typeof obj.datePublished === 'string' ? obj.datePublished : dateIn(text, pageDate);
    return [{ kind: noteKindOf(text) ?? 'correction', text, date, element: null, placement: null }];
  });
}
