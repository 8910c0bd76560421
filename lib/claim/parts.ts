import type { Doc } from '../nlp/load';
import { verbGroups } from '../nlp/verbs';

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
const OBJECT_END = /\s*(?:,(?!\d)|;|:|\s-\s|\s(?:as|after|amid|while|because|but|despite|following|before|since|when|over|says|said|report)\s).*$/i;

/**
 * Subject, main verb phrase and object of a claim, by the first finite verb compromise tags in
 * it (gerunds in a side clause such as ", parting with Treasury," are skipped). `doc` may be
 * the parse of the whole headline: verbs outside the claim are not found in it and pass by.
 */
export function readParts(doc: Doc, claim: string): ClaimParts {
  // "As Debt Rises, the Government Will Soon Spend More": the claim is the main clause
  const start = claim.match(LEADING_CLAUSE)?.[0].length ?? 0;
  let from = start;
  const groups = verbGroups(doc);
  let firstGerund: { start: number; end: number } | null = null;
  for (const [g, verb] of groups.entries()) {
    const found = locate(claim, verb.text, from);
    if (!found) continue;
    from = found.end;
    if (verb.gerund) {
      // "after shooting", "the killing": a gerund after a preposition or article is a noun
      if (!firstGerund && found.start > start && !NOUN_BEFORE.test(claim.slice(start, found.start))) firstGerund = found;
      continue;
    }
    // "Body found in Lake Tessa is missing kayaker": a bare participle before a copula modifies
    // the subject, and the copula is the claim's verb
    if (verb.past && !/\s/.test(verb.text.trim()) && found.start > start && COPULA.test(groups[g + 1]?.text ?? '')) continue;
    // "Alaskan halibut, caught by a Seattle boat, provides…": a verb set off by commas is a side clause
    if (/,\s*$/.test(claim.slice(start, found.start)) && g < groups.length - 1 && claim.indexOf(',', found.end) > 0) {
      from = claim.indexOf(',', found.end) + 1;
      continue;
    }
    let subject = claim.slice(start, found.start).trim();
    // "Gas explosion destroys home": a tagger's verb with nothing before it is the subject's
    // noun when a headline verb follows ("Gas" read as a verb)
    if (!subject) {
      const byLexicon = verbByLexicon(claim.slice(start));
      if (byLexicon?.subject) return byLexicon;
    }
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
      pastVerb: verb.past,
      toFuture,
    };
  }
  // "Attorney General investigating WeWork": headline shorthand for "is investigating"
  if (firstGerund) {
    return {
      subject: tidy(claim.slice(start, firstGerund.start)),
      predicate: tidy(claim.slice(firstGerund.start, firstGerund.end)),
      object: tidy(claim.slice(firstGerund.end).replace(OBJECT_END, '')),
      pastVerb: false,
      toFuture: false,
    };
  }
  return verbByLexicon(claim) ?? { subject: tidy(claim.replace(OBJECT_END, '').replace(NOUN_PHRASE_END, '')), predicate: null, object: null, pastVerb: false, toFuture: false };
}

const COPULA = /^(?:is|are|was|were)\b/i;

const NOUN_BEFORE = /\b(?:after|before|in|of|for|on|at|by|with|from|over|amid|during|following|the|a|an|his|her|its|their|our|this|that)\s*$/i;

// "As debt rises, …", "After talks fail, …": a clause before the claim's own
const LEADING_CLAUSE = /^(?:as|after|when|while|with|despite|amid|if|once|since|though|although|before|because|following)\s[^,]{2,60},\s*/i;

// "Three dead in Paris shooting": a headline without a verb is about its opening noun phrase
const NOUN_PHRASE_END = /\s+(?:in|at|on|near|from|for|with|of|over)\s.*$/i;
// "Unemployment falls to 5.1 percent", "County bans smoking", "Emirates inks order": headline
// verbs a tagger reads as plural nouns once the articles around them are dropped
const MOVE_VERB =
  /\b(falls|fell|rises|rose|drops|dropped|jumps|jumped|soars|soared|surges|surged|climbs|climbed|plunges|plunged|slumps|slumped|dips|dipped|hits|tops|topped|grows|grew|doubles|doubled|halves|halved|bans|banned|cuts|raises|hikes|slashes|boosts|lifts|kills|destroys|destroyed|seizes|seized|wins|loses|sues|sued|quits|halts|halted|backs|blocks|blocked|approves|approved|rejects|rejected|inks|signs|signed|drags|closes|closed|opens|launches|launched|unveils|unveiled|buys|bought|sells|sold|arrests|arrested|charges|charged|jails|jailed|fines|fined|warns|warned|vows|vowed|urges|urged|slams|slammed|hails|hailed|probes|faces|strikes|struck|ends|ended|scraps|scrapped|delays|delayed|extends|extended|expands|expanded|names|named|appoints|appointed|elects|elected|ousts|ousted|defeats|defeated|beats|edges|edged|crushes|crushed|stuns|stunned|upsets|claims|denies|denied|admits|admitted|confirms|confirmed|reaches|reached|agrees|agreed|settles|settled|passes|passed|vetoes|vetoed|injures|injured|evacuates|evacuated|recalls|recalled|hires|hired|fires|fired|sacks|sacked|axes|axed|leaves|joins|joined|tops|trails|leads|restarts)\b/i;

function verbByLexicon(claim: string): ClaimParts | null {
  const m = MOVE_VERB.exec(claim);
  if (!m || m.index === 0) return null;
  const object = claim.slice(m.index + m[0].length).replace(OBJECT_END, '');
  return {
    subject: tidy(claim.slice(0, m.index)),
    predicate: m[0],
    object: tidy(object),
    pastVerb: !/s$/.test(m[0]),
    toFuture: false,
  };
}

// a letter, digit or apostrophe right before a match, or a letter or digit right after, means it is part of a longer word
const WORD_BEFORE = /[\p{L}\p{N}']$/u;
const WORD_AFTER = /^[\p{L}\p{N}]/u;

// where compromise's verb phrase sits in the claim as written; the word edges are tested apart
// from the case-blind search, since a case-blind \p{L} class is slow to compile
function locate(claim: string, verbText: string, from: number): { start: number; end: number } | null {
  const phrase = verbText.replace(/[,.;:!?"]+$/, '').trim();
  if (!phrase) return null;
  const rest = claim.slice(from);
  const pattern = new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  // whole words only: "is" is not the middle of "catfish"
  for (let m = pattern.exec(rest); m; m = pattern.exec(rest)) {
    if (!WORD_BEFORE.test(rest.slice(Math.max(0, m.index - 2), m.index)) && !WORD_AFTER.test(rest.slice(m.index + m[0].length))) {
      return { start: from + m.index, end: from + m.index + phrase.length };
    }
    pattern.lastIndex = m.index + 1;
  }
  return null;
}

function tidy(text: string): string | null {
  // "Physicists just created": the adverb belongs to the verb, not the subject
  const t = text.replace(/^[\s,:;"'-]+|[\s,:;"'-]+$/g, '').replace(/\s+/g, ' ').replace(/\s+(?:just|now|finally|officially|reportedly|already)$/i, '');
  // a quotation cut in two by the split loses its marks
  const balanced = (t.match(/"/g) ?? []).length % 2 === 1 ? t.replace(/"/g, '') : t;
  return balanced || null;
}
