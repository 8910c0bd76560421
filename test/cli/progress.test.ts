import { describe, expect, test } from 'vitest';
import type { Output } from '../../cli/output';
import { progressLine, progressText } from '../../cli/progress';
import { runCli } from './run-cli';

const PAIRS = Array.from({ length: 3 }, (_, id) => JSON.stringify({ id, headline: 'Vaccine prevents infection', body: 'The vaccine may prevent infection.' })).join('\n');

describe('progressText: count, rate and time left', () => {
  test.each([
    [1234, 'pairs', 2, 0.5, '1,234 pairs · 617/s · about 2 s left'],
    [50, 'pages', 10, 0.1, '50 pages · 5/s · about 2 min left'],
    [1, 'pages', 1, 0.5, '1 page · 1/s · about 1 s left'],
    [9000, 'pairs', 60, 0.25, '9,000 pairs · 150/s · about 3 min left'],
    [9000, 'pairs', 3600, 0.5, '9,000 pairs · 3/s · about 1 h 0 min left'],
    // no size to go by (stdin from a pipe, URLs): no time left
    [10, 'pages', 4, null, '10 pages · 3/s'],
    // done, or nothing measured yet
    [10, 'pages', 4, 1, '10 pages · 3/s'],
    [0, 'pairs', 0, 0, '0 pairs'],
  ])('%i %s in %i s at %j', (done, unit, seconds, fraction, expected) => {
    expect(progressText(done, unit, seconds, fraction)).toBe(expected);
  });
});

describe('progressLine', () => {
  function terminal(afterMs: number) {
    const shown: string[] = [];
    const out = { status: { show: (text: string) => void shown.push(text), afterMs } } as unknown as Output;
    return { out, shown };
  }

  test('waits for a long run, redraws at most every 250 ms and clears itself at the end', () => {
    const { out, shown } = terminal(1000);
    let now = 0;
    const progress = progressLine(out, false, 'pairs', () => null, () => now);
    for (now = 0; now <= 2000; now += 100) progress.add();
    progress.end();
    expect(shown).toEqual(['11 pairs · 11/s', '14 pairs · 11/s', '17 pairs · 11/s', '20 pairs · 11/s', '']);
  });

  test.each([
    ['a short run', false, 10],
    ['--quiet', true, 5000],
  ])('%s shows nothing and leaves nothing to clear', (_, quiet, at) => {
    const { out, shown } = terminal(1000);
    const progress = progressLine(out, quiet, 'pairs', () => null, () => at);
    progress.add();
    progress.end();
    expect(shown).toEqual([]);
  });
});

describe('the progress line in a command', () => {
  test.each([
    ['batch', ['batch'], PAIRS, /^3 pairs/],
    ['check', ['check', 'test/fixtures/pages/founding-example.html', 'samples/sample-article.html', '--jobs', '1'], '', /^[12] pages? ·/],
  ])('%s shows it on a terminal, never on stdout', async (_, argv, stdin, shape) => {
    const run = await runCli(argv, stdin, { terminal: true });
    expect(run.code).toBe(0);
    expect(run.status.some((text) => shape.test(text))).toBe(true);
    expect(run.status.at(-1)).toBe('');
    expect(run.stdout).not.toMatch(/pairs|pages ·/);
  });

  test('--quiet keeps it off', async () => {
    const run = await runCli(['batch', '--quiet'], PAIRS, { terminal: true });
    expect(run.code).toBe(0);
    expect(run.status).toEqual([]);
  });
});
