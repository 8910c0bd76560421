import { cueCounts, type CueGroup } from './cues';
import type { Idf } from './idf';
import { contentStems, lowerWords, namesIn, numbersIn } from './words';

/** A headline read once for the stance features. */
export interface StanceHeadline {
  text: string;
  words: string[];
  /** Distinct content stems, in headline order. */
  stems: string[];
  weights: number[];
  weightSum: number;
  vector: Map<string, number>;
  norm: number;
  bigrams: string[];
  names: string[];
  numbers: string[];
  cues: Record<CueGroup, number>;
  question: boolean;
  quoted: boolean;
}

export function prepareStanceHeadline(text: string, idf: Idf): StanceHeadline {
  const words = lowerWords(text);
  const all = contentStems(words);
  const stems = [...new Set(all)];
  const weights = stems.map(idf);
  const vector = new Map<string, number>();
  let sq = 0;
  stems.forEach((s, i) => {
    vector.set(s, weights[i]);
    sq += weights[i] * weights[i];
  });
  const bigrams: string[] = [];
  for (let i = 1; i < all.length; i++) bigrams.push(all[i - 1] + ' ' + all[i]);
  return {
    text,
    words,
    stems,
    weights,
    weightSum: weights.reduce((a, b) => a + b, 0),
    vector,
    norm: Math.sqrt(sq),
    bigrams,
    names: [...new Set(namesIn(text))],
    numbers: [...new Set(numbersIn(text))],
    cues: cueCounts(words),
    question: /\?\s*$/.test(text.trim()),
    quoted: /["“”‘’']\s*[\p{L}]/u.test(text) && /["“”]/.test(text),
  };
}
