import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { BoundedChecker } from '../hostile/bounded';
import { analysisProblems, extractProblems } from '../hostile/well-formed';
import { mutate, mutation, randomHtml } from './mutate';

/**
 * Random and mutated pages through extractArticle and analyze: never a throw, never a hang,
 * always a well-formed result. Fixed seed and bounded runs, so a failure replays exactly.
 */
const SEED = 20261128;
const BOUND_MS = 5_000;
const FIXTURES = new URL('../fixtures/pages/', import.meta.url);
const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort().map((f) => readFileSync(new URL(f, FIXTURES), 'utf8'));

const checker = new BoundedChecker();
afterAll(() => checker.close());

// how many fuzzed pages reached the analyser: a fuzz run that never gets there proves little
const reached = { pages: 0, analysed: 0 };

async function holds(html: string): Promise<boolean> {
  const outcome = await checker.run({ kind: 'page', html }, BOUND_MS);
  if (outcome.status === 'timeout') throw new Error(`no result within ${BOUND_MS} ms`);
  if (outcome.status === 'thrown') throw new Error(`threw: ${outcome.error}`);
  reached.pages++;
  if (outcome.analysis) reached.analysed++;
  const problems = extractProblems(outcome.extract!);
  if (outcome.analysis) problems.push(...analysisProblems(outcome.analysis, outcome.input!));
  if (problems.length) throw new Error(problems.join('; '));
  return true;
}

describe('fuzzed pages', () => {
  test('there are fixture pages to mutate', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  test('mutated fixture pages', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: pages.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 12 }), (which, mutations) => holds(mutate(pages[which], mutations))),
      { seed: SEED, numRuns: 90, endOnFailure: true },
    );
  }, 60_000);

  test('random HTML', async () => {
    await fc.assert(fc.asyncProperty(randomHtml, holds), { seed: SEED, numRuns: 150, endOnFailure: true });
  }, 60_000);

  test('a good share of fuzzed pages reached the analyser', () => {
    expect(reached.pages).toBe(240);
    expect(reached.analysed).toBeGreaterThan(reached.pages / 4);
  });
});

describe('fuzzed analysis input', () => {
  const text = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('', ' ', '?', '"', '...', 'It is unclear.', 'U.S. officials said 50% may go.'));
  const input = fc.record({
    headline: text,
    paragraphs: fc.array(text, { maxLength: 12 }),
    notes: fc.array(fc.record({ kind: fc.constantFrom('update', 'correction', 'clarification', 'editors-note', 'retraction' as const), text, date: fc.option(fc.string({ maxLength: 20 })) }), { maxLength: 3 }),
  });

  test('analyze never throws and stays well formed on any strings', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const outcome = await checker.run({ kind: 'input', input: value }, BOUND_MS);
        if (outcome.status !== 'done') throw new Error(outcome.status === 'thrown' ? `threw: ${outcome.error}` : 'timed out');
        const problems = analysisProblems(outcome.analysis!, value);
        if (problems.length) throw new Error(problems.join('; '));
        return true;
      }),
      { seed: SEED, numRuns: 300, endOnFailure: true },
    );
  }, 60_000);
});
