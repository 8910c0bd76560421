import type { Doc } from '../nlp/load';

export interface ClaimParts {
  subject: string | null;
  predicate: string | null;
  object: string | null;
  /** The main verb is in the past tense ("reversed", "was killed"). */
  pastVerb: boolean;
  /** Headline future without "will": "Apple to cut 400 jobs". */
  toFuture: boolean;
}

// "... as iPhone sales fall", "... after talks", "...: report": where the object phrase ends
const OBJECT_END = /\s*(?:,|;|:|\s-\s|\s(?:as|after|amid|while|because|but|despite|following|before|since|when|over|says|said|report)\s).*$/i;

/**
 * Subject, main verb phrase and object of a claim, by the first finite verb compromise finds
 * (gerunds in a side clause such as ", parting with Treasury," are skipped).
 */
export function readParts(doc: Doc, claim: string): ClaimParts {
  const verbs = doc.verbs();
  let from = 0;
  for (let i = 0; i < verbs.length; i++) {
    const verb = verbs.eq(i);
    const found = locate(claim, verb.text('text'), from);
    if (!found) continue;
    from = found.end;
    if (verb.has('#Gerund') && !verb.has('(is|are|was|were|be|been)')) continue;
    let subject = claim.slice(0, found.start).trim();
    let predicate = claim.slice(found.start, found.end);
    // "he'll reverse": the contraction's "will" belongs to the predicate
    const contracted = subject.match(/['\u2019](ll|d)$/i);
    if (contracted) {
      subject = subject.slice(0, -contracted[0].length);
      predicate = `${contracted[1]!.toLowerCase() === 'll' ? 'will' : 'would'} ${predicate}`;
    }
    // "Apple to cut": the "to" belongs to the predicate
    const to = subject.match(/\s+to$/i);
    const toFuture = Boolean(to);
    if (to) {
      subject = subject.slice(0, -to[0].length);
      predicate = `to ${predicate}`;
    }
    const object = claim.slice(found.end).replace(OBJECT_END, '').trim();
    return {
      subject: tidy(subject),
      predicate: tidy(predicate),
      object: tidy(object),
      pastVerb: verb.has('#PastTense') && !verb.has('(#Modal|will|have|has)'),
      toFuture,
    };
  }
  const noun = doc.nouns().eq(0).text();
  return { subject: tidy(noun), predicate: null, object: null, pastVerb: false, toFuture: false };
}

// where compromise's verb phrase sits in the claim as written
function locate(claim: string, verbText: string, from: number): { start: number; end: number } | null {
  const phrase = verbText.replace(/[,.;:!?"]+$/, '').trim();
  if (!phrase) return null;
  const at = claim.toLowerCase().indexOf(phrase.toLowerCase(), from);
  return at < 0 ? null : { start: at, end: at + phrase.length };
}

function tidy(text: string): string | null {
  const t = text.replace(/^[\s,:;"'-]+|[\s,:;"'-]+$/g, '').replace(/\s+/g, ' ');
  return t || null;
}
