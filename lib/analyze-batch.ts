import { analyzeInDetail, boundedInput, DEFAULT_BUDGET_MS, type AnalyzeOptions, type DetailedAnalysis } from './analyze';
import { prepareBody, type PreparedBody } from './qualify/context';
import { readClaim } from './claim/index';
import type { Analysis, AnalysisInput, Claim } from './types';

export interface BatchAnalyzer {
  /**
   * Analyses one pair; `bodyKey` names its body (the body text or an id), so pairs sharing a
   * body prepare it once.
   */
  analyze(input: AnalysisInput, bodyKey: string): Analysis;
  /** The same, with the model's features and probabilities (for training and evaluation). */
  analyzeInDetail(input: AnalysisInput, bodyKey: string): DetailedAnalysis;
  /** Distinct bodies prepared so far. */
  readonly bodies: number;
}

export interface BatchOptions extends Omit<AnalyzeOptions, 'prepared' | 'claim'> {
  /** Prepared bodies kept at once; the oldest is dropped past it. */
  maxBodies?: number;
  /** Read headlines kept at once. */
  maxHeadlines?: number;
}

/**
 * Many headlines against fewer bodies (as FNC-1 pairs them): each distinct body is prepared
 * once, and each distinct headline read once. Pairs are read with the pair prior (the body may
 * be another article's) unless `prior` says the inputs are articles' own pages.
 */
export function createBatchAnalyzer(options: BatchOptions = {}): BatchAnalyzer {
  const { maxBodies = 256, maxHeadlines = 4096, prior = 'pair', ...rest } = options;
  const analyzeOptions = { ...rest, prior };
  const budget = analyzeOptions.budgetMs ?? DEFAULT_BUDGET_MS;
  const cache = new Map<string, PreparedBody>();
  const claims = new Map<string, Claim>();
  const run = (input: AnalysisInput, bodyKey: string): DetailedAnalysis => {
    // notes are prepared with the body, so they are part of what makes it the same body
    const key = `${bodyKey}\u0000${input.notes.map((n) => `${n.kind}:${n.text}`).join('\u0000')}`;
    let prepared = cache.get(key);
    if (!prepared) {
      prepared = prepareBody(boundedInput(input, budget).input);
      if (cache.size >= maxBodies) cache.delete(cache.keys().next().value as string);
      cache.set(key, prepared);
    }
    const headline = boundedInput({ ...input, paragraphs: [] }, budget).input.headline;
    let claim = claims.get(headline);
    if (!claim) {
      claim = readClaim(headline);
      if (claims.size >= maxHeadlines) claims.delete(claims.keys().next().value as string);
      claims.set(headline, claim);
    }
    return analyzeInDetail(input, { ...analyzeOptions, prepared, claim });
  };
  return {
    analyze: (input, bodyKey) => run(input, bodyKey).analysis,
    analyzeInDetail: run,
    get bodies() {
      return cache.size;
    },
  };
}

export interface BatchPair {
  input: AnalysisInput;
  bodyKey: string;
}

/** Analyses pairs in order, preparing each distinct body once. */
export function analyzeBatch(pairs: BatchPair[], options: BatchOptions = {}): Analysis[] {
  const analyzer = createBatchAnalyzer(options);
  return pairs.map((p) => analyzer.analyze(p.input, p.bodyKey));
}
