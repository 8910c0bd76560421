import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { analyzeBatch, createBatchAnalyzer } from '../../lib/analyze-batch';
import type { AnalysisInput, Verdict } from '../../lib/types';
import { supportFor } from '../../lib/verdict';
import { FOUNDING, PAIRS } from './fixtures';

// the first analysis loads compromise; budgets in these tests are about the work, not the load
const roomy = { budgetMs: 5000 };

describe('analyze: the founding example', () => {
  const analysis = analyze(FOUNDING, roomy);

  test('the headline is contradicted or qualified, not supported', () => {
    expect(['contradicted', 'qualified']).toContain(analysis.verdict);
  });

  test('the UPDATE note is the first finding', () => {
    expect(analysis.findings[0]?.source).toBe('note');
    expect(analysis.findings[0]?.text).toContain('were not the sanctions announced Thursday');
  });

  test('the body’s "It is unclear" sentence is among the findings', () => {
    expect(analysis.findings.some((f) => f.text.includes('It is unclear what sanctions'))).toBe(true);
  });

  test('the summary is one line naming the update', () => {
    expect(analysis.summary).not.toContain('\n');
    expect(analysis.summary).toMatch(/update/i);
  });
});

describe('analyze: verdicts on pairs a reader judges at a glance', () => {
  test.each([
    ['a body that calls the claim a hoax', PAIRS.refuted, ['contradicted']],
    ['a body that reports the claim as unverified', PAIRS.hedged, ['qualified']],
    ['a body that reports the claim as fact', PAIRS.backed, ['supported', 'qualified']],
  ] as [string, AnalysisInput, Verdict[]][])('%s', (_name, input, verdicts) => {
    expect(verdicts).toContain(analyze(input, roomy).verdict);
  });

  // a headline set against another article's body is the pair prior's reading (FNC-1, batch)
  test.each([
    ['a marathon story under a lawn-mower headline', PAIRS.unrelatedToMarathon],
    ['a bakery story under a war headline', PAIRS.unrelatedToBakery],
  ])('%s, read as a pair, is unaddressed', (_name, input) => {
    expect(analyze(input, { ...roomy, prior: 'pair' }).verdict).toBe('unaddressed');
  });

  test("a whole story on an article's own page that never names its headline's claim is unaddressed", () => {
    const bakery = [
      'The bakery on Elm Street opened its doors in 1952.',
      'Its rye bread is made from a starter kept alive for seventy years.',
      'On weekends the queue stretches around the block.',
      'The owner, now in her eighties, still bakes every morning.',
      'Her grandson plans to add a café next spring.',
      'Regulars say the cinnamon rolls are the best in the county.',
    ];
    expect(analyze({ headline: 'Islamic State militants seize Syrian town of Kobani', paragraphs: bakery, notes: [] }, roomy).verdict).toBe('unaddressed');
  });

  test("a few sentences on an article's own page are too little to say it never takes its headline up", () => {
    expect(analyze(PAIRS.unrelatedToBakery, roomy).verdict).not.toBe('unaddressed');
  });
});

describe('analyze: the unaddressed finding', () => {
  test('names the headline’s words the body never uses', () => {
    const analysis = analyze(PAIRS.unrelatedToBakery, { ...roomy, prior: 'pair' });
    const finding = analysis.findings[0];
    expect(finding?.kind).toBe('unaddressed');
    expect(finding?.explanation).toMatch(/^No sentence in the article mentions /);
    expect(finding?.explanation).toMatch(/Kobani|Islamic State|Syrian/);
    expect(PAIRS.unrelatedToBakery.paragraphs.join(' ')).toContain(finding?.text);
  });

  test('is not shown when the body takes the claim up', () => {
    for (const input of [PAIRS.refuted, PAIRS.hedged, PAIRS.backed, FOUNDING]) {
      expect(analyze(input, roomy).findings.map((f) => f.kind)).not.toContain('unaddressed');
    }
  });
});

describe('analyze: every verdict rests on a finding the reader is shown', () => {
  test.each(Object.entries({ ...PAIRS, founding: FOUNDING }))('%s', (_name, input) => {
    const { verdict, findings } = analyze(input, roomy);
    if (verdict !== 'supported') expect(supportFor(verdict, findings).length).toBeGreaterThan(0);
  });
});

describe('analyze: the time budget', () => {
  const huge: AnalysisInput = {
    headline: PAIRS.refuted.headline,
    notes: [],
    paragraphs: Array.from({ length: 20000 }, (_, i) => `${PAIRS.refuted.paragraphs[i % 4]} Paragraph ${i} adds more about the town.`),
  };

  test('a huge page stops at the budget and says so', () => {
    analyze(PAIRS.refuted, roomy);
    const start = performance.now();
    const analysis = analyze(huge);
    const ms = performance.now() - start;
    expect(analysis.truncated).toBe(true);
    expect(ms).toBeLessThan(2500);
    expect(['contradicted', 'qualified']).toContain(analysis.verdict);
  });

  test('an ordinary article is read whole', () => {
    expect(analyze(PAIRS.refuted, roomy).truncated).toBe(false);
  });
});

describe('analyze: batches prepare each body once', () => {
  test('pairs sharing a body give the same analyses as one by one', () => {
    const inputs = [PAIRS.backed, PAIRS.unrelatedToMarathon, PAIRS.backed];
    const pairs = { ...roomy, prior: 'pair' as const };
    const batch = analyzeBatch(inputs.map((input) => ({ input, bodyKey: 'marathon' })), roomy);
    expect(batch.map((a) => a.verdict)).toEqual(inputs.map((input) => analyze(input, pairs).verdict));
    expect(batch.map((a) => a.findings)).toEqual(inputs.map((input) => analyze(input, pairs).findings));
  });

  test('the analyser counts distinct bodies, notes included', () => {
    const analyzer = createBatchAnalyzer(roomy);
    analyzer.analyze(PAIRS.backed, 'b1');
    analyzer.analyze(PAIRS.unrelatedToMarathon, 'b1');
    analyzer.analyze(PAIRS.refuted, 'b2');
    analyzer.analyze({ ...PAIRS.refuted, notes: [{ kind: 'correction', text: 'Correction: the ban was proposed, not passed.', date: null }] }, 'b2');
    expect(analyzer.bodies).toBe(3);
  });
});
