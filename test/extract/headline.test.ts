import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { headlineOf, withoutSiteName } from '../../lib/extract/headline';
import { articleJsonLd, jsonLdObjects } from '../../lib/extract/jsonld';

describe('headline: site names come off titles', () => {
  test.each([
    ["Trump says he'll reverse sanctions - CBS News", 'CBS News', "Trump says he'll reverse sanctions"],
    ['Coastal towns brace for record tides | Environment | The Harbour Gazette', 'the Harbour Gazette', 'Coastal towns brace for record tides - Environment'],
    ['Riverside Ledger - City council approves budget with new transit fund', 'Riverside Ledger', 'City council approves budget with new transit fund'],
    ['Senate passes water bill after late deal - The Capital Post', null, 'Senate passes water bill after late deal'],
    ['Why neon lights still glow: a history', null, 'Why neon lights still glow: a history'],
  ])('%s', (title, site, expected) => {
    expect(withoutSiteName(title, site)).toBe(expected);
  });
});

describe('headline: the visible h1 the metadata agrees with', () => {
  const page = (head: string, body: string) => parseHtmlDocument(`<html><head>${head}</head><body>${body}</body></html>`);

  test.each([
    [
      'the story h1 over a logo h1',
      page('<title>Storm closes schools across the county | Valley Times</title>', '<h1>Valley Times</h1><article><h1>Storm closes schools across the county</h1><p>Text</p></article>'),
      'Storm closes schools across the county',
    ],
    [
      'the visible h1 over an SEO og:title',
      page('<meta property="og:title" content="Storm closes schools: what parents need to know"><title>Storm closes schools | VT</title>', '<h1>Storm closes schools across the county</h1>'),
      'Storm closes schools across the county',
    ],
    [
      'the title without its site name when no h1 exists',
      page('<title>Storm closes schools across the county - Valley Times</title>', '<p>Text</p>'),
      'Storm closes schools across the county',
    ],
    [
      'JSON-LD headline when no h1 exists',
      page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes schools"}</script><title>Home</title>', '<p>Text</p>'),
      'Storm closes schools',
    ],
  ])('%s', (_, doc, expected) => {
    expect(headlineOf(doc, articleJsonLd(jsonLdObjects(doc))).text).toBe(expected);
  });
});
