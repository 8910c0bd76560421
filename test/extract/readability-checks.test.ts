import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { extractArticle } from '../../lib/extract/index';
import { BYLINE_NAME, StoryReadability } from '../../lib/extract/readability';
import { fixturePages, loadPage } from './fixture';

// Readability's per-element checks the extractor rewrites to answer the same with less work.
const CHECKS = ['_isProbablyVisible', '_isValidByline', '_isElementWithoutContent'] as const;
type Check = (node: Element, matchString: string) => boolean;

const published = Readability.prototype as unknown as Record<(typeof CHECKS)[number], Check> & { REGEXPS: { byline: RegExp } };
const rewritten = StoryReadability.prototype as unknown as Record<(typeof CHECKS)[number], Check>;

/** Each check's answer for el, as Readability's walk asks it (matchString is class and id). */
function answers(reader: unknown, methods: Record<(typeof CHECKS)[number], Check>, el: Element): boolean[] {
  const matchString = `${el.className} ${el.id}`;
  // Readability asks them in conditions: the published ones may answer "" for false.
  return CHECKS.map((check) => Boolean(methods[check].call(reader, el, matchString)));
}

function sameAnswers(doc: Document): void {
  const reader = new Readability(doc);
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    expect(answers(reader, rewritten, el), el.outerHTML.slice(0, 120)).toEqual(answers(reader, published, el));
  }
}

afterEach(() => vi.restoreAllMocks());

describe("Readability's checks as the extractor rewrites them", () => {
  test.each([
    ['a plain paragraph', '<p>The council met.</p>'],
    ['display none', '<div style="display: none">Hidden text</div>'],
    ['visibility hidden', '<div style="color: red; visibility:hidden">Hidden text</div>'],
    ['a style that hides nothing', '<div style="display:block">Shown</div>'],
    ['the hidden attribute', '<div hidden>Hidden</div>'],
    ['aria-hidden', '<div aria-hidden="true">Hidden</div>'],
    ['aria-hidden false', '<div aria-hidden="false">Shown</div>'],
    ['a maths fallback image', '<span class="mwe-math-fallback-image-inline" aria-hidden="true"><img src="x.png"></span>'],
    ['aria-hidden SVG', '<svg aria-hidden="true" class="icon"><path d="M0 0"/></svg>'],
    ['white space and line breaks only', '<div> \n <br> <hr>\u00a0</div>'],
    ['a line break among text', '<div><br>Text</div>'],
    ['text deep down', '<div><span><span> </span></span><span><b>  x</b></span></div>'],
    ['a comment only', '<div><!-- a comment with words --></div>'],
    ['an empty heading', '<h2> </h2>'],
    ['a named byline', '<div class="byline">By Dana Reyes</div>'],
    ['an empty byline', '<div class="byline"> </div>'],
    ['a byline by rel', '<a rel="author" href="/dana">Dana Reyes</a>'],
    ['a byline by itemprop', '<span itemprop="author">Dana Reyes</span>'],
    ['a byline too long to be one', `<div class="author-box">${'Dana Reyes writes on the city. '.repeat(5)}</div>`],
    ['an author id', '<p id="authorName">Sam Ortiz</p>'],
  ])('answer as the published parser does: %s', (_what, html) => {
    sameAnswers(parseHtmlDocument(`<!DOCTYPE html><html><head><title>Test page</title></head><body>${html}</body></html>`));
  });

  test('answer as the published parser does on every element of every fixture page', () => {
    for (const path of fixturePages({ hostile: false })) sameAnswers(parseHtmlDocument(readFileSync(path, 'utf8')));
  });

  test("name bylines by Readability's own pattern", () => {
    expect(BYLINE_NAME.source).toBe(published.REGEXPS.byline.source);
    expect(BYLINE_NAME.flags).toBe(published.REGEXPS.byline.flags);
  });

  test("stand in for the published ones, which the extractor never calls (the content script's build empties them)", () => {
    const spies = CHECKS.map((check) => vi.spyOn(published, check));
    const result = extractArticle(loadPage('founding-example.html'), null);
    expect(result.ok).toBe(true);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
