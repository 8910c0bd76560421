import { STOPWORDS } from './stopwords';
import { stem } from './stem';

// words, numbers with inner dots or commas ("3.5", "1,200"), inner apostrophes dropped
const WORD = /[\p{L}\p{N}]+(?:[.,'\u2019][\p{L}\p{N}]+)*/gu;

/** Lower-cased words of a text, as written (no stemming, stopwords kept). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

// "won't" -> will, not "wo"
const IRREGULAR_NEGATIVES: Record<string, string> = { "won't": 'will', "can't": 'can', "shan't": 'shall', 'won’t': 'will', 'can’t': 'can' };

/**
 * Content tokens: lower-cased, stopwords removed, lightly stemmed; possessive "'s" dropped.
 * Pure and fast: used for overlap between a headline and every sentence of a body.
 */
export function contentTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of words(text)) {
    // "he'll" -> he, "Trump's" -> trump, "doesn't" -> does
    const w = (IRREGULAR_NEGATIVES[raw] ?? raw).replace(/n['\u2019]t$|['\u2019](?:s|ll|re|ve|d|m)$/, '').replace(/['\u2019]/g, '').replace(/,/g, '');
    if (w.length < 2 && !/\d/.test(w)) continue;
    if (STOPWORDS.has(w)) continue;
    out.push(/\d/.test(w) ? w : stem(w));
  }
  return out;
}
