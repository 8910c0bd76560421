import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
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
});
