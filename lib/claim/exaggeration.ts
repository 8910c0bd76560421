import type { Relation } from '../types';

/** A headline relation firmer than the body's, and how much that overstatement weighs. */
interface Overstatement {
  headline: Relation;
  body: Relation;
  /** 0–1: how much it weighs against the headline as stated. */
  strength: number;
  /** Plain words for the explanation, after "The headline". */
  says: string;
}

const OVERSTATEMENTS: Overstatement[] = [
  // headline "Coffee cuts the risk of stroke", body "coffee drinking was associated with a lower risk" -> 0.9
  { headline: 'cause', body: 'correlation', strength: 0.9, says: 'says one thing causes another where the study found only a link' },
  // headline "Exercise improves memory", body "exercise may improve memory" -> 0.7
  { headline: 'cause', body: 'conditional-cause', strength: 0.7, says: 'states as certain a cause the study only says may hold' },
  // headline "The diet prevents diabetes", body "participants were followed for ten years" -> 0.6
  { headline: 'cause', body: 'none', strength: 0.6, says: 'claims a cause where the study claims no relation' },
  // headline "The diet may prevent diabetes", body "the diet was associated with less diabetes" -> 0.5
  { headline: 'conditional-cause', body: 'correlation', strength: 0.5, says: 'suggests a cause where the study found only a link' },
  // headline "Naps could sharpen memory", body "participants napped for an hour" -> 0.4
  { headline: 'conditional-cause', body: 'none', strength: 0.4, says: 'suggests a cause where the study claims no relation' },
  // headline "Screen time linked to poor sleep", body "children reported their screen time" -> 0.3
  { headline: 'correlation', body: 'none', strength: 0.3, says: 'claims a link where the study claims no relation' },
];

// firmness order: none < correlation < conditional-cause < cause
const RANK: Record<Relation, number> = { none: 0, correlation: 1, 'conditional-cause': 2, cause: 3 };

export interface Exaggeration {
  /** The body's firmest relation, which the headline outruns. */
  body: Relation;
  strength: number;
  says: string;
}

/**
 * Whether a headline claims more than its body: a cause where the body found a link or no
 * relation, a plain cause where the body only says it may hold, and so on down. The body is
 * read at its firmest: one sentence that states the cause backs a headline that states it.
 * `body` holds the relations of the sentences that report the finding (a study's conclusions);
 * null when the headline claims no more than they do, or there are none.
 */
export function readExaggeration(headline: Relation, body: readonly Relation[]): Exaggeration | null {
  if (!body.length) return null;
  const firmest = firmestRelation(body);
  const found = OVERSTATEMENTS.find((o) => o.headline === headline && o.body === firmest);
  return found ? { body: firmest, strength: found.strength, says: found.says } : null;
}

/** The firmest of some relations ("none" when there are none). */
export function firmestRelation(relations: readonly Relation[]): Relation {
  return relations.reduce<Relation>((a, b) => (RANK[b] > RANK[a] ? b : a), 'none');
}
