import { afterEach, expect, test, vi } from 'vitest';
import { FOUNDING } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

// A fresh extension worker: nothing of the analyser, compromise's first parse included, has run
// yet. Its clock runs three times fast, as on a reader's device slower than this machine: the
// article's own work still fits the default budget, and the one-time set-up must not count.
test('the first analysis of a normal article in a fresh worker is not truncated', async () => {
  vi.resetModules();
  const { analyze } = await import('../../lib/analyze');
  const real = performance.now.bind(performance);
  const origin = real();
  vi.spyOn(performance, 'now').mockImplementation(() => origin + (real() - origin) * 3);
  const analysis = analyze(FOUNDING);
  expect(analysis.truncated).toBe(false);
  expect(analysis.findings.some((f) => f.text.includes('It is unclear what sanctions'))).toBe(true);
});

test('a huge article in a fresh worker is still cut at the budget', async () => {
  vi.resetModules();
  const { analyze } = await import('../../lib/analyze');
  const huge = { ...FOUNDING, paragraphs: Array.from({ length: 4000 }, (_, i) => `Paragraph ${i} says the sanctions were discussed again.`) };
  expect(analyze(huge).truncated).toBe(true);
});

// The extension's worker prepares the analyser while idle: the reader's first check then gives
// exactly what it would have given had it paid the start-up cost itself.
test('preparing the analyser ahead of the first check changes nothing in the result', async () => {
  vi.resetModules();
  const cold = (await import('../../lib/analyze')).analyze(FOUNDING);
  vi.resetModules();
  const prepared = await import('../../lib/analyze');
  prepared.prepareAnalyzer();
  expect(prepared.analyze(FOUNDING)).toEqual(cold);
});
