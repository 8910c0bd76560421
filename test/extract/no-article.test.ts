import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { extractArticle } from '../../lib/extract/index';
import { loadPage } from './fixture';

describe('extract: pages without an article', () => {
  test.each([
    ['a section front of headline links', 'section-front.html'],
    ['a WordPress category archive of excerpts with "Read more" links', 'section-front-wordpress.html'],
    ['a topic page of cards with a headline link, a dek and a time each', 'section-front-topic.html'],
    ['a search results page', 'search-results.html'],
    ['a tiny "page moved" page', 'tiny.html'],
    ['an empty file', 'empty.html'],
    ['a binary file', 'binary-junk.html'],
  ])('%s gives a clear "no article" result', (_, page) => {
    expect(extractArticle(loadPage(page), null)).toEqual({ ok: false, error: 'no article found' });
  });

  test.each([
    ['no body at all', '<html><head><title>x</title></head></html>'],
    ['only a headline', '<h1>Breaking: storm hits the coast</h1>'],
    ['only scripts', '<script>var a = "'.concat('x'.repeat(5000), '";</script>')],
  ])('%s gives a clear "no article" result', (_, html) => {
    expect(extractArticle(parseHtmlDocument(html), null)).toEqual({ ok: false, error: 'no article found' });
  });

  test('a document that throws when read becomes an error result, not an exception', () => {
    const broken = new Proxy({}, { get: () => { throw new Error('detached'); } }) as unknown as Document;
    const result = extractArticle(broken, null);
    expect(result.ok).toBe(false);
  });
});
