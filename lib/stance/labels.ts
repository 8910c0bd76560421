import type { ModelVerdict, Verdict } from '../types';

/** FNC-1's four stances, in the order the model's outputs use. */
export const STANCES = ['agree', 'discuss', 'disagree', 'unrelated'] as const;
export type Stance = (typeof STANCES)[number];

/** Each stance as the verdict a reader sees. */
export const VERDICT_OF_STANCE: Record<Stance, ModelVerdict> = {
  agree: 'supported',
  discuss: 'qualified',
  disagree: 'contradicted',
  unrelated: 'unaddressed',
};

export const STANCE_OF_VERDICT: Record<Verdict, Stance> = {
  supported: 'agree',
  qualified: 'discuss',
  contradicted: 'disagree',
  unaddressed: 'unrelated',
  // a headline that claims nothing has no stance to take toward it
  'no-claim': 'unrelated',
};

/** Model output: one probability per verdict. */
export type VerdictProbabilities = Record<ModelVerdict, number>;
