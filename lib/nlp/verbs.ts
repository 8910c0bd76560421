import type { Doc } from './load';
import { nlp } from './load';

/** A run of verb words: "will reverse", "did not reverse", "could ban", "is pulling back". */
export interface VerbGroup {
  /** The words as written ("'ll" contractions leave their expanded word out). */
  text: string;
  /** The main verb's normal form ("reverse", "pulling"). */
  head: string;
  negative: boolean;
  /** "could", "may", "will"…, or null. */
  modal: string | null;
  /** The main verb is a bare gerund ("parting"), not a finite verb. */
  gerund: boolean;
  past: boolean;
}

interface Term {
  text: string;
  normal: string;
  implicit?: string;
  post: string;
  tags: Set<string>;
}

const JOINS = new Set(['Verb', 'Auxiliary', 'Modal', 'Negative', 'Copula']);
const MODALS = /^(could|may|might|would|will|should|can|must|shall)$/;

/**
 * A quick part-of-speech pass (lexicon and first tagger only, no phrase chunking): several
 * times cheaper than a full parse, and enough to find verbs, modals and negations.
 */
export function tagQuickly(text: string): Doc {
  return nlp.tokenize(text).compute(['lexicon', 'preTagger']) as Doc;
}

/** The verb groups of a parsed text, read off its tagged terms. */
export function verbGroups(doc: Doc): VerbGroup[] {
  const out: VerbGroup[] = [];
  for (const sentence of (doc as unknown as { docs: Term[][] }).docs) {
    let run: Term[] = [];
    const flush = () => {
      const group = toGroup(run);
      if (group) out.push(group);
      run = [];
    };
    for (const term of sentence) {
      const joins = [...term.tags].some((t) => JOINS.has(t)) || isNegation(term) || (run.length > 0 && term.tags.has('Adverb'));
      if (joins) run.push(term);
      else flush();
      if (/[,;:()"]/.test(term.post)) flush();
    }
    flush();
  }
  return out;
}

function toGroup(whole: Term[]): VerbGroup | null {
  // "are not": a negation after the verb still negates it
  const negative = whole.some(isNegation);
  let run = whole;
  while (run.length && !run[run.length - 1]!.tags.has('Verb')) run = run.slice(0, -1);
  const main = run[run.length - 1];
  if (!main) return null;
  const words = run.map((t) => t.implicit ?? t.normal);
  const text = run
    .map((t, i) => (i < run.length - 1 ? t.text + t.post : t.text))
    .join('')
    .trim();
  return {
    text,
    head: main.implicit ?? main.normal,
    negative,
    modal: words.find((w) => MODALS.test(w)) ?? null,
    gerund: main.tags.has('Gerund') && run.length === 1,
    past: main.tags.has('PastTense') && !run.some((t) => t.tags.has('Modal')),
  };
}

function isNegation(term: Term): boolean {
  return term.tags.has('Negative') || /^(not|never|n't)$/.test(term.implicit ?? term.normal);
}
