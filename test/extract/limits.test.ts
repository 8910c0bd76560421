import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { pathOf } from '../../lib/extract/anchors';
import { extractArticle } from '../../lib/extract/index';
import { MAX_ELEMENTS } from '../../lib/extract/readability';

const HEADLINE = 'Union members vote on the new contract offer';

function paragraph(i: number): string {
  return `Paragraph ${i}: the union said ${i % 97} members at the ${['north', 'south', 'east'][i % 3]} plant voted on the offer on Tuesday.`;
}

/** A plain article page with `count` paragraphs side by side in one container. */
function pageOf(count: number, extra = ''): string {
  const body = Array.from({ length: count }, (_, i) => `<p>${paragraph(i)}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><title>${HEADLINE}</title></head><body>
<main><article><h1>${HEADLINE}</h1>${extra}${body}</article></main></body></html>`;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

describe('pages past the element limit', () => {
  test('a page of 30,000 paragraphs returns its opening paragraphs within seconds', () => {
    const doc = parseHtmlDocument(pageOf(30_000));
    const { value: result, ms } = timed(() => extractArticle(doc, null));
    if (!result.ok) throw new Error(result.error);
    const texts = result.article.paragraphs.map((p) => p.text);
    expect(texts.slice(0, 5)).toEqual([0, 1, 2, 3, 4].map(paragraph));
    expect(texts.length).toBeLessThanOrEqual(MAX_ELEMENTS);
    expect(texts.length).toBeGreaterThan(MAX_ELEMENTS / 2);
    expect(texts).not.toContain(paragraph(29_999));
    // generous: well under a second of work on a quiet machine
    expect(ms).toBeLessThan(15_000);
  }, 60_000);

  test('scripts and styles do not count toward the limit', () => {
    const scripts = Array.from({ length: MAX_ELEMENTS }, (_, i) => `<script>var s${i} = ${i};</script><style>.c${i}{}</style>`).join('');
    const result = extractArticle(parseHtmlDocument(pageOf(40, scripts)), null);
    if (!result.ok) throw new Error(result.error);
    expect(result.article.paragraphs.map((p) => p.text)).toEqual(Array.from({ length: 40 }, (_, i) => paragraph(i)));
  });

  test('a page just under the limit keeps every paragraph', () => {
    const count = MAX_ELEMENTS - 100;
    const result = extractArticle(parseHtmlDocument(pageOf(count)), null);
    if (!result.ok) throw new Error(result.error);
    expect(result.article.paragraphs).toHaveLength(count);
    expect(result.article.paragraphs.at(-1)?.text).toBe(paragraph(count - 1));
  }, 60_000);
});

describe('anchors among thousands of siblings', () => {
  test('every paragraph of a 5,000-paragraph page anchors to its own element', () => {
    const doc = parseHtmlDocument(pageOf(5_000));
    const { value: result, ms } = timed(() => extractArticle(doc, null));
    if (!result.ok) throw new Error(result.error);
    expect(result.article.paragraphs).toHaveLength(5_000);
    const elements = Array.from(doc.querySelectorAll('article > p'));
    for (const i of [0, 1, 2_500, 4_998, 4_999]) {
      const { text, anchor } = result.article.paragraphs[i];
      expect(anchor?.path).toBe(`body > main:nth-of-type(1) > article:nth-of-type(1) > p:nth-of-type(${i + 1})`);
      expect(anchor?.quote).toBe(text);
      expect(elements[i].textContent).toBe(text);
    }
    expect(ms).toBeLessThan(15_000);
  }, 60_000);

  test.each([
    ['the first of its tag', '<div><h2>a</h2><p id="x">b</p><p>c</p></div>', 'body > div:nth-of-type(1) > p:nth-of-type(1)'],
    ['after siblings of other tags', '<div><p>a</p><span>b</span><p>c</p><p id="x">d</p></div>', 'body > div:nth-of-type(1) > p:nth-of-type(3)'],
    ['a custom element', '<section></section><section><my-card id="x">a</my-card></section>', 'body > section:nth-of-type(2) > my-card:nth-of-type(1)'],
  ])('pathOf: %s', (_, body, path) => {
    const doc = parseHtmlDocument(`<html><body>${body}</body></html>`);
    const el = doc.getElementById('x')!;
    const cache = new Map();
    expect(pathOf(el, cache)).toBe(path);
    // the second call reads the cached steps and gives the same path
    expect(pathOf(el, cache)).toBe(path);
    expect(doc.querySelector(path)).toBe(el);
  });
});
