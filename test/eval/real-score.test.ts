import { describe, expect, test } from 'vitest';
import { contentWords, isCalm, quoteMatches, scorePage, totalsOf, verdictRight, type LabelledPage } from '../../scripts/real/score';

const page = (over: Partial<LabelledPage> = {}): LabelledPage => ({
  id: 'p1',
  page: 'x.html',
  language: 'en',
  headline: 'Apple to buy Beats',
  genre: 'news',
  claim: 'Apple will buy Beats.',
  verdict: 'supported',
  also_ok: [],
  why: '',
  evidence: [],
  notes: [],
  ...over,
});

describe('reader-labels scoring: matching a finding to a quote', () => {
  test.each([
    ['Apple is in talks to buy Beats, according to people familiar with the matter.', 'Apple is in talks to buy Beats, according to people familiar with the matter.', true],
    // the shorter's words 60% found in the longer
    ['Apple is in talks to buy Beats', 'Apple is in talks to buy Beats, according to people familiar with the matter.', true],
    ['Apple denied the report on Tuesday.', 'Apple is in talks to buy Beats, according to people familiar.', false],
    // curly and straight apostrophes are the same
    ['Apple’s deal for Beats', "Apple's deal for Beats was signed."],
    // stop words alone match nothing
    ['It is.', 'It is not.', false],
  ] as [string, string, boolean?][])('%s ~ %s', (a, b, expected = true) => {
    expect(quoteMatches(a, b)).toBe(expected);
  });

  test('content words drop the short stop list', () => {
    expect(contentWords('The deal is not done, he said.')).toEqual(['deal', 'done', 'said']);
  });
});

describe('reader-labels scoring: verdicts and calm pages', () => {
  test.each([
    [page(), 'supported', true],
    [page(), 'qualified', false],
    [page({ verdict: 'qualified', also_ok: ['supported'] }), 'supported', true],
    // where no-claim is allowed, supported or a no-claim answer counts
    [page({ verdict: 'no-claim' }), 'supported', true],
    [page({ verdict: 'supported', also_ok: ['no-claim'] }), 'no-claim', true],
    [page({ verdict: 'no-claim' }), 'qualified', false],
    [page(), null, false],
  ] as [LabelledPage, string | null, boolean][])('%o gets %s: %s', (label, verdict, right) => {
    expect(verdictRight(label, verdict)).toBe(right);
  });

  test('calm: supported or no-claim without a must sentence', () => {
    expect(isCalm(page())).toBe(true);
    expect(isCalm(page({ verdict: 'no-claim' }))).toBe(true);
    expect(isCalm(page({ evidence: [{ quote: 'x', kind: 'hedge', must: true }] }))).toBe(false);
    expect(isCalm(page({ verdict: 'qualified' }))).toBe(false);
  });
});

describe('reader-labels scoring: totals', () => {
  const sourced = 'Apple is in talks to buy Beats, according to people familiar with the matter.';
  const labels = [
    page({ id: 'q', verdict: 'qualified', evidence: [{ quote: sourced, kind: 'attribution', must: true }] }),
    page({ id: 'calm' }),
    page({ id: 'note', notes: [{ quote: 'Correction: an earlier version misspelled a name.', kind: 'correction', bears_on_headline: false }] }),
  ];
  const scores = [
    scorePage(labels[0]!, { verdict: 'qualified', findings: [{ kind: 'attribution', text: sourced }], notes: [] }),
    scorePage(labels[1]!, { verdict: 'qualified', findings: [{ kind: 'hedge', text: 'Apple may buy Beats next year.' }], notes: [] }),
    scorePage(labels[2]!, { verdict: 'supported', findings: [], notes: ['Correction: an earlier version misspelled a name.', 'Update: more reporting.'] }),
  ];
  const t = totalsOf(scores);

  test('precision counts every finding shown; must-recall every must sentence', () => {
    expect(t.precision).toEqual({ hit: 1, of: 2 });
    expect(t.precisionByKind.get('hedge')).toEqual({ hit: 0, of: 1 });
    expect(t.mustRecall).toEqual({ hit: 1, of: 1 });
  });

  test('cry-wolf among calm pages, missed among doubted ones', () => {
    expect(t.cryWolf).toEqual({ hit: 1, of: 2 });
    expect(t.missed).toEqual({ hit: 0, of: 1 });
    expect(t.verdicts).toEqual({ hit: 2, of: 3 });
  });

  test('notes: recall of labelled notes, share of notes found that are labelled', () => {
    expect(t.noteRecall).toEqual({ hit: 1, of: 1 });
    expect(t.notePrecision).toEqual({ hit: 1, of: 2 });
  });
});
