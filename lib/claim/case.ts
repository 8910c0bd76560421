import { LEXICON } from '../nlp/load';
import { STOPWORDS } from '../text/stopwords';

/**
 * Headlines written In Title Case make every word look like a name. When most longer words are
 * capitalised, ordinary dictionary words are lower-cased so the tagger sees the sentence it would
 * in running text; unknown words ("Trump", "Mosul") keep their capitals.
 */
export function unTitleCase(headline: string): string {
  const longWords = headline.match(/\b[\p{L}][\p{L}'-]{3,}/gu) ?? [];
  const capitalised = longWords.filter((w) => /^\p{Lu}/u.test(w));
  if (longWords.length < 3 || capitalised.length / longWords.length < 0.7) return headline;
  let first = true;
  return headline.replace(/[\p{L}][\p{L}'-]*/gu, (word) => {
    const isFirst = first;
    first = false;
    if (isFirst || !/^\p{Lu}\p{Ll}/u.test(word)) return word;
    const lower = word.toLowerCase();
    return isOrdinaryWord(lower) ? lower : word;
  });
}

// "new", "sanctions", "reversed", "parting": known words that are not names
export function isOrdinaryWord(lower: string): boolean {
  const base = lower.replace(/'s$/, '');
  if (STOPWORDS.has(base) || /^(he|she|it|they|we|i|you)'/.test(base)) return true;
  // "Sanctions", "Agreement", "Killings": common-noun endings names rarely have
  if (/(tions?|ments?|ness|ities|ity|ances?|ences?|isms?|ings|ists)$/.test(base) && base.length > 6) return true;
  for (const form of [base, base.replace(/s$/, ''), base.replace(/es$/, ''), base.replace(/ies$/, 'y'), base.replace(/e?d$/, ''), base.replace(/ing$/, ''), base.replace(/ing$/, 'e')]) {
    const tag = LEXICON[form];
    if (tag && !PROPER_TAGS.test(tag)) return true;
  }
  return false;
}

const PROPER_TAGS = /Person|Place|Country|City|Region|Organization|ProperNoun|FirstName|LastName|Honorific|Demonym/;
