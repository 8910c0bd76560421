import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { extractArticle } from '../../lib/extract/index';
import { runReadability } from '../../lib/extract/readability';

const STORY = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i}: the harbour board said the new ferry terminal would open in May, two years later than first planned.</p>`).join('');

/** A page whose head carries what Readability reads there among what it never does. */
function page(head: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><script src="/app.js"></script><style>p { color: red }</style>
<link rel="stylesheet" href="/site.css">${head}<noscript><p>Enable JavaScript</p></noscript></head>
<body><article><h1>Ferry terminal opening slips to May</h1>${STORY}</article></body></html>`;
}

describe("Readability's copy of the page", () => {
  test.each([
    ['the title', '<title>Ferry terminal opening slips to May | Harbour News</title>', 'title', 'Ferry terminal opening slips to May'],
    ['a meta author', '<title>Harbour News</title><meta name="author" content="Dana Reyes">', 'byline', 'Dana Reyes'],
    ['JSON-LD', '<title>Harbour News</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry terminal opening slips to May","author":{"@type":"Person","name":"Sam Ortiz"}}</script>', 'byline', 'Sam Ortiz'],
  ] as const)('keeps %s from the head', (_what, head, field, expected) => {
    const doc = parseHtmlDocument(page(head));
    const run = runReadability(doc);
    expect(run?.[field]).toBe(expected);
    expect(run?.content.textContent).toContain('the harbour board said the new ferry terminal');
  });

  test("leaves the page's own head as it was", () => {
    const doc = parseHtmlDocument(page('<title>Harbour News</title>'));
    const before = doc.head.outerHTML;
    runReadability(doc);
    expect(doc.head.outerHTML).toBe(before);
    expect(doc.head.querySelectorAll('script, style, link, noscript')).toHaveLength(4);
  });

  test('leaves out what never holds story and furniture, and traces every paragraph back across the gaps', () => {
    const paragraphs = Array.from({ length: 5 }, (_, i) => `Paragraph ${i}: the harbour board said the new ferry terminal would open in May, two years later than first planned.`);
    // Furniture and scripts between the paragraphs, and a story box named like furniture.
    const story = paragraphs.map((p, i) => `<p>${p}</p>${i === 1 ? '<div class="newsletter-signup"><p>Sign up for our newsletter</p></div>' : ''}${i === 2 ? '<script>window.ads = [1, 2, 3];</script><svg><path d="M0 0"/></svg>' : ''}`).join('');
    const doc = parseHtmlDocument(`<!DOCTYPE html><html><head><title>Ferry terminal opening slips to May</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="related-content"><h1>Ferry terminal opening slips to May</h1>${story}</div>
<aside class="related-stories"><a href="/a">Another story about the harbour and its ferries</a></aside></body></html>`);
    const run = runReadability(doc);
    if (!run) throw new Error('no read');
    expect(run.content.textContent).not.toMatch(/newsletter|window\.ads|Another story/);
    const read = Array.from(run.content.querySelectorAll('p'));
    expect(read.map((p) => p.textContent)).toEqual(paragraphs);
    for (const p of read) expect(run.originalOf(p)?.textContent).toBe(p.textContent);
    const result = extractArticle(doc, null);
    if (!result.ok) throw new Error(result.error);
    expect(result.article.paragraphs.map((p) => p.text)).toEqual(paragraphs);
    for (const paragraph of result.article.paragraphs) expect(doc.querySelector(paragraph.anchor!.path)?.textContent).toBe(paragraph.text);
  });
});
