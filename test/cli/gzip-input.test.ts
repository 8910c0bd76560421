import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'fine-print-gzip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FOUNDING = 'test/fixtures/pages/founding-example.html';
const file = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
const PAIRS = [
  { id: 1, headline: 'New vaccine prevents infection', body: 'Scientists said the vaccine may prevent infection in some volunteers.' },
  { id: 2, headline: 'Carmaker will close Ohio plant', body: 'The company said the plant could close next year. It is unclear when.' },
]
  .map((pair) => JSON.stringify(pair))
  .join('\n');

describe('gzip-compressed inputs', () => {
  test('a page.html.gz extracts as the page inside it does', async () => {
    const plain = await runCli(['extract', FOUNDING]);
    const gzipped = await runCli(['extract', file('founding.html.gz', gzipSync(readFileSync(FOUNDING)))]);
    expect(gzipped.code).toBe(0);
    expect(gzipped.stdout).toBe(plain.stdout);
  });

  test.each([
    ['a pairs.jsonl.gz file', async () => runCli(['batch', file('pairs.jsonl.gz', gzipSync(PAIRS))])],
    ['gzip piped to stdin', async () => runCli(['batch'], gzipSync(PAIRS))],
  ])('batch reads %s as the lines inside it', async (_, run) => {
    const plain = await runCli(['batch'], PAIRS);
    const gzipped = await run();
    expect(gzipped.code).toBe(0);
    expect(gzipped.stdout).toBe(plain.stdout);
    expect(gzipped.stdout.trim().split('\n')).toHaveLength(2);
  });

  test('a broken page.html.gz is one plain line and exit 1', async () => {
    const broken = file('broken.html.gz', gzipSync(readFileSync(FOUNDING)).subarray(0, 200));
    const run = await runCli(['extract', broken]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`fine-print: ${broken}: cannot read ${broken}: broken gzip data`);
  });
});
