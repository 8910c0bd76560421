import type { AnalysisInput, Claim, Finding, ModelVerdict, Verdict } from './types';
import type { VerdictProbabilities } from './stance/labels';

/**
 * How the body is read against the headline: an article's own page mostly backs its own
 * headline; a headline set against some other article's body (as FNC-1 pairs them) is read
 * with the stance model's prior.
 */
export type Prior = 'own-page' | 'pair';

export interface VerdictInput {
  input: AnalysisInput;
  claim: Claim;
  /** The findings shown, most important first. */
  findings: Finding[];
  /** The stance model's view; null when no model is loaded or the page is read as its own. */
  probabilities: VerdictProbabilities | null;
  prior: Prior;
}

const MODEL_VERDICTS: ModelVerdict[] = ['supported', 'qualified', 'contradicted', 'unaddressed'];

/** A note that says the headline's claim is wrong (or withdraws the story). */
export function isCorrectingNote(f: Finding): boolean {
  return f.source === 'note' && f.effect === 'contradicts';
}

/** The findings that let a reader see why a verdict was given; supported and no-claim need none. */
export function supportFor(verdict: Verdict, findings: Finding[]): Finding[] {
  switch (verdict) {
    case 'contradicted':
      // "the sanctions he meant were not the new ones" (a contradiction, or a correcting note)
      return findings.filter((f) => f.effect === 'contradicts');
    case 'qualified':
      // any hedge, attribution, narrowing or uncertainty shown beside the claim
      return findings.filter((f) => f.effect !== 'unaddressed');
    case 'unaddressed':
      return findings.filter((f) => f.effect === 'unaddressed');
    case 'supported':
    case 'no-claim':
      return [];
  }
}

/**
 * The verdict follows the findings shown. On an article's own page: contradicted with a
 * finding that says the claim is false, qualified with one that narrows, hedges or doubts it,
 * supported with none. Read as a pair, the model's choice stands where a finding shown backs
 * it; notes are read by the editors' own hand, which FNC-1's bodies never carry.
 */
export function decideVerdict(v: VerdictInput): { verdict: Verdict; summary: string } {
  const verdict = v.claim.kind === 'no-claim' && v.prior === 'own-page' ? 'no-claim' : v.prior === 'own-page' || !v.probabilities ? fromFindings(v.findings) : fromModel(v.probabilities, v.findings);
  return { verdict, summary: summarize(verdict, v.findings, v.claim) };
}

function fromFindings(findings: Finding[]): Verdict {
  if (supportFor('contradicted', findings).length > 0) return 'contradicted';
  if (supportFor('qualified', findings).length > 0) return 'qualified';
  if (supportFor('unaddressed', findings).length > 0) return 'unaddressed';
  return 'supported';
}

function fromModel(p: VerdictProbabilities, findings: Finding[]): Verdict {
  const ranked = MODEL_VERDICTS.slice().sort((a, b) => p[b] - p[a]);
  let verdict: Verdict = ranked.find((v) => v === 'supported' || supportFor(v, findings).length > 0) ?? 'supported';
  const notes = findings.filter((f) => f.source === 'note' && f.effect !== 'unaddressed');
  // "UPDATE: the sanctions he meant were not the new ones": the editors correct the claim
  if (notes.some(isCorrectingNote)) verdict = 'contradicted';
  else if (notes.length > 0 && (verdict === 'supported' || verdict === 'unaddressed')) verdict = 'qualified';
  // "the story is a hoax" and "officials denied it", both said outright beside the claim
  const outright = findings.filter((f) => f.kind === 'contradiction' && f.source === 'body' && f.strength >= OUTRIGHT);
  if ((verdict === 'supported' || verdict === 'qualified') && outright.length >= OUTRIGHT_COUNT) verdict = 'contradicted';
  return verdict;
}

/** Strength, and number, of contradictions that outweigh a model reading the pair as backing or hedging the claim. */
const OUTRIGHT = 0.85;
const OUTRIGHT_COUNT = 2;

const LEAD: Record<Verdict, string> = {
  supported: 'The article backs the headline as stated',
  qualified: 'The article qualifies the headline',
  contradicted: 'The article contradicts the headline',
  unaddressed: 'The article does not take up the headline’s claim',
  'no-claim': 'Nothing to check',
};

// "an opinion column": how a headline that is the writer's own judgement is named
const OWN_JUDGEMENT: Partial<Record<Claim['kind'], string>> = {
  opinion: 'an opinion column, so the headline is the writer’s own judgement',
  review: 'a review, so the headline is the writer’s own judgement',
};

/** One plain line: the verdict and the finding that weighs most for it. */
export function summarize(verdict: Verdict, findings: Finding[], claim: Claim): string {
  if (verdict === 'no-claim') return `${LEAD[verdict]}: the headline is ${claim.kindReason ?? 'not a claim'}.`;
  const own = OWN_JUDGEMENT[claim.kind];
  if (verdict === 'supported') return own ? `${LEAD[verdict]}; this is ${own}.` : `${LEAD[verdict]}.`;
  const strongest = supportFor(verdict, findings)
    .slice()
    .sort((a, b) => b.strength - a.strength)[0];
  if (!strongest) return `${LEAD[verdict]}.`;
  const why = strongest.explanation.replace(/\s+/g, ' ').trim().replace(/[.\s]+$/, '');
  return `${LEAD[verdict]}: ${lowerFirst(why)}.`;
}

// "The article says" -> "the article says", but "Trump said" keeps its capital
const PLAIN_STARTS = /^(?:The|A|An|No|It|This|These|Its|There|An?other|Those)\b/;

function lowerFirst(s: string): string {
  return PLAIN_STARTS.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
