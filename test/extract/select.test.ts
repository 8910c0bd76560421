import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { closestMatch, descendants, matcherOf, selectAll, selectFirst, shareBodyWalk, withPageWalk } from '../../lib/extract/select';
import { SITE_RULES } from '../../lib/extract/site-rules';
import { fold, foldedLengthReaches, similarity, similarityTo } from '../../lib/extract/text';
import { loadPage, PAGES } from './fixture';

/** Selector lists the extractor runs over whole pages, and a few more shapes. */
const LISTS = [
  SITE_RULES.drop.join(', '),
  ...SITE_RULES.drop,
  ...SITE_RULES.notes,
  ...SITE_RULES.embeds,
  'script, style, svg, noscript, iframe, template',
  'h1, [itemprop="headline"]:not(meta), [class*="headline" i]:is(h2,h3)',
  'nav, [role="navigation"], [class*="related" i], [id*="comment" i]',
  '[class*="summary" i][class*="article" i], #article-summary, [data-testid="article-summary"]',
  'link[rel="canonical"]',
  'meta[http-equiv="content-language" i]',
  'script[type="application/ld+json"]',
  'time[datetime]',
  '.Promo, #Main, p.lede, [data-kind^="sto"], [data-kind$="ry"], [lang|="en"], [class~="note"]',
  ':where(aside, footer) , *[hidden]',
];

/** Class, id and attribute values whose letter case or script decides the answer. */
const TRICKY = `<!DOCTYPE html><html lang="en-GB"><head><title>t</title><link rel="Canonical" href="/a">
<meta http-equiv="Content-Language" content="en"><script type="application/LD+JSON">{}</script></head><body>
<div class="promo Promo">1</div><div class="PROMO">2</div><div id="main">3</div><div id="Main">4</div>
<p class="lede" aria-hidden="TRUE">5</p><p aria-hidden="true">6</p><nav role="Navigation">7</nav>
<div class="İnfo sİdebar cooKie-banner x-Related-y">8</div><h2 class="HeadLine">9</h2><meta itemprop="headline">
<span itemprop="headline">10</span><template><div class="related">11</div></template><svg><a class="share-bar"></a></svg>
<ins class="adsbygoogle"></ins><div data-kind="story">12</div><p lang="en-US" class="a note b">13</p><aside hidden>14</aside>
<article class="article-summary-box">15</article></body></html>`;

const pages = [...readdirSync(PAGES).map((name) => ({ name, doc: loadPage(name) })), { name: 'tricky', doc: parseHtmlDocument(TRICKY) }];

describe('select: the same elements as the DOM selector engine', () => {
  test.each(LISTS)('%s', (list) => {
    expect(matcherOf(list)).not.toBeNull();
    for (const { doc } of pages) {
      for (const root of [doc, doc.body] as (Document | Element)[]) {
        expect(selectAll(root, list)).toEqual(Array.from(root.querySelectorAll(list)));
        expect(selectFirst(root, list)).toBe(root.querySelector(list));
      }
      withPageWalk(doc, () => {
        expect(selectAll(doc, list)).toEqual(Array.from(doc.querySelectorAll(list)));
        expect(selectFirst(doc, list)).toBe(doc.querySelector(list));
      });
      for (const el of Array.from(doc.body.querySelectorAll('p, h1, h2, a, span')).slice(0, 40)) {
        expect(closestMatch(el, list)).toBe(el.closest(list));
      }
    }
  });

  test.each(['div p', 'ul > li', 'a:hover', '[Data-X]', 'p::before', 'a[href="x\\"y"]', 'div,', '[class*="x"'])('%s is left to the DOM', (list) => {
    expect(matcherOf(list)).toBeNull();
    const doc = parseHtmlDocument(TRICKY);
    let want: Element[] | string;
    try {
      want = Array.from(doc.querySelectorAll(list));
    } catch {
      want = 'throws';
    }
    let got: Element[] | string;
    try {
      got = selectAll(doc, list);
    } catch {
      got = 'throws';
    }
    expect(got).toEqual(want);
  });
});

describe('select: one walk of the page for every query', () => {
  test.each(pages.map(({ name, doc }) => [name, doc] as const))("the body's walk handed over serves the body's and the page's queries: %s", (_name, doc) => {
    const body = Array.from(doc.body.querySelectorAll('*'));
    withPageWalk(doc, () => {
      shareBodyWalk(doc, body);
      expect(descendants(doc.body)).toBe(body);
      expect(descendants(doc)).toEqual(Array.from(doc.querySelectorAll('*')));
      for (const list of LISTS.slice(0, 3)) expect(selectAll(doc, list)).toEqual(Array.from(doc.querySelectorAll(list)));
    });
  });

  test('a walk handed over for another page, or outside a read, is not taken', () => {
    const [{ doc }, { doc: other }] = pages;
    const elsewhere = Array.from(other!.body.querySelectorAll('*'));
    withPageWalk(doc!, () => {
      shareBodyWalk(other!, elsewhere);
      expect(descendants(doc!.body)).toEqual(Array.from(doc!.body.querySelectorAll('*')));
    });
    shareBodyWalk(doc!, elsewhere);
    expect(descendants(doc!.body)).toEqual(Array.from(doc!.body.querySelectorAll('*')));
  });
});

describe('text: shortcuts give the full computation’s answer', () => {
  const texts = ['', ' ', 'a', ' a', 'a ', 'a  b', 'a b', 'a\nb', 'a\u00a0b', 'a\u200bb', '\u2003a b\t', 'one two three', 'x'.repeat(300)];

  test.each(texts.map((t) => [JSON.stringify(t), t]))('fold %s', (_, text) => {
    expect(fold(text)).toBe(text.replace(/[\s\u00a0\u200b]+/g, ' ').trim());
  });

  test('foldedLengthReaches agrees with the folded text’s length', () => {
    const docs = [
      ...pages.map((p) => p.doc),
      parseHtmlDocument('<html><body> <p>  a  </p><template><p>kept out</p></template>  b\u00a0\u200bc <!-- note --> <script>var a = 1;</script>\n</body></html>'),
    ];
    for (const doc of docs) {
      const length = fold(doc.body.textContent).length;
      for (const min of [0, 1, 2, 5, 250, length - 1, length, length + 1]) {
        expect(foldedLengthReaches(doc.body, min)).toBe(length >= min);
      }
    }
  });

  test('similarityTo is similarity with one side fixed', () => {
    const lines = ['Storm closes schools', 'storm closes SCHOOLS across the county', 'the the the', '', 'Schools, storm: closes'];
    for (const a of lines) for (const b of lines) expect(similarityTo(a)(b)).toBe(similarity(a, b));
  });
});
