import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { genreOf } from '../../lib/extract/genre';
import { jsonLdObjects } from '../../lib/extract/jsonld';

const ld = (json: object) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;
const LIST = { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Ridgeway Trekker Mid' }] };

describe('genre: what the page says it is', () => {
  test.each([
    ['an ItemList as the article\'s main entity', ld({ '@type': 'Article', headline: 'The 12 best hiking boots', mainEntity: LIST }), null, 'list'],
    ['an ItemList main entity named by @id', ld([{ '@type': 'Article', mainEntity: { '@id': '#list' } }, { ...LIST, '@id': '#list' }]), null, 'list'],
    ['a list of picks with a Review for each', ld({ '@type': 'Article', mainEntity: { ...LIST, itemListElement: [{ '@type': 'Review', name: 'Trekker' }] } }), null, 'list'],
    ['a Review', ld({ '@type': 'Review', itemReviewed: { '@type': 'Product', name: 'Aurora Pad 11' } }), null, 'review'],
    ['a /reviews/ address', '', 'https://example.com/reviews/aurora-pad-11/', 'review'],
    ['an OpinionNewsArticle', ld({ '@type': 'OpinionNewsArticle' }), null, 'opinion'],
    ['an Opinion section', '<meta property="article:section" content="Opinion">', null, 'opinion'],
    ['an /opinion/ address', '', 'https://example.com/opinion/2026/03/04/garage/', 'opinion'],
    ['a Recipe', ld({ '@type': 'Recipe' }), null, 'recipe'],
    // near misses: a list beside the story, breadcrumbs, a plain news article
    ['an ItemList of other stories beside the article', ld([{ '@type': 'NewsArticle', mainEntityOfPage: 'https://example.com/a' }, LIST]), null, null],
    ['breadcrumbs', ld([{ '@type': 'NewsArticle' }, { '@type': 'BreadcrumbList', itemListElement: [] }]), null, null],
    ['a news article whose page is its main entity', ld([{ '@type': 'WebPage', '@id': '#page', mainEntity: { '@id': '#article' } }, { '@type': 'NewsArticle', '@id': '#article' }]), 'https://example.com/news/a/', null],
  ])('%s -> %s', (_, head, url, expected) => {
    const doc = parseHtmlDocument(`<html><head>${head}</head><body></body></html>`);
    expect(genreOf(doc, url, jsonLdObjects(doc))).toBe(expected);
  });
});
