/**
 * How readRelation's model is trained: one recipe shared by train:relation, which writes the
 * shipped weights, and eval:science, which scores the same recipe on data it was not fitted on.
 */
import type { LinearModelFile } from '../lib/claim/linear-model';
import { relationFeatures } from '../lib/claim/relation-features';
import type { Relation } from '../lib/types';
import { fitSoftmax, type Example, type SoftmaxOptions } from './learn/softmax';
import { RELATIONS, type LabelledSentence, type SciencePair } from './science';

export const RELATION_OPTIONS: SoftmaxOptions = {
  minCount: 2,
  minGroups: 1,
  // a thousand features keep the weights file near 45 KB
  maxFeatures: 1000,
  l2: 3e-3,
  steps: 300,
  rate: 0.05,
  balance: 0.5,
  prune: 0.01,
};

/**
 * Each press-release or abstract sentence counts as this many PubMed ones: there are 200 of them
 * beside 3,061, and they are the wording the product reads (chosen by 5-fold CV over the pairs).
 */
export const IN_DOMAIN_WEIGHT = 20;

export function pubmedExamples(sentences: readonly LabelledSentence[]): Example[] {
  return sentences.map((s, i) => ({ features: relationFeatures(s.text), label: RELATIONS.indexOf(s.relation), group: `pubmed:${i}` }));
}

/** Both sentences of each pair, grouped by the study so a study's two sides stay together. */
export function pairExamples(pairs: readonly SciencePair[]): Example[] {
  return pairs.flatMap((p) =>
    [p.pressRelease, p.abstract].map((s) => ({ features: relationFeatures(s.text), label: RELATIONS.indexOf(s.relation), group: p.id, weight: IN_DOMAIN_WEIGHT })),
  );
}

export function fitRelation(examples: readonly Example[], trainedOn: string): LinearModelFile<Relation> {
  return fitSoftmax(RELATIONS, examples, RELATION_OPTIONS, trainedOn);
}
