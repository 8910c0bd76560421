import { BEFORE_NUMBER, MAY_END, SENTENCE_STARTERS, TITLES } from './abbreviations';

// a candidate end: ".", "?", "!" or "...", then closing quotes or brackets, then a space
const END = /([.?!]+)(["'\u201D\u2019)\]]*)(\s+)/g;

/**
 * Splits a paragraph into sentences with regular expressions only: cheap enough to run over
 * every paragraph of every body. Keeps "Mr. Trump", "U.S. sanctions", "No. 5", "3.5%" and
 * "Jan. 5" whole, and ends a sentence after a closing quote ("... cancel them." He said).
 */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  if (!text) return [];
  const out: string[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const endOfMark = m.index + m[1]!.length + m[2]!.length;
    const next = text.slice(m.index + m[0].length);
    if (!isBoundary(text, m.index, m[1]!, m[2]!, next)) continue;
    const sentence = text.slice(start, endOfMark).trim();
    if (sentence) out.push(sentence);
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

function isBoundary(text: string, at: number, mark: string, closers: string, next: string): boolean {
  const nextChar = next.charAt(0);
  // "e.g. this", "said no. and" -> a lower-case continuation is never a new sentence
  if (!/[\p{Lu}\p{N}"'\u201C\u2018(\[]/u.test(nextChar)) return false;
  if (mark !== '.' || closers) return true;
  const word = wordBefore(text, at);
  const lower = word.toLowerCase();
  const nextWord = (next.match(/^["'\u201C\u2018(]*([\p{L}\p{N}]+)/u)?.[1] ?? '').toLowerCase();
  // "Mr. Trump", "Dr. Fauci"
  if (TITLES.has(lower)) return false;
  // "No. 1" but "He said no. The ..."
  if (BEFORE_NUMBER.has(lower)) return !/^\d/.test(nextChar);
  // "J. Edgar Hoover", "George W. Bush"
  if (/^\p{Lu}$/u.test(word)) return SENTENCE_STARTERS.has(nextWord);
  // "U.S.", "a.m.", "Inc.", "Jan.": end only when the next word plainly starts a sentence
  if (/\p{L}\.\p{L}/u.test(word) || MAY_END.has(lower)) {
    if (/^\d/.test(nextChar)) return false;
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

/** The word (letters and inner dots) right before position `at`. */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text.charAt(i - 1))) i--;
  return text.slice(i, at).replace(/^\.+/, '');
}
