import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import * as page from '../fixtures/hostile/generate';
import { runCli, STACK_FRAME } from './run-cli';

/**
 * The same hostile pages through `fine-print check` as a reader runs it: each ends in a report
 * (exit 0) or one plain line on stderr (exit 1), never a stack trace, within its bound.
 */
const dir = mkdtempSync(join(tmpdir(), 'fine-print-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

type Expect = 'report' | 'message';

const CASES: [string, () => string | Uint8Array, Expect, number][] = [
  ['an empty file', () => '', 'message', 20_000],
  ['a binary file', page.binaryBytes, 'message', 20_000],
  ['a section front', () => page.sectionFront(), 'message', 20_000],
  ['a headline with no body', page.headlineOnly, 'message', 20_000],
  ['a body with no headline', page.bodyOnly, 'message', 20_000],
  ['a frameset page', page.frameset, 'message', 20_000],
  ['an article beside iframes', page.withIframes, 'report', 20_000],
  ['a German article', () => page.foreignPage('german'), 'message', 20_000],
  ['a Spanish article', () => page.foreignPage('spanish'), 'message', 20_000],
  ['an Arabic article', () => page.foreignPage('arabic'), 'message', 20_000],
  ['a Hebrew article', () => page.foreignPage('hebrew'), 'message', 20_000],
  ['a story under 20,000 nested divs', () => page.deepNesting(20_000), 'report', 20_000],
  ['a 5 MB page', () => page.bigPage(5 * 1024 * 1024), 'report', 30_000],
];

function expectEnding(result: Awaited<ReturnType<typeof runCli>>, expected: Expect, boundMs: number) {
  expect(result.killed, `still running after ${boundMs} ms`).toBe(false);
  expect(result.stderr, 'a stack trace reached the reader').not.toMatch(STACK_FRAME);
  if (expected === 'message') {
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n'), 'expected exactly one line on stderr').toHaveLength(1);
    expect(result.stderr).toMatch(/^fine-print: \S/);
  } else {
    expect(result.code, `no report: ${result.stderr.trim()}`).toBe(0);
    expect(result.stdout.trim().length).toBeGreaterThan(0);
  }
}

describe('hostile pages through `fine-print check`', () => {
  test.each(CASES)('%s', async (name, make, expected, boundMs) => {
    const path = file(`${name.replace(/\W+/g, '-')}.html`, make());
    expectEnding(await runCli(['check', path], boundMs), expected, boundMs);
  }, 120_000);

  test('a path that does not exist', async () => {
    expectEnding(await runCli(['check', join(dir, 'nowhere.html')], 20_000), 'message', 20_000);
  }, 60_000);

  test('a folder instead of a file', async () => {
    expectEnding(await runCli(['check', dir], 20_000), 'message', 20_000);
  }, 60_000);

  test('markup quoted in the story comes out as text in JSON and escaped in HTML', async () => {
    const path = file('lookalike.html', page.lookalikePage());
    const json = await runCli(['check', path, '--format', 'json'], 20_000);
    expectEnding(json, 'report', 20_000);
    const paragraphs: string[] = JSON.parse(json.stdout).article.paragraphs;
    for (const quoted of page.LOOKALIKE_TEXTS) expect(paragraphs.join('\n')).toContain(quoted);

    const html = await runCli(['check', path, '--format', 'html'], 20_000);
    expectEnding(html, 'report', 20_000);
    expect(html.stdout).not.toContain('<script>alert');
    expect(html.stdout).not.toContain('<img src=x onerror');
    expect(html.stdout).toContain('&lt;script&gt;alert');

    const md = await runCli(['check', path, '--format', 'md'], 20_000);
    expectEnding(md, 'report', 20_000);
    expect(md.stdout).not.toContain('<script>alert');
    expect(md.stdout).not.toContain('<img src=x onerror');
  }, 120_000);

  test('a page of 100,000 paragraphs ends within 40 s with a truncated report', async () => {
    const path = file('many.html', page.manyParagraphsPage(100_000));
    const result = await runCli(['check', path, '--format', 'json'], 40_000);
    expectEnding(result, 'report', 40_000);
    expect(JSON.parse(result.stdout).truncated).toBe(true);
  }, 120_000);
});

describe('broken input to `fine-print batch`', () => {
  test('bad lines each get one message and the good ones a result', async () => {
    const lines = [
      '{"id":1,"headline":"Carmaker will close Ohio plant","body":"The company said the plant may close.\\nIt is unclear when."}',
      'not json at all',
      '{"id":3,"headline":42,"body":"x"}',
      '[1,2,3]',
      '{"id":5,"headline":"","body":""}',
      `{"id":6,"headline":"${'word '.repeat(2000)}","body":"${'A long body sentence. '.repeat(20000)}"}`,
    ].join('\n');
    const result = await runCli(['batch'], 30_000, `${lines}\n`);
    expect(result.killed).toBe(false);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    const out = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual([1, null, 3, null, 5, 6]);
    expect(out.filter((o) => o.error).length).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(3);
  }, 60_000);
});
