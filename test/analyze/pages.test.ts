import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { checkArticle } from '../../lib/check-article';
import { extractArticle } from '../../lib/extract/index';
import type { Analysis, Article, HeadlineKind, Verdict } from '../../lib/types';

const PAGES = join(__dirname, '..', 'fixtures', 'pages');

function check(name: string): { article: Article; analysis: Analysis } {
  const extracted = extractArticle(parseHtmlDocument(readFileSync(join(PAGES, name), 'utf8')));
  if (!extracted.ok) throw new Error(`${name}: ${extracted.error}`);
  const checked = checkArticle(extracted.article);
  if (!checked.ok) throw new Error(`${name}: ${checked.reason}`);
  return { article: extracted.article, analysis: checked.analysis };
}

describe('pages: what a reader is shown', () => {
  test.each<[string, Verdict, HeadlineKind]>([
    // a list title claims nothing: a calm state of its own, no findings
    ['list-post.html', 'no-claim', 'no-claim'],
    // a review keeps its verdict and is labelled as the writer's own judgement
    ['product-review.html', 'supported', 'review'],
    // so does an opinion column, whose own hedges are its argument
    ['opinion-column.html', 'supported', 'opinion'],
    // a correction of a misspelt name is shown as a note and moves nothing
    ['side-correction.html', 'supported', 'claim'],
    // a clarification of the dissenters' view does not touch the cancellation itself
    ['inline-clarification.html', 'supported', 'claim'],
    // a photo credit glued to the dateline is no story text to judge
    ['dateline-photo-credit.html', 'supported', 'claim'],
    // the founding example: the UPDATE says the sanctions he meant were not the new ones
    ['founding-example.html', 'contradicted', 'claim'],
  ])('%s -> %s', (name, verdict, kind) => {
    const { analysis } = check(name);
    expect(analysis.verdict).toBe(verdict);
    expect(analysis.claim.kind).toBe(kind);
    if (verdict === 'supported' || verdict === 'no-claim') expect(analysis.findings).toEqual([]);
  });

  test('the notes of a page are shown as notes whatever the verdict', () => {
    expect(check('side-correction.html').article.notes.map((n) => n.kind)).toEqual(['correction']);
    expect(check('inline-clarification.html').article.notes.map((n) => n.kind)).toEqual(['clarification']);
  });

  test('the founding example keeps its three findings: the update, the denial and the doubt', () => {
    const { analysis } = check('founding-example.html');
    expect(analysis.findings.map((f) => [f.kind, f.effect])).toEqual([
      ['note', 'contradicts'],
      ['contradiction', 'contradicts'],
      ['uncertainty', 'qualifies'],
    ]);
    expect(analysis.findings[2]!.text).toBe('It is unclear what sanctions Mr. Trump was referring to.');
  });
});
