import { tagQuickly, verbGroups } from '../nlp/verbs';
import { stem } from '../text/stem';
import type { QualifyContext } from './context';

/** A verb phrase of a sentence: "did not reverse", "could ban". */
export interface VerbPhrase {
  text: string;
  /** Stem of the main verb ("revers"). */
  head: string;
  negative: boolean;
  /** "could", "may", "might", "would", "will", or null. */
  modal: string | null;
}

/**
 * The verb phrases of one sentence, from compromise's quick tagging. Tagged sentences are kept
 * with the body; a new one spends the analysis's budget and returns null once it is spent.
 */
export function verbPhrases(ctx: QualifyContext, index: number): VerbPhrase[] | null {
  let doc = ctx.body.docs.get(index);
  if (!doc) {
    if (ctx.nlpBudget.left <= 0) return null;
    ctx.nlpBudget.left--;
    doc = tagQuickly(ctx.sentences[index]!.text);
    ctx.body.docs.set(index, doc);
  }
  return verbGroups(doc).map((g) => ({ text: g.text, head: stem(g.head.toLowerCase()), negative: g.negative, modal: g.modal }));
}
