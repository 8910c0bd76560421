import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { extractArticle } from '../../lib/extract/index';

const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: the council said the <a href="/budget/${i}">budget</a> vote on the new depot was moved to Thursday after a long debate.</p>`).join('');
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Council moves depot vote to Thursday</title></head><body><article>
<h1>Council moves depot vote to Thursday</h1><figure><img data-src="/depot.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><noscript><img src="/depot.jpg"></noscript></figure>${STORY}</article></body></html>`;

// Reader View's display steps, which Fine Print has no use for.
const STEPS = ['_unwrapNoscriptImages', '_fixLazyImages', '_fixRelativeUris', '_cleanStyles', '_cleanClasses'] as const;

afterEach(() => vi.restoreAllMocks());

describe('Readability as the extractor runs it', () => {
  test('never readies images and links for display, and still reads the story', () => {
    const prototype = Readability.prototype as unknown as Record<(typeof STEPS)[number], () => void>;
    const spies = STEPS.map((step) => vi.spyOn(prototype, step));
    const result = extractArticle(parseHtmlDocument(PAGE, 'https://example.com/news/depot'), 'https://example.com/news/depot');
    if (!result.ok) throw new Error(result.error);
    expect(result.article.paragraphs).toHaveLength(6);
    expect(result.article.paragraphs[0]!.text).toContain('the council said the budget vote');
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  test('the steps it leaves out are the published parser\'s own', () => {
    const prototype = Readability.prototype as unknown as Record<string, unknown>;
    for (const step of STEPS) expect(typeof prototype[step]).toBe('function');
  });
});
