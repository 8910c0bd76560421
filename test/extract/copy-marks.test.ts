import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { mapMarks, MARK } from '../../lib/extract/copy-marks';
import { extractArticle } from '../../lib/extract/index';

const PARAGRAPHS = [
  'The council voted on Tuesday to move the bus depot to the old rail yard, ending a two-year search for a site.',
  'Residents near the current depot had complained for years about idling buses and noise before dawn.',
  'The move will cost about $40 million, most of it from a state transport grant awarded last spring.',
  'Work on the new depot is due to start in March and take about eighteen months, the transit agency said.',
  'Two council members voted against the plan, saying the rail yard should be kept for housing instead.',
];

/** An article page; `box` names the container the story sits in. */
function page(box: string): string {
  const story = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><title>Council moves bus depot to rail yard</title></head><body>
<header><a href="/">City News</a></header><div class="${box}"><h1>Council moves bus depot to rail yard</h1>${story}</div>
<footer><p>Copyright City News</p></footer></body></html>`;
}

afterEach(() => vi.restoreAllMocks());

describe('copy marks', () => {
  test('set, read, carried to a replacement, and never written on the copy', () => {
    const doc = parseHtmlDocument('<!DOCTYPE html><html><body><div id="a"><p>one</p></div><section id="b"></section></body></html>');
    const [div, p, replacement] = [doc.getElementById('a')!, doc.querySelector('p')!, doc.getElementById('b')!];
    const marks = mapMarks();
    marks.set(div, 3);
    expect(marks.of(div)).toBe(3);
    expect(marks.of(p)).toBeUndefined();
    expect(div.hasAttribute(MARK)).toBe(false);
    marks.carry(div, replacement);
    expect(marks.of(replacement)).toBe(3);
  });

  test('kept beside the copy, a mark goes with the attributes a step hands on, and leaves no attribute behind', () => {
    const doc = parseHtmlDocument('<!DOCTYPE html><html><body><div id="outer"><div id="inner"><p>text</p></div></div></body></html>');
    const [outer, inner] = [doc.getElementById('outer')!, doc.getElementById('inner')!];
    const marks = mapMarks();
    marks.set(outer, 1);
    marks.set(inner, 2);
    // As Readability collapses a wrapper into its only child: the child takes the wrapper's attributes.
    marks.aroundAttributeCopies(doc.body, () => {
      for (const attr of Array.from(outer.attributes)) inner.setAttributeNode(attr.cloneNode() as Attr);
      outer.replaceWith(inner);
    });
    expect(marks.of(inner)).toBe(1);
    expect(inner.hasAttribute(MARK)).toBe(false);
  });
});

describe('extraction traces the story back to the page whether or not Readability retries', () => {
  test.each([
    // a story box Readability takes at its first try
    ['story', false],
    // "sidebar-comments" reads as an unlikely candidate: Readability strips it, finds too little
    // text and goes back to the copy as it was to try again without stripping
    ['sidebar-comments', true],
  ])('in <div class="%s">: retried %s, every paragraph anchored', (box, retried) => {
    const prototype = Readability.prototype as unknown as { _removeFlag(flag: number): void };
    const removeFlag = vi.spyOn(prototype, '_removeFlag');
    const doc = parseHtmlDocument(page(box), 'https://example.com/news/depot');
    const result = extractArticle(doc, 'https://example.com/news/depot');
    if (!result.ok) throw new Error(result.error);
    expect(removeFlag.mock.calls.length > 0).toBe(retried);
    expect(result.article.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    for (const paragraph of result.article.paragraphs) {
      expect(paragraph.anchor, paragraph.text).not.toBeNull();
      expect(doc.querySelector(paragraph.anchor!.path)?.textContent).toBe(paragraph.text);
    }
    // The page itself is never marked.
    expect(doc.querySelector(`[${MARK}]`)).toBeNull();
  });
});
