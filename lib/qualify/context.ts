import type { AnalysisInput, Claim, NoteKind, NotePlacement } from '../types';
import { findNumbers, type NumberMention } from '../claim/numbers';
import { quotedPhrases } from '../claim/quotes';
import type { Doc } from '../nlp/load';
import { foldSameLength } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import { contentTokens } from '../text/tokens';
import { type Bearing, bearingOf, claimFrame, type ClaimFrame } from './bearing';
import { claimTerms, type ClaimTerms, sharedTerms, termCount } from './relevance';

/** One sentence of the body or of a note, with where it sits. */
export interface SentenceRef {
  /** The sentence as it stands on the page. */
  text: string;
  /** Index into the article's paragraphs (body) or notes (note). */
  paragraph: number;
  source: 'body' | 'note';
  noteKind?: NoteKind;
  /** 0–1 through the article; notes at the top 0, other notes 1. */
  position: number;
  /** Index of this sentence in the context's sentence list. */
  index: number;
}

/**
 * Everything that depends on the body and notes alone: split once, reused for every headline
 * read against the same body (FNC-1 pairs many headlines with one body).
 */
export interface PreparedBody {
  sentences: SentenceRef[];
  /** Per sentence: lower-cased, quotes and dashes folded, same length as the text. */
  folded: string[];
  /** Per sentence: content tokens (see contentTokens). */
  tokens: ReadonlySet<string>[];
  /** All body sentences folded and joined by spaces, for phrase search. */
  bodyFolded: string;
  /** compromise documents already built for a sentence, by sentence index. */
  docs: Map<number, Doc>;
  /** Sentence indices each cue pattern matches (see sentencesMatching). */
  cueIndex: Map<RegExp, number[]>;
  /** Figures and quotations found in a sentence, by sentence index. */
  numbers: Map<number, NumberMention[]>;
  quotes: Map<number, string[]>;
}

export interface QualifyContext {
  claim: Claim;
  input: AnalysisInput;
  sentences: SentenceRef[];
  body: PreparedBody;
  terms: ClaimTerms;
  /** Per sentence: the claim's terms it shares (entities, figures, key words). */
  shared: string[][];
  /** The claim's words, weighted, split into who it is about and what happened. */
  frame: ClaimFrame;
  /** Per sentence: how much of the claim the whole sentence carries. */
  bearing: Bearing[];
  /** Index of the first body sentence (notes at the top come before it). */
  firstBodySentence: number;
  /** The story reports on research: several of its sentences speak of a study, data or scientists. */
  research: boolean;
  /**
   * The body as a whole is about the claim (shares a good part of its terms). Only then does
   * "the report" or "these claims" in a sentence stand for the headline's claim.
   */
  topical: boolean;
  /** How many sentences compromise may still parse in this analysis. */
  nlpBudget: { left: number };
}

// "the study", "researchers", "the data": a sentence about research
export const RESEARCH = /\b(?:study|studies|research|researchers|scientists?|trials?|findings|experiments?|surveys?|paper|journal|data|analysis|observations?|participants|evaluation)\b/i;
/** Sentences about research that make a story a report on research. */
const RESEARCH_SENTENCES = 2;

/** Share of the claim's terms a body must hold somewhere to be about the claim. */
export const TOPICAL_SHARE = 0.4;

/** Sentences compromise may parse per analysis beyond the ones already cached for the body. */
export const NLP_SENTENCE_BUDGET = 8;

// a note's place on the page when the input does not say: updates and editors' notes lead,
// corrections and clarifications trail the story
const DEFAULT_PLACEMENT: Record<NoteKind, NotePlacement> = {
  update: 'top',
  'editors-note': 'top',
  retraction: 'top',
  correction: 'bottom',
  clarification: 'bottom',
};

/** Splits body and notes into located sentences. Depends only on the body and notes. */
export function prepareBody(input: AnalysisInput): PreparedBody {
  const top: SentenceRef[] = [];
  const bottom: SentenceRef[] = [];
  input.notes.forEach((note, n) => {
    const placement = placementOf(note) ?? DEFAULT_PLACEMENT[note.kind];
    const list = placement === 'top' ? top : bottom;
    for (const text of splitSentences(note.text)) {
      list.push({ text, paragraph: n, source: 'note', noteKind: note.kind, position: placement === 'top' ? 0 : 1, index: 0 });
    }
  });
  const body: SentenceRef[] = [];
  const total = input.paragraphs.reduce((sum, p) => sum + p.length + 1, 0) || 1;
  let offset = 0;
  input.paragraphs.forEach((paragraph, p) => {
    let local = 0;
    for (const text of splitSentences(paragraph)) {
      const at = paragraph.indexOf(text, local);
      if (at >= 0) local = at + text.length;
      body.push({ text, paragraph: p, source: 'body', position: round((offset + Math.max(at, 0)) / total), index: 0 });
    }
    offset += paragraph.length + 1;
  });
  const sentences = [...top, ...body, ...bottom];
  sentences.forEach((s, i) => (s.index = i));
  const folded = sentences.map((s) => foldSameLength(s.text));
  return {
    sentences,
    folded,
    tokens: sentences.map((s) => new Set(contentTokens(s.text))),
    bodyFolded: folded.filter((_, i) => sentences[i]!.source === 'body').join(' '),
    docs: new Map(),
    cueIndex: new Map(),
    numbers: new Map(),
    quotes: new Map(),
  };
}

/**
 * Indices of the sentences a cue pattern matches (folded text), worked out once per body: the
 * cheap pass every detector starts from. Patterns must not be global or sticky.
 */
export function sentencesMatching(body: PreparedBody, pattern: RegExp, source: 'body' | 'note' = 'body'): number[] {
  const key = pattern;
  let hits = body.cueIndex.get(key);
  if (!hits) {
    hits = [];
    for (let i = 0; i < body.folded.length; i++) if (pattern.test(body.folded[i]!)) hits.push(i);
    body.cueIndex.set(key, hits);
  }
  return hits.filter((i) => body.sentences[i]!.source === source);
}

/** The figures of one sentence, found once per body. */
export function numbersOf(body: PreparedBody, index: number): NumberMention[] {
  let found = body.numbers.get(index);
  if (!found) body.numbers.set(index, (found = findNumbers(body.sentences[index]!.text)));
  return found;
}

/** The quotations of one sentence, found once per body. */
export function quotesOf(body: PreparedBody, index: number): string[] {
  let found = body.quotes.get(index);
  if (!found) body.quotes.set(index, (found = quotedPhrases(body.sentences[index]!.text)));
  return found;
}

/**
 * The context every detector reads. Pass a `prepared` body from prepareBody to reuse the body's
 * work across headlines.
 */
export function buildContext(input: AnalysisInput, claim: Claim, prepared: PreparedBody = prepareBody(input)): QualifyContext {
  const terms = claimTerms(claim);
  const frame = claimFrame(claim);
  const shared = prepared.sentences.map((_, i) => sharedTerms(terms, prepared.folded[i]!, prepared.tokens[i]!));
  const inBody = new Set(shared.filter((_, i) => prepared.sentences[i]!.source === 'body').flat());
  const bodyTokens = new Set(prepared.tokens.filter((_, i) => prepared.sentences[i]!.source === 'body').flatMap((t) => [...t]));
  return {
    claim,
    input,
    sentences: prepared.sentences,
    body: prepared,
    terms,
    shared,
    frame,
    bearing: prepared.tokens.map((tokens) => bearingOf(frame, tokens)),
    firstBodySentence: Math.max(0, prepared.sentences.findIndex((s) => s.source === 'body')),
    research: RESEARCH.test(claim.headline) || sentencesMatching(prepared, RESEARCH).length >= RESEARCH_SENTENCES,
    topical: inBody.size >= topicalNeed(termCount(terms)) || bearingOf(frame, bodyTokens).coverage >= TOPICAL_SHARE,
    nlpBudget: { left: NLP_SENTENCE_BUDGET },
  };
}

// a claim of one or two terms needs one of them; longer claims need two and a good share
function topicalNeed(count: number): number {
  return count <= 2 ? 1 : Math.max(2, Math.ceil(TOPICAL_SHARE * count));
}

function placementOf(note: object): NotePlacement | null {
  const placement = (note as { placement?: unknown }).placement;
  return placement === 'top' || placement === 'inline' || placement === 'bottom' ? placement : null;
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}
