import type { Claim } from '../types';
import { contentTokens } from '../text/tokens';
import { rarityOf } from './rarity';
import { familyOf } from './word-families';

/** One content word of the claim and how much of the claim it carries. */
export interface ClaimTerm {
  token: string;
  weight: number;
  /** The word names who or what the claim is about, not what it says happened. */
  subject: boolean;
  /** The word is part of a name ("Disney", "North Korea"), not a word of what happened. */
  name: boolean;
}

/**
 * The claim's words, weighted by rarity, split into who it is about and what it says happened.
 * A sentence bears on the claim when it holds a good share of that weight, and some of it from
 * what happened: "the MacBook Pro will follow suit" names the subject of "MacBook Pro expected
 * in 2020" and nothing of the claim itself.
 */
export interface ClaimFrame {
  terms: ClaimTerm[];
  total: number;
  /** Weight of the words that say what happened; the whole weight when the split failed. */
  eventTotal: number;
}

/** How much of the claim a stretch of text carries. */
export interface Bearing {
  /** Share of the claim's weight found (0–1). */
  coverage: number;
  /** Share of the weight of what happened found (0–1). */
  event: number;
  /** Distinct claim words found. */
  count: number;
  /** Of them, words that are not names: "sanctions", "blast", not "Disney". */
  plain: number;
  /** Of them, words of whom the claim is about. */
  subjects: number;
}

export const NO_BEARING: Bearing = { coverage: 0, event: 0, count: 0, plain: 0, subjects: 0 };

// "report", "study", "sources": a headline's source words that every report of it repeats
const SOURCE_WORDS = new Set(contentTokens('report reports study studies sources source officials official experts expert poll survey police just'));

// rare words carry a claim, but one very rare word should not outweigh the rest of it
const MAX_WEIGHT = 6;

export function claimFrame(claim: Claim): ClaimFrame {
  // "Stack Overflow data shows…": who the headline has saying it is part of whom it is about
  const source = contentTokens(claim.attribution ?? '').filter((t) => !SOURCE_WORDS.has(t));
  const subjectTokens = new Set([...contentTokens(claim.subject ?? ''), ...source]);
  const tokens = [...new Set([...claim.keywords, ...source])];
  // without a verb the subject is the whole headline: no telling who from what happened
  const split = claim.predicate !== null && tokens.some((t) => !subjectTokens.has(t)) && tokens.some((t) => subjectTokens.has(t));
  const verb = new Set(contentTokens(claim.predicate ?? ''));
  const names = new Set([...claim.people, ...claim.places, ...claim.organizations].flatMap((n) => contentTokens(n)).filter((t) => !verb.has(t)));
  const terms = tokens.map((token) => ({ token, weight: weightOf(token), subject: split && subjectTokens.has(token), name: names.has(token) }));
  const total = terms.reduce((a, t) => a + t.weight, 0);
  const eventTotal = terms.reduce((a, t) => a + (t.subject ? 0 : t.weight), 0);
  return { terms, total, eventTotal };
}

/** What of the claim the given tokens (contentTokens of some text) carry; word families count as one. */
export function bearingOf(frame: ClaimFrame, tokens: Iterable<string>): Bearing {
  if (frame.total === 0) return NO_BEARING;
  const present = new Set<string>();
  for (const t of tokens) {
    present.add(t);
    const family = familyOf(t);
    if (family) present.add(family);
  }
  let found = 0;
  let event = 0;
  let count = 0;
  let plain = 0;
  let subjects = 0;
  for (const term of frame.terms) {
    const family = familyOf(term.token);
    if (!present.has(term.token) && !(family && present.has(family))) continue;
    found += term.weight;
    if (!term.subject) event += term.weight;
    else subjects++;
    if (!term.name) plain++;
    count++;
  }
  return { coverage: found / frame.total, event: frame.eventTotal ? event / frame.eventTotal : 0, count, plain, subjects };
}

/** What of the claim a stretch of text carries. */
export function bearingOfText(frame: ClaimFrame, text: string): Bearing {
  return bearingOf(frame, contentTokens(text));
}

/** A claim word's weight: its rarity (lib/qualify/rarity.ts), capped; figures weigh half the cap. */
function weightOf(token: string): number {
  if (/\d/.test(token)) return MAX_WEIGHT / 2;
  return Math.min(MAX_WEIGHT, rarityOf(token) ?? MAX_WEIGHT);
}
