import { describe, expect, test } from 'vitest';
import type { VerdictProbabilities } from '../../lib/stance/labels';
import type { AnalysisInput, Claim, Finding, FindingKind, NoteKind } from '../../lib/types';
import { decideVerdict, supportFor } from '../../lib/verdict';

const claim: Claim = {
  headline: 'Apple to buy Beats for $3.2 billion',
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

function input(notes: NoteKind[] = []): AnalysisInput {
  return {
    headline: claim.headline,
    paragraphs: ['Apple is in talks to buy Beats Electronics.'],
    notes: notes.map((kind) => ({ kind, text: 'A note.', date: null })),
  };
}

function finding(kind: FindingKind, strength: number, source: 'body' | 'note' = 'body', explanation = `A ${kind} finding.`): Finding {
  return { kind, source, text: 'Evidence sentence.', paragraph: 0, position: source === 'note' ? 0 : 0.3, headlinePart: 'to buy', explanation, strength, buried: false };
}

function probs(supported: number, qualified: number, contradicted: number, unaddressed: number): VerdictProbabilities {
  return { supported, qualified, contradicted, unaddressed };
}

describe('verdict: the model decides where the findings back it', () => {
  test.each([
    ['contradicted with a contradiction shown', probs(0.1, 0.2, 0.6, 0.1), [finding('contradiction', 0.8)], 'contradicted'],
    ['contradicted without one falls to the next class that has a finding', probs(0.1, 0.3, 0.5, 0.1), [finding('hedge', 0.5)], 'qualified'],
    ['contradicted with nothing shown falls to supported', probs(0.2, 0.1, 0.6, 0.1), [], 'supported'],
    ['qualified with a hedge', probs(0.2, 0.6, 0.1, 0.1), [finding('hedge', 0.4)], 'qualified'],
    ['qualified without any finding falls to supported', probs(0.3, 0.6, 0.05, 0.05), [], 'supported'],
    ['unaddressed with the unaddressed finding', probs(0.05, 0.05, 0.05, 0.85), [finding('unaddressed', 0.85)], 'unaddressed'],
    ['unaddressed without it falls to the next class', probs(0.1, 0.2, 0.05, 0.65), [finding('attribution', 0.3)], 'qualified'],
    ['supported stands beside a weak finding', probs(0.7, 0.2, 0.05, 0.05), [finding('quote', 0.2)], 'supported'],
    ['two outright contradictions outweigh a model reading support', probs(0.8, 0.1, 0.05, 0.05), [finding('contradiction', 0.9), finding('contradiction', 0.86)], 'contradicted'],
    ['two outright contradictions outweigh a model reading a hedge', probs(0.1, 0.8, 0.05, 0.05), [finding('contradiction', 0.9), finding('contradiction', 0.86)], 'contradicted'],
    // near miss: one outright contradiction alone leaves the model's reading standing
    ['one outright contradiction does not', probs(0.8, 0.1, 0.05, 0.05), [finding('contradiction', 0.9)], 'supported'],
  ])('%s', (_name, p, findings, expected) => {
    expect(decideVerdict({ input: input(), claim, findings, probabilities: p }).verdict).toBe(expected);
  });
});

describe('verdict: editors’ notes outrank a model that never saw one', () => {
  test.each([
    ['a correcting update turns supported into contradicted', [], [finding('note', 0.8, 'note')], 'contradicted'],
    ['a correction note of middling weight still contradicts', ['correction'], [finding('note', 0.5, 'note')], 'contradicted'],
    ['an update that only adds turns supported into qualified', ['update'], [finding('note', 0.55, 'note')], 'qualified'],
    ['a weak note changes nothing', ['update'], [finding('note', 0.2, 'note')], 'supported'],
  ] as [string, NoteKind[], Finding[], string][])('%s', (_name, notes, findings, expected) => {
    const kinds: NoteKind[] = notes.length ? notes : ['update'];
    expect(decideVerdict({ input: input(kinds), claim, findings, probabilities: probs(0.8, 0.1, 0.05, 0.05) }).verdict).toBe(expected);
  });

  test.each([
    ['a correcting update outranks a model reading a hedge', [finding('note', 0.8, 'note'), finding('hedge', 0.5)], 'contradicted'],
    // near miss: an update that only adds leaves the hedge as it is
    ['an update that only adds leaves qualified', [finding('note', 0.55, 'note'), finding('hedge', 0.5)], 'qualified'],
  ])('%s', (_name, findings, expected) => {
    expect(decideVerdict({ input: input(['update']), claim, findings, probabilities: probs(0.1, 0.8, 0.05, 0.05) }).verdict).toBe(expected);
  });
});

describe('verdict: without a model the strongest finding decides', () => {
  test.each([
    ['a strong contradiction', [finding('contradiction', 0.9), finding('hedge', 0.4)], 'contradicted'],
    ['a weak contradiction only qualifies', [finding('contradiction', 0.35)], 'qualified'],
    ['the unaddressed finding', [finding('unaddressed', 0.9)], 'unaddressed'],
    ['an uncertainty', [finding('uncertainty', 0.6)], 'qualified'],
    ['nothing at all', [], 'supported'],
  ])('%s', (_name, findings, expected) => {
    expect(decideVerdict({ input: input(), claim, findings, probabilities: null }).verdict).toBe(expected);
  });
});

describe('verdict: the summary', () => {
  test('names the strongest finding behind the verdict', () => {
    const findings = [
      finding('hedge', 0.3, 'body', 'The article says the deal is only reported.'),
      finding('contradiction', 0.9, 'body', 'The article says Apple denied the talks.'),
    ];
    const { verdict, summary } = decideVerdict({ input: input(), claim, findings, probabilities: probs(0.1, 0.2, 0.6, 0.1) });
    expect(verdict).toBe('contradicted');
    expect(summary).toContain('Apple denied the talks');
    expect(summary.split('\n')).toHaveLength(1);
  });

  test('says the body backs the claim when nothing weighs against it', () => {
    expect(decideVerdict({ input: input(), claim, findings: [], probabilities: probs(0.9, 0.05, 0.03, 0.02) }).summary).toBe(
      'The article backs the headline as stated.',
    );
  });
});

describe('verdict: every verdict but supported rests on a finding shown', () => {
  const kinds: FindingKind[] = ['note', 'uncertainty', 'hedge', 'attribution', 'contradiction', 'numbers', 'scope', 'quote', 'unaddressed'];
  const grid = [0.05, 0.3, 0.6, 0.9];
  test.each(kinds.flatMap((k) => grid.map((s) => [k, s] as const)))('%s at %s', (kind, strength) => {
    for (const p of [probs(0.1, 0.1, 0.7, 0.1), probs(0.1, 0.7, 0.1, 0.1), probs(0.1, 0.1, 0.1, 0.7), probs(0.7, 0.1, 0.1, 0.1)]) {
      const findings = [finding(kind, strength, kind === 'note' ? 'note' : 'body')];
      const { verdict } = decideVerdict({ input: input(['update']), claim, findings, probabilities: p });
      if (verdict !== 'supported') expect(supportFor(verdict, findings, input(['update'])).length).toBeGreaterThan(0);
    }
  });
});
