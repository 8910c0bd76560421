import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli';

const BODY = [
  'Scientists at the university said on Monday that the new vaccine prevented infection in 90% of volunteers.',
  'The trial enrolled 30,000 adults across four countries and was reviewed by independent experts.',
].join('\n\n');

describe('fine-print batch', () => {
  test('one output line per input line, in order, with the id carried through', async () => {
    const input = [
      { id: 'a', headline: 'New vaccine prevents infection in 90% of volunteers', body: BODY },
      { id: 'b', headline: 'Lionel Messi signs for a club in Japan', body: BODY },
      { id: 7, headline: 'Vaccine trial was a hoax', body: BODY, notes: ['Correction: An earlier version misstated the number of countries.'] },
    ]
      .map((pair) => JSON.stringify(pair))
      .join('\n');
    const run = await runCli(['batch'], input);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 7]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['id', 'verdict', 'summary', 'findings']);
      expect(['supported', 'qualified', 'contradicted', 'unaddressed']).toContain(line.verdict);
    }
    expect(lines[1].verdict).toBe('unaddressed');
  });

  test('a malformed line gets an error line and the rest go on', async () => {
    const input = ['{"id":1,"headline":"x"}', 'not json', JSON.stringify({ id: 2, headline: 'Vaccine works', body: BODY })].join('\n');
    const run = await runCli(['batch'], input);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 1, error: expect.stringContaining('body') });
    expect(lines[1]).toMatchObject({ id: null, error: expect.any(String) });
    expect(lines[2]).toMatchObject({ id: 2, verdict: expect.any(String) });
    expect(run.stderr.trim().split('\n')).toHaveLength(2);
  });

  test('a file that is not there is one plain line and exit 1', async () => {
    const run = await runCli(['batch', 'no-such-pairs.jsonl']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe('fine-print: cannot read no-such-pairs.jsonl: no such file');
  });

  test('takes no --format', async () => {
    expect((await runCli(['batch', '--format', 'json'])).code).toBe(2);
  });
});

describe('fine-print batch --own-pages', () => {
  // the body is the headline's own article: judged as check judges a page, not as FNC-1 pairs are
  const own = [
    'Acme will close its plant in Dayton, Ohio, next year, the company said on Monday.',
    'About 400 workers will lose their jobs when the plant closes.',
    'The company cited falling demand for the appliances made there.',
    'Union leaders said they would meet the company this week.',
    'The plant opened in 1962 and once employed 2,000 people.',
  ].join('\n\n');

  test('reads each pair as an article and its own headline', async () => {
    const input = [{ id: 1, headline: 'Acme will close its Dayton plant', body: own }, { id: 2, headline: 'The 10 best toasters of 2026', body: own }]
      .map((pair) => JSON.stringify(pair))
      .join('\n');
    const run = await runCli(['batch', '--own-pages'], input);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.verdict)).toEqual(['supported', 'no-claim']);
  });

  test('gives the same lines with a pool of threads', async () => {
    const input = Array.from({ length: 6 }, (_, i) => JSON.stringify({ id: i, headline: i % 2 ? 'Acme will close its Dayton plant' : 'The 10 best toasters of 2026', body: own })).join('\n');
    const one = await runCli(['batch', '--own-pages', '--jobs', '1'], input);
    const two = await runCli(['batch', '--own-pages', '--jobs', '2'], input);
    expect(two.stdout).toBe(one.stdout);
  });
});
