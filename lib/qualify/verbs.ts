import { nlp } from '../nlp/load';
import { stem } from '../text/stem';
import type { QualifyContext } from './context';

/** A verb phrase of a sentence as compromise chunks it: "did not reverse", "could ban". */
export interface VerbPhrase {
  text: string;
  /** Stem of the main verb ("revers"). */
  head: string;
  negative: boolean;
  /** "could", "may", "might", "would", "will", or null. */
  modal: string | null;
}

const MODALS = new Set(['could', 'may', 'might', 'would', 'will', 'should', 'can', 'must', 'shall']);
const NEGATIONS = /\b(?:not|never|no longer)\b|n't\b/;

/**
 * The verb phrases of one sentence, from compromise. Parsed documents are kept with the body;
 * a new parse spends the analysis's budget and returns null once it is spent.
 */
export function verbPhrases(ctx: QualifyContext, index: number): VerbPhrase[] | null {
  let doc = ctx.body.docs.get(index);
  if (!doc) {
    if (ctx.nlpBudget.left <= 0) return null;
    ctx.nlpBudget.left--;
    doc = nlp(ctx.sentences[index]!.text);
    ctx.body.docs.set(index, doc);
  }
  return (doc.verbs().out('array') as string[]).map(toPhrase);
}

function toPhrase(text: string): VerbPhrase {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  const content = words.filter((w) => !MODALS.has(w) && !/^(not|never|no|longer|n't|to|be|been|being|have|has|had|do|does|did)$/.test(w));
  const last = (content.length ? content[content.length - 1] : words[words.length - 1]) ?? '';
  return {
    text,
    head: stem(last.replace(/n't$/, '')),
    negative: NEGATIONS.test(text.toLowerCase()),
    modal: words.find((w) => MODALS.has(w.replace(/n't$/, ''))) ?? null,
  };
}
