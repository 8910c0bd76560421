import type { Finding, FindingKind } from '../types';
import type { StanceBody, StanceSentence } from './body';
import { CUE_GROUPS, CUE_NAMES } from './cues';
import type { StanceHeadline } from './headline';

/** Kinds of finding whose count and strength feed the model. */
export const FINDING_KINDS: FindingKind[] = ['note', 'uncertainty', 'hedge', 'attribution', 'contradiction', 'numbers', 'scope', 'quote'];

/** Names of the dense features, in vector order. The model file records them to catch drift. */
export const DENSE_FEATURES: string[] = [
  'cos_body', 'cov_body', 'cov_plain', 'cov_lead', 'best_cos', 'best_cov', 'top3_cov', 'bigram',
  'names', 'has_names', 'numbers', 'has_numbers', 'h_len', 'b_len', 'cov_rare', 'miss_max_idf', 'sent_hits',
  'best_pos', 'related_share',
  ...CUE_NAMES.map((c) => `rel_${c}`),
  ...CUE_NAMES.map((c) => `any_rel_${c}`),
  ...CUE_NAMES.map((c) => `best_${c}`),
  ...CUE_NAMES.map((c) => `body_${c}`),
  ...CUE_NAMES.map((c) => `lead_${c}`),
  ...CUE_NAMES.map((c) => `head_${c}`),
  'head_question', 'head_quoted', 'neg_mismatch', 'body_neg_parity', 'head_neg_parity',
  ...FINDING_KINDS.map((k) => `n_${k}`),
  ...FINDING_KINDS.map((k) => `s_${k}`),
  'rel_neg_mismatch', 'rel_refute_no_head_neg',
  ...CUE_NAMES.map((c) => `covx_${c}`),
  ...CUE_NAMES.map((c) => `first_${c}`),
  ...CUE_NAMES.map((c) => `near_${c}`),
  'plain_head_rel_debunk', 'debunk_head_rel_plain', 'debunk_head_rel_debunk', 'wdebunk', 'wdoubt',
];

/**
 * Families of hashed features. Those naming the claim's own words (hw, hc, bw) let the model
 * learn particular claims, which new claims do not share; rc and hq name only cue words.
 */
export const SPARSE_FAMILIES_ALL = ['hw', 'hc', 'bw', 'rc', 'hq'] as const;
export type SparseFamily = (typeof SPARSE_FAMILIES_ALL)[number];
/** The families the shipped model reads, chosen on claim-held-out validation (scripts/train-stance.ts --compare). */
export const SPARSE_FAMILIES: readonly SparseFamily[] = ['rc', 'hq'];

const isCueWord = (w: string) => CUE_NAMES.some((c) => CUE_GROUPS[c].has(w));

export interface PairFeatures {
  dense: number[];
  /** Named sparse features (hashed by the model), value per name. */
  sparse: Map<string, number>;
  /** Body sentences by closeness to the headline, best first. */
  ranked: { sentence: StanceSentence; coverage: number; cosine: number }[];
}

/** How much of the headline's idf weight a set of stems covers. */
function coverage(head: StanceHeadline, stems: Set<string>): number {
  if (head.weightSum === 0) return 0;
  let hit = 0;
  head.stems.forEach((s, i) => {
    if (stems.has(s)) hit += head.weights[i];
  });
  return hit / head.weightSum;
}

function cosine(head: StanceHeadline, vector: Map<string, number>, norm: number): number {
  if (head.norm === 0 || norm === 0) return 0;
  let dot = 0;
  for (const [s, w] of head.vector) {
    const v = vector.get(s);
    if (v) dot += w * v;
  }
  return dot / (head.norm * norm);
}

function share(items: string[], set: Set<string>): number {
  if (items.length === 0) return 0;
  let n = 0;
  for (const x of items) if (set.has(x)) n++;
  return n / items.length;
}

export function pairFeatures(head: StanceHeadline, body: StanceBody, findings: Finding[] = [], families: readonly SparseFamily[] = SPARSE_FAMILIES): PairFeatures {
  const ranked = body.sentences
    .map((sentence) => ({ sentence, coverage: coverage(head, sentence.stems), cosine: cosine(head, sentence.vector, sentence.norm) }))
    .sort((a, b) => b.coverage + b.cosine - (a.coverage + a.cosine));
  const best = ranked[0];
  const related = ranked.slice(0, 3).filter((r) => r.coverage > 0);
  const relWords = related.reduce((n, r) => n + r.sentence.words.length, 0) || 1;
  const lead = body.sentences.slice(0, 3);
  const leadStems = new Set<string>();
  for (const s of body.sentences.slice(0, 2)) for (const x of s.stems) leadStems.add(x);
  const rareStems = head.stems.filter((_, i) => head.weights[i] > 5);
  let missMax = 0;
  head.stems.forEach((s, i) => {
    if (!body.stems.has(s)) missMax = Math.max(missMax, head.weights[i]);
  });
  const n = body.sentences.length || 1;
  const bestNeg = best ? best.sentence.cues.negation + best.sentence.cues.refute : 0;
  const headNeg = head.cues.negation + head.cues.refute;
  const negOf = (x: StanceSentence) => x.cues.negation + x.cues.refute > 0;
  // sentences that share a fair part of the claim, in body order
  const near = ranked.filter((r) => r.coverage >= 0.3).slice(0, 5);
  const firstWith = (c: (typeof CUE_NAMES)[number]) => {
    let first = n;
    for (const r of near) if (r.sentence.cues[c] > 0) first = Math.min(first, body.sentences.indexOf(r.sentence));
    return first / n;
  };

  const headDebunk = head.cues.debunk + head.cues.doubt + head.cues.negation > 0;
  const relDebunk = ranked.slice(0, 5).some((r) => r.coverage >= 0.2 && r.sentence.cues.debunk + r.sentence.cues.doubt > 0) ? 1 : 0;
  const top = ranked.slice(0, 10);
  const covSum = top.reduce((a, r) => a + r.coverage, 0) || 1;
  const weighted = (c: (typeof CUE_NAMES)[number]) => top.reduce((a, r) => a + (r.sentence.cues[c] > 0 ? r.coverage : 0), 0) / covSum;

  const dense: number[] = [
    cosine(head, body.vector, body.norm),
    coverage(head, body.stems),
    share(head.stems, body.stems),
    coverage(head, leadStems),
    best?.cosine ?? 0,
    best?.coverage ?? 0,
    ranked.slice(0, 3).reduce((a, r) => a + r.coverage, 0) / 3,
    share(head.bigrams, body.bigrams),
    share(head.names, body.names),
    head.names.length > 0 ? 1 : 0,
    share(head.numbers, body.numbers),
    head.numbers.length > 0 ? 1 : 0,
    Math.log1p(head.stems.length),
    Math.log1p(body.wordCount),
    share(rareStems, body.stems),
    missMax / 10,
    ranked.filter((r) => r.coverage >= 0.3).length / n,
    best ? body.sentences.indexOf(best.sentence) / n : 1,
    related.length / 3,
    ...CUE_NAMES.map((c) => related.reduce((a, r) => a + r.sentence.cues[c], 0) / relWords * 10),
    ...CUE_NAMES.map((c) => (related.some((r) => r.sentence.cues[c] > 0) ? 1 : 0)),
    ...CUE_NAMES.map((c) => (best && best.sentence.cues[c] > 0 ? 1 : 0)),
    ...CUE_NAMES.map((c) => (body.cues[c] / (body.wordCount || 1)) * 100),
    ...CUE_NAMES.map((c) => (lead.some((s) => s.cues[c] > 0) ? 1 : 0)),
    ...CUE_NAMES.map((c) => Math.min(head.cues[c], 3)),
    head.question ? 1 : 0,
    head.quoted ? 1 : 0,
    (headNeg > 0) !== (bestNeg > 0) ? 1 : 0,
    body.cues.negation % 2,
    head.cues.negation % 2,
    ...FINDING_KINDS.map((k) => Math.log1p(findings.filter((f) => f.kind === k).length)),
    ...FINDING_KINDS.map((k) => findings.reduce((m, f) => (f.kind === k ? Math.max(m, f.strength) : m), 0)),
    // "X did not happen" beside a headline saying it did, and the other way round
    related.length ? related.filter((r) => negOf(r.sentence) !== headNeg > 0).length / related.length : 0,
    headNeg === 0 && related.some((r) => r.sentence.cues.refute > 0) ? 1 : 0,
    // a cue matters more the closer its sentence is to the claim
    ...CUE_NAMES.map((c) => ranked.slice(0, 5).reduce((m, r) => (r.sentence.cues[c] > 0 ? Math.max(m, r.coverage) : m), 0)),
    ...CUE_NAMES.map(firstWith),
    ...CUE_NAMES.map((c) => Math.log1p(near.reduce((a, r) => a + r.sentence.cues[c], 0))),
    // "X happened" beside "X was a hoax", "X is a hoax" beside a body that says it happened, and both calling it false
    headDebunk ? 0 : relDebunk,
    headDebunk && !relDebunk ? 1 : 0,
    headDebunk && relDebunk ? 1 : 0,
    // debunking and doubting sentences, weighed by how much of the claim each shares
    weighted('debunk'),
    weighted('doubt'),
  ];

  const sparse = new Map<string, number>();
  const add = (name: string, v: number) => sparse.set(name, (sparse.get(name) ?? 0) + v);
  const has = (f: SparseFamily) => families.includes(f);
  const headWords = new Set(head.words);
  if (has('hw')) for (const w of headWords) add(`hw:${w}`, 1);
  // "reportedly", "hoax" in the headline itself
  if (has('hq')) for (const w of headWords) if (isCueWord(w)) add(`hq:${w}`, 1);
  if (has('hc')) {
    const relCues = CUE_NAMES.filter((c) => related.some((r) => r.sentence.cues[c] > 0));
    for (const s of head.stems) for (const c of relCues) add(`hc:${s}:${c}`, 1);
  }
  if (has('bw') || has('rc')) {
    const relCounts = new Map<string, number>();
    for (const r of related) for (const w of r.sentence.words) relCounts.set(w, (relCounts.get(w) ?? 0) + 1);
    const scale = 1 / Math.sqrt(relCounts.size || 1);
    if (has('bw')) for (const w of relCounts.keys()) add(`bw:${w}`, scale);
    // "hoax" or "denied" beside the claim, by the word itself rather than only its group
    if (has('rc')) for (const w of relCounts.keys()) if (isCueWord(w)) add(`rc:${w}`, 1);
  }
  return { dense, sparse, ranked };
}
