import type { Relation } from '../types';
import { normalizeText } from '../text/normalize';
import { bestClass, loadLinearModel, type LinearModel, type LinearModelFile } from './linear-model';
import { DENIED_RELATION } from './relation-cues';
import { relationFeatures } from './relation-features';
import shipped from './relation-weights.json';

const MODEL = loadLinearModel(shipped as LinearModelFile<Relation>);

/**
 * How strongly a sentence (a headline or a body's) claims that one thing bears on another:
 * none, correlation ("linked to"), conditional-cause ("may reduce") or cause ("cuts"). A
 * logistic regression over relation cues and words (relation-weights.json,
 * scripts/train-relation.ts); a sentence that denies the relation claims none.
 */
export function readRelation(sentence: string): Relation {
  return relationBy(MODEL, sentence);
}

/** readRelation with a given model: training and evaluation score models not yet shipped. */
export function relationBy(model: LinearModel<Relation>, sentence: string): Relation {
  const folded = normalizeText(sentence).toLowerCase();
  if (DENIED_RELATION.some((p) => p.test(folded))) return 'none';
  return bestClass(model, relationFeatures(sentence));
}
