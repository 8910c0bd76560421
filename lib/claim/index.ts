import type { Claim } from '../types';
import { nlp } from '../nlp/load';
import { normalizeText } from '../text/normalize';
import { readAttribution, stripAppositive } from './attribution';
import { unTitleCase } from './case';
import { readEntities } from './entities';
import { readKeywords } from './keywords';
import { readModality, readNegation, readTense } from './modality';
import { findNumbers } from './numbers';
import { readParts } from './parts';
import { quotedPhrases } from './quotes';
import { readRelation } from './relation';
import { asksQuestion, readStance } from './stance';

// "he'll reverse" after "Trump says": the pronoun stands for the source
const PRONOUN = /^(he|she|it|they|we|i)(?:'ll|'s|'d|'re)?$/i;

/** What a headline claims: who, does what, to what, how firmly, with which figures and words. */
export function readClaim(headline: string): Claim {
  const text = normalizeText(headline);
  const cased = unTitleCase(text);
  const { source, claim, lead } = readAttribution(cased);
  // one parse of the whole headline serves the parts and the names
  const doc = nlp(cased);
  const parts = readParts(doc, claim);
  const subject = parts.subject && PRONOUN.test(parts.subject) && source ? stripAppositive(source) : parts.subject;
  const modality = readModality(claim, parts.toFuture);
  const entities = readEntities(doc, text, cased);
  const question = asksQuestion(text);
  return {
    headline,
    subject: asWritten(subject, text),
    predicate: asWritten(parts.predicate, text),
    object: asWritten(parts.object, text),
    modality,
    tense: readTense(modality, claim, parts.pastVerb),
    negated: readNegation(claim),
    question,
    numbers: findNumbers(text).map(({ text: t, value, unit, direction }) => ({ text: t, value, unit, direction })),
    ...entities,
    quotes: quotedPhrases(text),
    attribution: source,
    stance: readStance(text, { attribution: source, question }),
    relation: readRelation(text),
    keywords: readKeywords(subject, claim, lead),
  };
}

// parts come from the case-folded headline; give them back as the headline writes them
function asWritten(part: string | null, text: string): string | null {
  if (!part) return part;
  const at = text.toLowerCase().indexOf(part.toLowerCase());
  return at < 0 ? part : text.slice(at, at + part.length);
}
