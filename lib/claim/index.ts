import type { Claim } from '../types';
import { nlp } from '../nlp/load';
import { normalizeText } from '../text/normalize';
import { readAttribution, stripAppositive } from './attribution';
import { unTitleCase } from './case';
import { readEntities } from './entities';
import { readKind } from './kind';
import { readKeywords } from './keywords';
import { readModality, readNegation, readTense } from './modality';
import { findNumbers } from './numbers';
import { readParts } from './parts';
import { quotedPhrases, QUOTED_SPANS } from './quotes';
import { tagQuickly } from '../nlp/verbs';
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
  // a verb of the headline's own found by the parse settles it; only a headline without one needs the closer look
  const { kind, reason } = readKind(text, { question, verbless: parts.predicate === null && verbless(cased) });
  return {
    headline,
    kind,
    kindReason: reason,
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

// quoted words and a leading "Hiking …" or "Introducing …" are no verb of the headline's own
/** The headline has no verb of its own: a label or a title. A quotation of a few words ("X: 'Are there any…?'") is someone's words, a claim. */
function verbless(cased: string): boolean {
  if ((cased.match(QUOTED_SPANS) ?? []).some((q) => q.split(/\s+/).length >= 3)) return false;
  const terms = (tagQuickly(cased.replace(QUOTED_SPANS, ' ')) as unknown as { docs: { text: string; tags: Set<string> }[][] }).docs.flat();
  // "Drug halts memory loss": headlines drop the words that let a tagger see "halts" as a verb,
  // so any later word that could be one ("-s", "-ed") is taken for one
  return !terms.some((t, i) => (t.tags.has('Verb') && !(i === 0 && t.tags.has('Gerund'))) || (i > 0 && MAYBE_VERB.test(t.text)));
}

// "halts", "revealed", "planning", "isn't": a word that could be a verb in headline shorthand
const MAYBE_VERB = /^\p{L}{3,}(?:[^su's]s|ed|ing)$|n['’]t$/u;
