import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventTarget, Node } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { withoutListeners } from '../../cli/lean-dom';
import { parseHtmlDocument } from '../../cli/parse-html';
import { extractArticle } from '../../lib/extract/index';
import { bigPage, deepNesting, storyPage, withIframes } from '../fixtures/hostile/generate';

const PAGES = join(__dirname, '..', 'fixtures', 'pages');
const page = (name: string) => () => readFileSync(join(PAGES, name), 'utf8');

describe('withoutListeners: documents built without listener maps', () => {
  test.each([
    ['the founding example', page('founding-example.html')],
    ['a BBC-like page', page('bbc-like.html')],
    ['a Guardian-like page', page('guardian-like.html')],
    ['an NYT-like page', page('nyt-like.html')],
    ['an AMP page', page('amp.html')],
    ['a search results page', page('search-results.html')],
    ['the sample article', () => readFileSync(join(__dirname, '..', '..', 'samples', 'sample-article.html'), 'utf8')],
    ['a story beside iframes', withIframes],
    ['a story under 2,000 nested divs', () => deepNesting(2_000)],
    ['a 300 kB page of furniture', () => bigPage(300_000)],
  ])('%s extracts exactly as it does from an ordinary document', (_, html) => {
    const ordinary = extractArticle(parseHtmlDocument(html()), null);
    const lean = withoutListeners(() => extractArticle(parseHtmlDocument(html()), null));
    expect(lean).toEqual(ordinary);
  });

  test('nodes built inside keep their classes and methods but have no listener map', () => {
    const doc = withoutListeners(() => parseHtmlDocument(storyPage()));
    const p = doc.querySelector('p')!;
    expect(p).toBeInstanceOf(Node);
    expect(p).toBeInstanceOf(EventTarget);
    expect(p.cloneNode(true).textContent).toBe(p.textContent);
    expect(p.dispatchEvent(new doc.defaultView!.Event('click'))).toBe(true);
    expect(() => p.addEventListener('click', () => {})).toThrow(TypeError);
  });

  test('documents built afterwards listen again, even when the build threw', () => {
    expect(() => withoutListeners(() => { throw new Error('bad page'); })).toThrow('bad page');
    const doc = parseHtmlDocument(storyPage());
    const p = doc.querySelector('p')!;
    let heard = 0;
    p.addEventListener('click', () => heard++);
    p.dispatchEvent(new doc.defaultView!.Event('click'));
    expect(heard).toBe(1);
  });
});
