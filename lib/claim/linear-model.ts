/**
 * A multinomial logistic regression over named binary features, as the claim readers ship it
 * (stance-weights.json, relation-weights.json; trained by scripts/train-*.ts). Named features
 * rather than hashed ones keep the files small and readable: only features seen in training
 * and left with some weight are listed.
 */
export interface LinearModelFile<C extends string> {
  classes: C[];
  bias: number[];
  /** Feature name -> one weight per class, in `classes` order. */
  weights: Record<string, number[]>;
  /** What it was trained on and how, for the record. */
  trainedOn: string;
}

export interface LinearModel<C extends string> {
  classes: readonly C[];
  bias: readonly number[];
  weights: ReadonlyMap<string, readonly number[]>;
}

// a Map, since a feature named like an Object.prototype key ("w:constructor") must not hit it
export function loadLinearModel<C extends string>(file: LinearModelFile<C>): LinearModel<C> {
  return { classes: file.classes, bias: file.bias, weights: new Map(Object.entries(file.weights)) };
}

/** Each class's score (log-odds up to a constant) for a set of features present. */
export function classScores<C extends string>(model: LinearModel<C>, features: Iterable<string>): number[] {
  const scores = model.bias.slice();
  for (const f of features) {
    const w = model.weights.get(f);
    if (w) for (let c = 0; c < scores.length; c++) scores[c]! += w[c]!;
  }
  return scores;
}

/** The class with the highest score. */
export function bestClass<C extends string>(model: LinearModel<C>, features: Iterable<string>): C {
  const scores = classScores(model, features);
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  return model.classes[best]!;
}
