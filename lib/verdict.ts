import type { AnalysisInput, Claim, Finding, Verdict } from './types';
import type { VerdictProbabilities } from './stance/labels';

export interface VerdictInput {
  input: AnalysisInput;
  claim: Claim;
  /** Most important first, as the reader sees them. */
  findings: Finding[];
  /** The stance model's view; null when no model is loaded. */
  probabilities: VerdictProbabilities | null;
}

const VERDICTS: Verdict[] = ['supported', 'qualified', 'contradicted', 'unaddressed'];

/** A note whose own kind is a correction or retraction, or which the note reader weighs heavily. */
export function isCorrectingNote(f: Finding, input: AnalysisInput): boolean {
  if (f.source !== 'note' || (f.kind !== 'note' && f.kind !== 'contradiction')) return false;
  const kind = input.notes[f.paragraph]?.kind;
  return f.kind === 'contradiction' || kind === 'correction' || kind === 'retraction' || f.strength >= 0.7;
}

/** The findings that would let a reader see why a verdict was given; supported needs none. */
export function supportFor(verdict: Verdict, findings: Finding[], input: AnalysisInput): Finding[] {
  switch (verdict) {
    case 'contradicted':
      // "the sanctions he meant were not the new ones" (a contradiction, or a correcting note)
      return findings.filter((f) => f.kind === 'contradiction' || isCorrectingNote(f, input));
    case 'qualified':
      // any hedge, attribution, narrowing or uncertainty shown beside the claim
      return findings.filter((f) => f.kind !== 'unaddressed');
    case 'unaddressed':
      return findings.filter((f) => f.kind === 'unaddressed');
    case 'supported':
      return [];
  }
}

/** Without a model: the strongest shown finding decides. */
function ruleProbabilities(findings: Finding[], input: AnalysisInput): VerdictProbabilities {
  const max = (fs: Finding[]) => fs.reduce((m, f) => Math.max(m, f.strength), 0);
  const contra = max(supportFor('contradicted', findings, input));
  const unaddressed = max(supportFor('unaddressed', findings, input));
  const qualified = max(supportFor('qualified', findings, input));
  return {
    contradicted: contra >= 0.5 ? contra : 0,
    unaddressed,
    qualified: qualified >= 0.3 ? qualified * 0.9 : 0,
    supported: 0.3,
  };
}

/**
 * The verdict follows the model where the findings shown back it; where the model's first
 * choice has no finding to show, the next best choice that has one is taken. Notes are read
 * by the editors' own hand, which FNC-1's bodies never carry: a correcting note makes the
 * verdict contradicted, and any other strong note lifts supported or unaddressed to qualified.
 */
export function decideVerdict({ input, findings, probabilities }: VerdictInput): { verdict: Verdict; summary: string } {
  const p = probabilities ?? ruleProbabilities(findings, input);
  const ranked = VERDICTS.slice().sort((a, b) => p[b] - p[a]);
  let verdict = ranked.find((v) => v === 'supported' || supportFor(v, findings, input).length > 0) ?? 'supported';
  const strongNotes = findings.filter((f) => f.source === 'note' && f.kind !== 'unaddressed' && f.strength >= 0.5);
  // "UPDATE: the sanctions he meant were not the new ones": the editors correct the claim
  if (strongNotes.some((f) => isCorrectingNote(f, input))) verdict = 'contradicted';
  else if (strongNotes.length > 0 && (verdict === 'supported' || verdict === 'unaddressed')) verdict = 'qualified';
  // "the story is a hoax" and "officials denied it", both said outright beside the claim: the
  // article cannot be read as backing or merely hedging it, whatever the model learned of the claim
  const outright = findings.filter((f) => f.kind === 'contradiction' && f.source === 'body' && f.strength >= OUTRIGHT);
  if ((verdict === 'supported' || verdict === 'qualified') && outright.length >= OUTRIGHT_COUNT) verdict = 'contradicted';
  return { verdict, summary: summarize(verdict, findings, input) };
}

/** Strength, and number, of contradictions that outweigh a model reading the article as backing or hedging the claim. */
const OUTRIGHT = 0.85;
const OUTRIGHT_COUNT = 2;

const LEAD: Record<Verdict, string> = {
  supported: 'The article backs the headline as stated',
  qualified: 'The article qualifies the headline',
  contradicted: 'The article contradicts the headline',
  unaddressed: 'The article does not take up the headline’s claim',
};

/** One plain line: the verdict and the finding that weighs most for it. */
export function summarize(verdict: Verdict, findings: Finding[], input: AnalysisInput): string {
  const support = supportFor(verdict, findings, input);
  const strongest = (support.length > 0 ? support : findings.filter((f) => f.kind !== 'unaddressed'))
    .slice()
    .sort((a, b) => b.strength - a.strength)[0];
  if (!strongest) return `${LEAD[verdict]}.`;
  const why = strongest.explanation.replace(/\s+/g, ' ').trim().replace(/[.\s]+$/, '');
  if (verdict === 'supported') return `${LEAD[verdict]}; the main caveat: ${lowerFirst(why)}.`;
  return `${LEAD[verdict]}: ${lowerFirst(why)}.`;
}

// "The article says" -> "the article says", but "Trump said" keeps its capital
const PLAIN_STARTS = /^(?:The|A|An|No|It|This|These|Its|There|An?other)\b/;

function lowerFirst(s: string): string {
  return PLAIN_STARTS.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
