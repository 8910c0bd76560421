import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { extractArticle } from '../../lib/extract/index';

describe('parse-html: linkedom quirks', () => {
  test.each([
    ['an empty string', '', ''],
    ['plain text', 'hello', 'hello'],
    ['a fragment without <html>', '<p>x</p>', 'x'],
    ['a doctype without <html>', '<!doctype html><title>t</title><p>a', 'a'],
    ['<html> without <head> or <body>', '<html><title>t</title><p>a</p></html>', 'a'],
    ['NUL and control bytes', '\u0000\u0001<p>b</p>', 'b'],
  ])('%s gives a document with head and body', (_, html, bodyText) => {
    const doc = parseHtmlDocument(html);
    expect(doc.head).not.toBeNull();
    expect(doc.body.textContent).toBe(bodyText);
  });

  test('loose title and meta go into the head', () => {
    const doc = parseHtmlDocument('<html><title>Headline | Site</title><meta name="author" content="A"><p>a</p></html>');
    expect(doc.title).toBe('Headline | Site');
    expect(doc.head.querySelector('meta[name="author"]')).not.toBeNull();
  });

  test('the given address becomes the document address', () => {
    expect(parseHtmlDocument('<p>a</p>', 'https://example.org/a').documentURI).toBe('https://example.org/a');
  });

  test('never throws, and extraction never throws, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('<html', '<body><p>', '</html><html>', '<!--', '<script>')), (html) => {
        const doc = parseHtmlDocument(html);
        expect(doc.body).toBeTruthy();
        const result = extractArticle(doc, null);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
