import { describe, expect, test } from 'vitest';
import type { VerdictProbabilities } from '../../lib/stance/labels';
import type { AnalysisInput, Claim, Finding, FindingEffect, FindingKind, HeadlineKind } from '../../lib/types';
import { decideVerdict, type Prior, supportFor } from '../../lib/verdict';

const CLAIM: Claim = {
  headline: 'Apple to buy Beats for $3.2 billion',
  kind: 'claim',
  kindReason: null,
  subject: 'Apple',
  predicate: 'to buy',
  object: 'Beats',
  modality: 'planned',
  tense: 'future',
  negated: false,
  question: false,
  numbers: [],
  people: [],
  places: [],
  organizations: ['Apple', 'Beats'],
  quotes: [],
  attribution: null,
  stance: 'asserts',
  relation: 'none',
  keywords: ['apple', 'buy', 'beats'],
};

const INPUT: AnalysisInput = { headline: CLAIM.headline, paragraphs: ['Apple is in talks to buy Beats Electronics.'], notes: [] };

function finding(kind: FindingKind, strength: number, effect: FindingEffect = kind === 'contradiction' ? 'contradicts' : kind === 'unaddressed' ? 'unaddressed' : 'qualifies', source: 'body' | 'note' = kind === 'note' ? 'note' : 'body'): Finding {
  return { kind, source, text: 'Evidence sentence.', paragraph: 0, position: source === 'note' ? 0 : 0.3, headlinePart: 'to buy', explanation: `A ${kind} finding.`, strength, effect, buried: false };
}

function probs(supported: number, qualified: number, contradicted: number, unaddressed: number): VerdictProbabilities {
  return { supported, qualified, contradicted, unaddressed };
}

function verdictOf(findings: Finding[], prior: Prior = 'own-page', probabilities: VerdictProbabilities | null = null, kind: HeadlineKind = 'claim') {
  const claim = { ...CLAIM, kind, kindReason: kind === 'no-claim' ? 'a list title, not a claim' : null };
  return decideVerdict({ input: INPUT, claim, findings, probabilities, prior });
}

describe("verdict: an article's own page follows the findings shown", () => {
  test.each([
    ['nothing shown: supported', [], 'supported'],
    ['a hedge: qualified', [finding('hedge', 0.6)], 'qualified'],
    ['an unnamed source: qualified', [finding('attribution', 0.7)], 'qualified'],
    ['a contradiction: contradicted', [finding('contradiction', 0.6)], 'contradicted'],
    ['a correcting note: contradicted', [finding('note', 0.8, 'contradicts')], 'contradicted'],
    ['a narrowing note: qualified', [finding('note', 0.6, 'qualifies')], 'qualified'],
    ['a contradiction beside hedges: contradicted', [finding('hedge', 0.9), finding('contradiction', 0.55)], 'contradicted'],
    ['the body never takes the claim up: unaddressed', [finding('unaddressed', 0.8)], 'unaddressed'],
    ['a qualification outweighs not being taken up', [finding('unaddressed', 0.8), finding('scope', 0.6)], 'qualified'],
  ] as [string, Finding[], string][])('%s', (_name, findings, expected) => {
    expect(verdictOf(findings).verdict).toBe(expected);
  });

  test('a headline that claims nothing is no-claim, whatever is found', () => {
    expect(verdictOf([finding('hedge', 0.9)], 'own-page', null, 'no-claim').verdict).toBe('no-claim');
    expect(verdictOf([], 'own-page', null, 'no-claim').summary).toBe('Nothing to check: the headline is a list title, not a claim.');
  });

  test('an opinion column the body argues for is supported and named as the writer’s own', () => {
    const { verdict, summary } = verdictOf([], 'own-page', null, 'opinion');
    expect(verdict).toBe('supported');
    expect(summary).toContain('opinion column');
  });
});

describe('verdict: a pair follows the model where the findings back it', () => {
  test.each([
    ['contradicted with a contradiction shown', probs(0.1, 0.2, 0.6, 0.1), [finding('contradiction', 0.8)], 'contradicted'],
    ['contradicted without one falls to the next class that has a finding', probs(0.1, 0.3, 0.5, 0.1), [finding('hedge', 0.5)], 'qualified'],
    ['contradicted with nothing shown falls to supported', probs(0.2, 0.1, 0.6, 0.1), [], 'supported'],
    ['qualified with a hedge', probs(0.2, 0.6, 0.1, 0.1), [finding('hedge', 0.6)], 'qualified'],
    ['unaddressed with the unaddressed finding', probs(0.05, 0.05, 0.05, 0.85), [finding('unaddressed', 0.85)], 'unaddressed'],
    ['unaddressed without it falls to the next class', probs(0.1, 0.2, 0.05, 0.65), [finding('attribution', 0.6)], 'qualified'],
    ['two outright contradictions outweigh a model reading support', probs(0.8, 0.1, 0.05, 0.05), [finding('contradiction', 0.9), finding('contradiction', 0.86)], 'contradicted'],
    // near miss: one outright contradiction alone leaves the model's reading standing
    ['one outright contradiction does not', probs(0.8, 0.1, 0.05, 0.05), [finding('contradiction', 0.9)], 'supported'],
    ['a correcting note outranks a model reading support', probs(0.8, 0.1, 0.05, 0.05), [finding('note', 0.8, 'contradicts')], 'contradicted'],
    ['a narrowing note turns support into qualified', probs(0.8, 0.1, 0.05, 0.05), [finding('note', 0.6, 'qualifies')], 'qualified'],
  ] as [string, VerdictProbabilities, Finding[], string][])('%s', (_name, p, findings, expected) => {
    expect(verdictOf(findings, 'pair', p).verdict).toBe(expected);
  });

  test('read as a pair, a headline the claim reader takes for a label is still judged', () => {
    expect(verdictOf([], 'pair', probs(0.1, 0.1, 0.1, 0.7), 'no-claim').verdict).not.toBe('no-claim');
  });
});

describe('verdict: the summary', () => {
  test('names the strongest finding behind the verdict', () => {
    const findings = [
      { ...finding('hedge', 0.6), explanation: 'The article says the deal is only reported.' },
      { ...finding('contradiction', 0.9), explanation: 'The article says Apple denied the talks.' },
    ];
    const { verdict, summary } = verdictOf(findings);
    expect(verdict).toBe('contradicted');
    expect(summary).toBe('The article contradicts the headline: the article says Apple denied the talks.');
  });

  test('supported names no caveat: no finding says otherwise', () => {
    expect(verdictOf([]).summary).toBe('The article backs the headline as stated.');
  });
});

describe('verdict: every verdict but supported and no-claim rests on a finding shown', () => {
  const kinds: FindingKind[] = ['note', 'uncertainty', 'hedge', 'attribution', 'contradiction', 'numbers', 'scope', 'quote', 'unaddressed'];
  const priors: [Prior, VerdictProbabilities | null][] = [
    ['own-page', null],
    ['pair', probs(0.1, 0.1, 0.7, 0.1)],
    ['pair', probs(0.1, 0.7, 0.1, 0.1)],
    ['pair', probs(0.1, 0.1, 0.1, 0.7)],
    ['pair', probs(0.7, 0.1, 0.1, 0.1)],
  ];
  test.each(kinds)('%s', (kind) => {
    for (const [prior, p] of priors) {
      const findings = [finding(kind, 0.7)];
      const { verdict } = verdictOf(findings, prior, p);
      if (verdict !== 'supported') expect(supportFor(verdict, findings).length).toBeGreaterThan(0);
      if (prior === 'own-page') expect(verdict).not.toBe('supported');
    }
  });
});
