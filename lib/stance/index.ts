import type { Finding } from '../types';
import { prepareStanceBody, type StanceBody } from './body';
import { pairFeatures, DENSE_FEATURES, SPARSE_FAMILIES, type PairFeatures, type SparseFamily } from './features';
import { prepareStanceHeadline, type StanceHeadline } from './headline';
import { idfFunction, type Idf, type IdfTable } from './idf';
import { STANCES, VERDICT_OF_STANCE, type VerdictProbabilities } from './labels';
import { rawProbabilities, shiftProbabilities, type StanceModel } from './model';
import shippedIdf from './idf.json';
import shippedModel from './weights.json';

/** The stance reader: an idf table and, once trained, a model. */
export interface StanceKit {
  idf: Idf;
  model: StanceModel | null;
  prepareBody(paragraphs: string[]): StanceBody;
  prepareHeadline(headline: string): StanceHeadline;
  features(head: StanceHeadline, body: StanceBody, findings: Finding[]): PairFeatures;
  /** Verdict probabilities (offsets applied); null without a model. */
  probabilities(features: PairFeatures): VerdictProbabilities | null;
}

/** `families`: the hashed feature families to compute (the shipped ones unless comparing sets in training). */
export function createStanceKit(table: IdfTable, model: StanceModel | null, families: readonly SparseFamily[] = SPARSE_FAMILIES): StanceKit {
  const idf = idfFunction(table);
  if (model && (model.dense.join() !== DENSE_FEATURES.join() || (model.sparse ?? []).join() !== families.join())) {
    // weights from another feature set would read the wrong columns: fall back to rules
    model = null;
  }
  return {
    idf,
    model,
    prepareBody: (paragraphs) => prepareStanceBody(paragraphs, idf),
    prepareHeadline: (headline) => prepareStanceHeadline(headline, idf),
    features: (head, body, findings) => pairFeatures(head, body, findings, families),
    probabilities(features) {
      if (!model) return null;
      const p = shiftProbabilities(rawProbabilities(model, features), model.offsets);
      const out = {} as VerdictProbabilities;
      STANCES.forEach((s, i) => (out[VERDICT_OF_STANCE[s]] = p[i]));
      return out;
    },
  };
}

let shipped: StanceKit | null = null;

/** The kit built from the idf table and weights that ship with the extension. */
export function shippedStanceKit(): StanceKit {
  shipped ??= createStanceKit(shippedIdf as IdfTable, isModel(shippedModel) ? shippedModel : null);
  return shipped;
}

function isModel(x: unknown): x is StanceModel {
  return !!x && typeof x === 'object' && (x as { version?: unknown }).version === 1 && Array.isArray((x as { dense?: unknown }).dense);
}
