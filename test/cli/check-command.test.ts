import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli';

const FOUNDING = 'test/fixtures/pages/founding-example.html';
const SAMPLE = 'samples/sample-article.html';

describe('fine-print check', () => {
  test('JSON carries the article, the claim, a verdict that follows from findings, and the UPDATE note first', async () => {
    const run = await runCli(['check', FOUNDING, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.article.headline).toMatch(/^Trump, parting with Treasury/);
    expect(report.claim.headline).toBe(report.article.headline);
    expect(['qualified', 'contradicted']).toContain(report.verdict);
    expect(report.summary.length).toBeGreaterThan(10);
    expect(report.findings[0]).toMatchObject({ kind: 'note', source: 'note' });
    expect(report.findings[0].text).toContain('were not the sanctions announced Thursday');
    const unclear = report.findings.find((f: { kind: string }) => f.kind === 'uncertainty');
    expect(unclear.text).toBe('It is unclear what sanctions Mr. Trump was referring to.');
    for (const finding of report.findings) {
      expect(finding.position).toBeGreaterThanOrEqual(0);
      expect(finding.position).toBeLessThanOrEqual(1);
      expect(finding.explanation.length).toBeGreaterThan(10);
    }
  });

  test('the sample article: its correction and its scope caveats are found', async () => {
    const run = await runCli(['check', SAMPLE, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    const kinds = report.findings.map((f: { kind: string }) => f.kind);
    expect(kinds).toContain('scope');
    expect(report.verdict).toBe('qualified');
    expect(report.article.notes.map((n: { kind: string }) => n.kind)).toContain('correction');
  });

  test.each([
    ['text', /Verdict:/],
    ['md', /^# /m],
    ['html', /^<!doctype html>/i],
  ])('%s report names the verdict and quotes the evidence', async (format, shape) => {
    const run = await runCli(['check', FOUNDING, '--format', format]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(shape);
    expect(run.stdout).toMatch(/It is unclear what sanctions Mr\. Trump was referring to/);
  });

  test('html takes a single input', async () => {
    const run = await runCli(['check', FOUNDING, SAMPLE, '--format', 'html']);
    expect(run.code).toBe(2);
  });
});
