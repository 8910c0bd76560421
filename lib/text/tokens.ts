import { STOPWORDS } from './stopwords';
import { stem } from './stem';

// words, numbers with inner dots or commas ("3.5", "1,200"), inner apostrophes kept
// letters keep their combining marks: "İstanbul" lower-cases to i + U+0307 + stanbul
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.,'\u2019][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

// "won't" -> will, not "wo"
const IRREGULAR_NEGATIVES: Record<string, string> = { "won't": 'will', "can't": 'can', "shan't": 'shall', 'won’t': 'will', 'can’t': 'can' };

/** Lower-cased words of a text, as written (no stemming, stopwords kept). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

// a word's token is the same wherever it appears: remember it (bounded, cleared when full)
const MEMO = new Map<string, string | null>();
const MEMO_LIMIT = 50_000;

/**
 * Content tokens: lower-cased, stopwords removed, lightly stemmed; possessive "'s" dropped.
 * Pure and fast: used for overlap between a headline and every sentence of a body.
 */
export function contentTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of words(text)) {
    let token = MEMO.get(raw);
    if (token === undefined) {
      token = tokenOf(raw);
      if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
      MEMO.set(raw, token);
    }
    if (token !== null) out.push(token);
  }
  return out;
}

function tokenOf(raw: string): string | null {
  let w = IRREGULAR_NEGATIVES[raw] ?? raw;
  // "he'll" -> he, "Trump's" -> trump, "doesn't" -> does
  if (w.includes("'") || w.includes('\u2019')) w = w.replace(/n['\u2019]t$|['\u2019](?:s|ll|re|ve|d|m)$/, '').replace(/['\u2019]/g, '');
  const numeric = /\d/.test(w);
  if (numeric) w = w.replace(/,/g, '');
  if ((w.length < 2 && !numeric) || STOPWORDS.has(w)) return null;
  return numeric ? w : stem(w);
}
