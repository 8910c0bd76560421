import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeWarc, type RecordSpec } from './fixtures/warc';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'fine-print-warc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (name: string) => readFileSync(join('test/fixtures/pages', name), 'utf8');
const FOUNDING = { url: 'https://news.example/trump-sanctions', date: '2019-03-22T20:00:00Z' };
const SAMPLE = { url: 'https://news.example/coffee', date: '2019-03-23T08:30:00Z' };
const FRONT = { url: 'https://news.example/', date: '2019-03-23T08:31:00Z' };

/** A crawl as a crawler writes one: warcinfo, a request before its response, a PDF, a redirect, a section front. */
const RECORDS: RecordSpec[] = [
  { type: 'warcinfo' },
  { type: 'request', ...FOUNDING },
  { type: 'response', ...FOUNDING, contentType: 'text/html; charset=utf-8', body: page('founding-example.html') },
  { type: 'response', url: 'https://news.example/report.pdf', date: '2019-03-22T20:01:00Z', contentType: 'application/pdf', body: '%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n' },
  { type: 'response', url: 'https://news.example/old-link', date: '2019-03-22T20:02:00Z', status: 'HTTP/1.1 301 Moved Permanently', contentType: 'text/html', body: '<html><body><a href="/coffee">Moved</a></body></html>' },
  { type: 'response', ...SAMPLE, contentType: 'text/html', body: readFileSync('samples/sample-article.html', 'utf8') },
  { type: 'response', ...FRONT, contentType: 'text/html', body: '<html><head><title>News</title></head><body><h1>News</h1><ul><li><a href="/a">A story</a></li></ul></body></html>' },
];
const SKIPPED = '4 records skipped (1 warcinfo, 1 request, 1 not HTML, 1 redirect)';
const WARC = join(dir, 'crawl.warc');
const WARC_GZ = join(dir, 'crawl.warc.gz');
const untimed = (stdout: string) => stdout.replace(/"checkedAt":"[^"]+"/g, '"checkedAt":""');

beforeAll(async () => {
  await writeWarc(WARC, RECORDS, false);
  await writeWarc(WARC_GZ, RECORDS, true);
});

describe('web archives: each HTML response record is a page', () => {
  test.each([
    ['a .warc', WARC],
    ['a .warc.gz', WARC_GZ],
  ])('check reads %s: one JSON line a page, with its record URI and date, the rest counted', async (_, warc) => {
    const run = await runCli(['check', warc, '--jobs', '1']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.warcTargetUri, l.warcDate])).toEqual([
      [FOUNDING.url, FOUNDING.date],
      [SAMPLE.url, SAMPLE.date],
      [FRONT.url, FRONT.date],
    ]);
    expect(['qualified', 'contradicted']).toContain(lines[0].verdict);
    expect(lines[0].article.headline).toMatch(/^Trump, parting with Treasury/);
    expect(lines[1].verdict).toBe('qualified');
    expect(lines[2]).toEqual({ file: warc, warcTargetUri: FRONT.url, warcDate: FRONT.date, error: expect.any(String) });
    expect(run.stderr.trim().split('\n')).toEqual([`fine-print: ${warc} ${FRONT.url}: ${lines[2].error}`, `fine-print: ${warc}: 3 HTML pages read; ${SKIPPED}`]);
  });

  test('compressed or not, and in one thread or two, the pages come out the same', async () => {
    const plain = await runCli(['extract', WARC, '--jobs', '1']);
    const gzipped = await runCli(['extract', WARC_GZ, '--jobs', '2']);
    expect(gzipped.stdout.replaceAll(WARC_GZ, WARC)).toBe(plain.stdout);
    expect(JSON.parse(plain.stdout.split('\n')[0])).toMatchObject({ warcTargetUri: FOUNDING.url, warcDate: FOUNDING.date, headline: expect.stringMatching(/^Trump/) });
    const checks = await Promise.all(['1', '2'].map((jobs) => runCli(['check', WARC, WARC_GZ, 'samples/sample-article.html', '--jobs', jobs])));
    expect(untimed(checks[1].stdout)).toBe(untimed(checks[0].stdout));
    expect(checks[0].stdout.trim().split('\n')).toHaveLength(7);
  });

  test.each([
    ['--format html, since an archive holds many pages', ['check', WARC, '--format', 'html'], 2],
    ['an archive that is not there', ['check', join(dir, 'missing.warc.gz')], 1],
  ])('%s', async (_, argv, code) => {
    const run = await runCli(argv as string[]);
    expect(run.code).toBe(code);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
