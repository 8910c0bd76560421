import { readClaim } from './claim/index';
import { buildContext, prepareBody, type PreparedBody } from './qualify/context';
import { detectFindings } from './qualify/index';
import { wholeClaim } from './qualify/headline-part';
import { detectUnaddressed, detectUnaddressedOnPage } from './qualify/unaddressed';
import { nlp } from './nlp/load';
import { modelEvidence } from './stance/evidence';
import type { StanceBody } from './stance/body';
import type { PairFeatures } from './stance/features';
import { shippedStanceKit, type StanceKit } from './stance/index';
import type { VerdictProbabilities } from './stance/labels';
import { kindOnPage } from './claim/kind';
import { type Calibration, calibrated, SHOW_THRESHOLD } from './qualify/calibration';
import { isMuted } from './qualify/muted';
import type { Analysis, AnalysisInput, Claim, Finding, ModelVerdict, PageGenre, Verdict } from './types';
import { decideVerdict, type Prior, supportFor } from './verdict';

export interface AnalyzeOptions {
  /** Milliseconds the analysis may take before it stops reading (default 250). */
  budgetMs?: number;
  /** The body already prepared (prepareBody of the same bounded input), reused across headlines. */
  prepared?: PreparedBody;
  /** The headline already read (readClaim of the same bounded headline), reused across bodies. */
  claim?: Claim;
  /** Another idf table and model (training and evaluation); the shipped ones by default. */
  stance?: StanceKit;
  /**
   * How the body is read against the headline: as the article's own page (the default: check
   * and the extension), or as a headline set against any body with the stance model (batch).
   */
  prior?: Prior;
  /** Another finding calibration (fitting and evaluating it); the shipped one by default. */
  calibration?: Calibration;
}

export const DEFAULT_BUDGET_MS = 250;
/** Characters of body read per millisecond of budget: a 2,000-word article is far inside it. */
const CHARS_PER_MS = 600;
const HEADLINE_CHARS = 400;

export interface DetailedAnalysis {
  analysis: Analysis;
  /** The stance model's features of the pair; null on an article's own page. */
  features: PairFeatures | null;
  /** The stance model's view; null on an article's own page, which is judged on its findings. */
  probabilities: VerdictProbabilities | null;
  /** Every detector's findings before calibration and the threshold (for fitting the calibration). */
  candidates: Finding[];
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * The input cut to what the budget can read: whole paragraphs up to a character allowance.
 * Very long pages would otherwise hold the reader's browser.
 */
export function boundedInput(input: AnalysisInput, budgetMs = DEFAULT_BUDGET_MS): { input: AnalysisInput; cut: boolean } {
  const allowance = budgetMs * CHARS_PER_MS;
  let used = 0;
  let kept = 0;
  while (kept < input.paragraphs.length && used + input.paragraphs[kept].length <= allowance) used += input.paragraphs[kept++].length;
  const headline = input.headline.length > HEADLINE_CHARS ? input.headline.slice(0, HEADLINE_CHARS) : input.headline;
  if (kept === input.paragraphs.length && headline === input.headline) return { input, cut: false };
  return { input: { ...input, headline, paragraphs: input.paragraphs.slice(0, kept) }, cut: true };
}

// the stance reading of a body, kept with the prepared body so each body is read once
const stanceBodies = new WeakMap<PreparedBody, Map<StanceKit, StanceBody>>();

/** What the headline claims, what the article does to it, and the verdict that follows. */
export function analyze(input: AnalysisInput, options: AnalyzeOptions = {}): Analysis {
  return analyzeInDetail(input, options).analysis;
}

let warmedUp = false;

// a sentence or two in which the claim reader and each detector find something to parse
const WARM_SENTENCE = 'It is unclear what he meant, a spokesman said on Thursday, and the report has not been confirmed';

/**
 * V8's regex engine runs a pattern's first match in its interpreter unless the text is long,
 * when it compiles the pattern at once; interpreting one of the detectors' cue unions (thousands
 * of characters of alternatives) costs milliseconds, compiling it a fraction of one. One run-on
 * sentence of over a thousand characters has each union compiled on its first match (in Node,
 * readying the analyser takes 38 ms instead of 59).
 */
const LONG_SENTENCE = Array.from({ length: 12 }, () => WARM_SENTENCE.toLowerCase()).join(' and ');

const WARM_UP: AnalysisInput = {
  headline: 'Officials say he will reverse the new sanctions',
  paragraphs: [`${LONG_SENTENCE}.`, `${WARM_SENTENCE}.`],
  notes: [],
};

/**
 * compromise builds its lexicon and taggers on its first parse, and the detectors compile their
 * patterns on first use: a one-time cost of a few hundred milliseconds on a fresh worker that is
 * not the article's to pay. It is paid once per process, before any budget clock starts.
 */
function warmUp(kit: StanceKit = shippedStanceKit()) {
  if (warmedUp) return;
  warmedUp = true;
  nlp('The parser warms up.').json();
  analyzeInDetail(WARM_UP, { budgetMs: 60_000, stance: kit });
}

/** Pays the one-time start-up cost now, so a reader's first check does not wait for it. */
export function prepareAnalyzer(): void {
  warmUp();
}

export function analyzeInDetail(full: AnalysisInput, options: AnalyzeOptions = {}): DetailedAnalysis {
  warmUp(options.stance ?? shippedStanceKit());
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const deadline = now() + budget;
  const pastDeadline = () => now() > deadline;
  const kit = options.stance ?? shippedStanceKit();
  const { input, cut } = boundedInput(full, budget);
  let truncated = cut;

  const claim = onPage(options.claim ?? readClaim(input.headline), input.genre);
  const prior = options.prior ?? 'own-page';
  const prepared = options.prepared ?? prepareBody(input);
  const ctx = buildContext(input, claim, prepared);
  if (pastDeadline()) {
    // out of time: the detectors still run, on their pattern rules alone, without parsing
    ctx.nlpBudget.left = 0;
    truncated = true;
  }
  const candidates = detectFindings(ctx);
  const detected = calibrated(candidates, options.calibration);

  // an article's own page is judged on its findings alone: the stance model reads pairs
  const pair = prior === 'pair' ? readPair(kit, input, prepared, claim, detected) : null;
  const probabilities = pair?.probabilities ?? null;
  const unaddressed = pair ? pair.unaddressed : detectUnaddressedOnPage(ctx);
  const shownDetected = shownFindings(detected, claim, prior);
  const withReason = pair?.probabilities ? [...shownDetected, ...modelReason(pair.probabilities, shownDetected, pair.features, prepared, claim)] : shownDetected;
  const findings = unaddressed ? [...withReason, unaddressed] : withReason;
  const { verdict, summary } = decideVerdict({ input, claim, findings, probabilities, prior });
  const shown = verdict === 'no-claim' ? [] : verdict === 'unaddressed' ? findings : withReason;
  return {
    analysis: { claim, verdict, summary, findings: ordered(shown, verdict), truncated },
    features: pair?.features ?? null,
    probabilities,
    candidates,
  };
}

/** The stance model's reading of a headline against a body, and whether the body takes the claim up at all. */
function readPair(kit: StanceKit, input: AnalysisInput, prepared: PreparedBody, claim: Claim, detected: Finding[]) {
  let perKit = stanceBodies.get(prepared);
  if (!perKit) stanceBodies.set(prepared, (perKit = new Map()));
  let body = perKit.get(kit);
  if (!body) {
    // regular expressions only, over input already cut to the budget: no clock needed here
    body = kit.prepareBody(input.paragraphs);
    perKit.set(kit, body);
  }
  const head = kit.prepareHeadline(input.headline);
  const features = kit.features(head, body, detected);
  const probabilities = kit.probabilities(features);
  const unaddressed = detectUnaddressed({
    claim,
    head,
    body,
    ranked: features.ranked,
    idf: kit.idf,
    prepared,
    unrelated: probabilities ? probabilities.unaddressed : null,
    unrelatedFirst: probabilities ? Object.values(probabilities).every((p) => p <= probabilities.unaddressed) : false,
  });
  return { features, probabilities, unaddressed };
}

/**
 * When the model's choice is contradicted or qualified but no detector showed why, the sentence
 * near the claim that carries the model's cue is shown instead (see stance/evidence.ts).
 */
function modelReason(p: VerdictProbabilities, detected: Finding[], features: PairFeatures, prepared: PreparedBody, claim: Claim): Finding[] {
  const top = (Object.keys(p) as ModelVerdict[]).reduce((a, b) => (p[b] > p[a] ? b : a));
  if ((top !== 'contradicted' && top !== 'qualified') || supportFor(top, detected).length > 0) return [];
  const reason = modelEvidence(top, features.ranked, prepared, wholeClaim(claim), p[top]);
  return reason ? [reason] : [];
}

/** What a reader is shown: findings a careful reader would likely agree with, for this kind of headline. */
function shownFindings(findings: Finding[], claim: Claim, prior: Prior): Finding[] {
  // read as a pair, a headline is always a claim to take a stance on
  const asClaim = prior === 'pair' && claim.kind === 'no-claim' ? { ...claim, kind: 'claim' as const } : claim;
  return findings.filter((f) => f.strength >= SHOW_THRESHOLD && !isMuted(asClaim, f));
}

/** The page's own word on what it is refines what the headline's form says. */
function onPage(claim: Claim, genre: PageGenre | null | undefined): Claim {
  const reading = kindOnPage({ kind: claim.kind, reason: claim.kindReason }, genre);
  return reading.kind === claim.kind ? claim : { ...claim, kind: reading.kind, kindReason: reading.reason };
}

/**
 * Most important first: the editors' notes, then the findings the verdict rests on, then the
 * rest by strength; earlier in the article before later on ties.
 */
function ordered(findings: Finding[], verdict: Verdict): Finding[] {
  const support = new Set(supportFor(verdict, findings));
  const rank = (f: Finding) => (f.source === 'note' ? 2 : 0) + (support.has(f) ? 1 : 0);
  return findings.slice().sort((a, b) => rank(b) - rank(a) || b.strength - a.strength || a.position - b.position);
}
