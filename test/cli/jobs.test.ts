import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FixedThreadPool } from 'poolifier';
import { afterAll, describe, expect, test } from 'vitest';
import { poolOptions } from '../../cli/jobs/pool';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'fine-print-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BODIES = [
  'Scientists said on Monday that the new vaccine prevented infection in 90% of volunteers. The trial enrolled 30,000 adults.',
  'The company said the Ohio plant could close next year. It is unclear when the decision will be made.',
  'The mayor denied reports that the bridge would be closed. Officials said the claim was false.',
  'Researchers found that coffee drinkers may have a lower risk of dementia, though the study was small.',
  'Police said the suspect was arrested on Friday. He has not been charged.',
  'The minister said taxes would rise in April, according to a statement released on Tuesday.',
];
const HEADLINES = ['Vaccine prevents infection', 'Ohio plant will close', 'Bridge to close for a year', 'Coffee cuts dementia risk', 'Suspect charged with theft', 'Taxes to rise in April', 'Messi signs for a club in Japan'];

/** Every headline against every body, in a fixed shuffle, with a malformed and a blank line among them. */
function pairLines(): string {
  const lines = BODIES.flatMap((body, b) => HEADLINES.map((headline, h) => ({ id: `${b}-${h}`, headline, body })))
    .map((pair, i) => ({ pair, key: (i * 7919) % 101 }))
    .sort((a, b) => a.key - b.key)
    .map(({ pair }) => JSON.stringify(pair));
  lines.splice(20, 0, 'not json');
  lines.splice(30, 0, '');
  return [...lines, ...lines, ...lines].join('\n');
}

const page = (name: string, content: string) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
const PAGES = [
  'samples/sample-article.html',
  page('empty.html', ''),
  'test/fixtures/pages/founding-example.html',
  join(dir, 'missing.html'),
  'test/fixtures/pages/bbc-like.html',
  'test/fixtures/pages/guardian-like.html',
];
/** Lines without the time each check was made, which is all that may differ between two runs. */
const untimed = (stdout: string) => stdout.replace(/"checkedAt":"[^"]+"/g, '"checkedAt":""');

describe('--jobs: worker threads change nothing but the time taken', () => {
  test('batch with --jobs 2 writes what --jobs 1 writes, byte for byte and in input order', async () => {
    const input = pairLines();
    const one = await runCli(['batch', '--jobs', '1'], input);
    const two = await runCli(['batch', '--jobs', '2'], input);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const ids = two.stdout.trim().split('\n').map((line) => JSON.parse(line).id);
    expect(ids).toHaveLength(3 * (BODIES.length * HEADLINES.length + 1));
    expect(ids.slice(0, 3)).toEqual(input.split('\n').slice(0, 3).map((line) => JSON.parse(line).id));
  }, 60_000);

  test.each([['extract'], ['check']])('%s with --jobs 2 writes what --jobs 1 writes, in input order', async (command) => {
    const one = await runCli([command, ...PAGES, '--jobs', '1', '--format', 'jsonl']);
    const two = await runCli([command, ...PAGES, '--jobs', '2', '--format', 'jsonl']);
    expect(one.code).toBe(0);
    expect(untimed(two.stdout)).toBe(untimed(one.stdout));
    expect(two.stderr).toBe(one.stderr);
    const lines = two.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file ?? null)).toEqual([null, PAGES[1], null, PAGES[3], null, null]);
  }, 60_000);

  test.each([['0'], ['two'], ['-1'], ['1.5'], ['']])('--jobs %j is bad usage', async (value) => {
    const run = await runCli(['batch', `--jobs=${value}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--jobs');
  });

  test("the pool's options keep each shard's work in one thread (stealing would move it), and every pool closes", async () => {
    for (let round = 0; round < 10; round++) {
      const pool = new FixedThreadPool<unknown, number>(2, fileURLToPath(new URL('./fixtures/thread-of-shard.mjs', import.meta.url)), poolOptions(2));
      const threads = await Promise.all(Array.from({ length: 40 }, (_, i) => pool.execute(null, `pairs-${i % 2}`).then((thread) => [i % 2, thread])));
      await pool.destroy();
      const byShard = [0, 1].map((shard) => new Set(threads.filter(([s]) => s === shard).map(([, thread]) => thread)));
      expect(byShard.map((set) => set.size)).toEqual([1, 1]);
      expect([...byShard[0]][0]).not.toBe([...byShard[1]][0]);
    }
  }, 60_000);
});
