import { CUE_NAMES, cueCounts, emptyCues, type CueGroup } from './cues';
import type { Idf } from './idf';
import { splitSentences } from '../text/sentences';
import { contentStems, lowerWords, namesIn, numbersIn } from './words';

/** One body sentence as the stance features read it. */
export interface StanceSentence {
  text: string;
  paragraph: number;
  words: string[];
  stems: Set<string>;
  /** Stem -> tf-idf weight. */
  vector: Map<string, number>;
  norm: number;
  cues: Record<CueGroup, number>;
}

/** A body read once, so that many headlines can be scored against it cheaply. */
export interface StanceBody {
  sentences: StanceSentence[];
  vector: Map<string, number>;
  norm: number;
  stems: Set<string>;
  bigrams: Set<string>;
  numbers: Set<string>;
  names: Set<string>;
  wordCount: number;
  cues: Record<CueGroup, number>;
}

export function prepareStanceBody(paragraphs: string[], idf: Idf): StanceBody {
  const sentences: StanceSentence[] = [];
  const tf = new Map<string, number>();
  const bigrams = new Set<string>();
  const numbers = new Set<string>();
  const names = new Set<string>();
  const allStems = new Set<string>();
  let wordCount = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    for (const n of numbersIn(paragraphs[p])) numbers.add(n);
    for (const n of namesIn(paragraphs[p])) names.add(n);
    for (const text of splitSentences(paragraphs[p])) {
      const words = lowerWords(text);
      wordCount += words.length;
      const stems = contentStems(words);
      const counts = new Map<string, number>();
      for (let i = 0; i < stems.length; i++) {
        counts.set(stems[i], (counts.get(stems[i]) ?? 0) + 1);
        tf.set(stems[i], (tf.get(stems[i]) ?? 0) + 1);
        allStems.add(stems[i]);
        if (i > 0) bigrams.add(stems[i - 1] + ' ' + stems[i]);
      }
      const { vector, norm } = weigh(counts, idf);
      sentences.push({ text, paragraph: p, words, stems: new Set(stems), vector, norm, cues: cueCounts(words) });
    }
  }
  const { vector, norm } = weigh(tf, idf);
  const cues = emptyCues();
  for (const s of sentences) for (const k of CUE_NAMES) cues[k] += s.cues[k];
  return { sentences, vector, norm, stems: allStems, bigrams, numbers, names, wordCount, cues };
}

/** Sublinear tf times idf, with the vector's length. */
export function weigh(counts: Map<string, number>, idf: Idf): { vector: Map<string, number>; norm: number } {
  const vector = new Map<string, number>();
  let sq = 0;
  for (const [s, n] of counts) {
    const w = (1 + Math.log(n)) * idf(s);
    vector.set(s, w);
    sq += w * w;
  }
  return { vector, norm: Math.sqrt(sq) };
}
