import { describe, expect, test } from 'vitest';
import { lineItem } from '../../cli/lines-command';
import { runCli } from './run-cli';

const lines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line));

describe('fine-print claim', () => {
  test('JSON lines or plain lines in, one {id, claim} line out each, in order', async () => {
    const input = ['{"id":"a","headline":"Apple reportedly to buy Beats for $3.2 billion"}', 'Coffee cuts the risk of liver cancer, study finds', '{"headline":"The 21 best movies of 2017"}'].join('\n');
    const run = await runCli(['claim'], input);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out.map((l) => l.id)).toEqual(['a', 2, 3]);
    expect(out[0].claim).toMatchObject({ subject: 'Apple', stance: 'reports', kind: 'claim' });
    expect(out[1].claim).toMatchObject({ relation: 'cause', attribution: 'study' });
    expect(out[2].claim).toMatchObject({ kind: 'no-claim', kindReason: 'a list title, not a claim' });
  });

  test('a bad line is reported with its number and the rest go on', async () => {
    const run = await runCli(['claim'], ['{"id":1,"headline":"Fed raises rates"}', '{"id":2}', '{"id":3,"headline":"Fed holds rates"}'].join('\n'));
    expect(lines(run.stdout).map((l) => [l.id, 'error' in l])).toEqual([[1, false], [2, true], [3, false]]);
    expect(run.stderr.trim()).toBe('fine-print: line 2: "headline" must be a string');
    expect(run.code).toBe(0);
  });
});

describe('fine-print cues', () => {
  test('marks each cue with its kind and where it sits', async () => {
    const text = 'It is unclear whether the ban could pass, a source said.';
    const run = await runCli(['cues'], JSON.stringify({ id: 'x', text }));
    const [out] = lines(run.stdout);
    expect(out.id).toBe('x');
    expect(out.cues.map((c: { kind: string }) => c.kind)).toEqual(['uncertainty', 'uncertainty', 'hedge', 'attribution']);
    for (const cue of out.cues) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
  });

  test('every line failing is exit 1', async () => {
    expect((await runCli(['cues'], '{"id":1,"words":"x"}')).code).toBe(1);
  });

  test('takes no --format and has its own --help', async () => {
    expect((await runCli(['cues', '--format', 'json'])).code).toBe(2);
    expect((await runCli(['cues', '--help'])).stdout).toContain('hedge, plan, condition, uncertainty, attribution, negation');
  });
});

describe('a line of input', () => {
  test.each([
    ['{"id":5,"text":"a b"}', { id: 5, text: 'a b' }],
    ['  plain words  ', { id: 9, text: 'plain words' }],
    ['{"text":"no id"}', { id: 9, text: 'no id' }],
  ])('%s', (line, item) => {
    expect(lineItem(line, 'text', 9)).toEqual(item);
  });

  test.each(['{"id":1}', '{"text":3}', '{not json'])('%s is a bad line', (line) => {
    expect(() => lineItem(line, 'text', 1)).toThrow();
  });
});

test('a million lines stream through in constant memory', async () => {
  const { Readable } = await import('node:stream');
  const { main } = await import('../../cli/main');
  const count = 200_000;
  const input = Readable.from((function* () {
    for (let i = 0; i < count; i++) yield `{"id":${i},"text":"The plan may pass."}\n`;
  })());
  let seen = 0;
  let peak = 0;
  const code = await main(['cues', '--quiet'], {
    input,
    line: () => {
      seen++;
      if (seen % 20_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
    error: () => undefined,
  });
  expect(code).toBe(0);
  expect(seen).toBe(count);
  // output is written as it is read: the heap holds a line at a time, not the input
  expect(peak).toBeLessThan(300 * 1024 * 1024);
}, 60_000);
