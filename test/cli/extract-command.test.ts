import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli';

const FOUNDING = 'test/fixtures/pages/founding-example.html';
const SAMPLE = 'samples/sample-article.html';
const dir = mkdtempSync(join(tmpdir(), 'fine-print-cli-'));
const EMPTY = join(dir, 'empty.html');
writeFileSync(EMPTY, '');
const SECTION = join(dir, 'section.html');
writeFileSync(
  SECTION,
  `<html><head><title>World news | Example</title></head><body><h1>World</h1><ul>${Array.from(
    { length: 30 },
    (_, i) => `<li><a href="/world/${i}">Story number ${i} about events around the world</a></li>`,
  ).join('')}</ul></body></html>`,
);

describe('fine-print extract', () => {
  test('prints the founding example as JSON with its UPDATE note apart from the story', async () => {
    const run = await runCli(['extract', FOUNDING]);
    expect(run.code).toBe(0);
    const article = JSON.parse(run.stdout);
    expect(Object.keys(article)).toEqual(
      expect.arrayContaining(['headline', 'dek', 'byline', 'published', 'modified', 'lang', 'url', 'paragraphs', 'notes', 'credits']),
    );
    expect(article.headline).toBe("Trump, parting with Treasury, says he'll reverse new North Korea sanctions");
    expect(article.notes[0]).toMatchObject({ kind: 'update' });
    expect(article.notes[0].text).toContain('were not the sanctions announced Thursday');
    expect(article.paragraphs.join('\n')).toContain('It is unclear what sanctions Mr. Trump was referring to.');
    expect(article.paragraphs.join('\n')).not.toContain('were not the sanctions announced Thursday');
    expect(article.paragraphs.join('\n')).not.toMatch(/use cookies/);
    expect(article.paragraphs).not.toContain('f');
    expect(article.credits.join(' ')).toContain('contributed to this report');
  });

  test('several inputs as JSON lines, in input order, with an error line for a page without an article', async () => {
    const run = await runCli(['extract', SAMPLE, EMPTY, FOUNDING, '--format', 'jsonl']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0].headline).toBe('Daily coffee cuts dementia risk by 40%, study finds');
    expect(lines[1]).toEqual({ file: EMPTY, error: expect.any(String) });
    expect(lines[2].headline).toMatch(/^Trump, parting with Treasury/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('text format reads as the article', async () => {
    const run = await runCli(['extract', SAMPLE, '--format=text']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Daily coffee cuts dementia risk by 40%, study finds');
    expect(run.stdout).toContain('have not yet been peer reviewed');
  });

  test.each([
    ['an empty file', EMPTY],
    ['a section front', SECTION],
    ['a missing file', join(dir, 'missing.html')],
  ])('exits 1 with one plain line for %s', async (_, file) => {
    const run = await runCli(['extract', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test.each([
    ['no input', ['extract']],
    ['an unknown format', ['extract', SAMPLE, '--format', 'xml']],
    ['an unknown option', ['extract', SAMPLE, '--fast']],
    ['an unknown command', ['summarise', SAMPLE]],
    ['no command', []],
  ])('exits 2 on bad usage: %s', async (_, argv) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage:');
  });
});
