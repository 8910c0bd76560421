import { describe, expect, test } from 'vitest';
import { articleToJson, extractArticle } from '../../lib/extract/index';
import type { Article, NoteKind, NotePlacement } from '../../lib/types';
import { loadPage } from './fixture';

interface Expected {
  page: string;
  headline: string;
  dek: string | null;
  byline: string | null;
  published: string | null;
  modified: string | null;
  lang: string | null;
  notes: { kind: NoteKind; starts: string; date: string | null; placement: NotePlacement }[];
  /** Story text that must be among the paragraphs. */
  present: string[];
  /** Page furniture and note text that must not be. */
  absent: string[];
  credits: string[];
}

const CASES: Expected[] = [
  {
    page: 'founding-example.html',
    headline: "Trump, parting with Treasury, says he'll reverse new North Korea sanctions",
    dek: 'The president tweeted that he had ordered the withdrawal of additional sanctions on North Korea.',
    byline: 'Grace Segers',
    published: '2019-03-22T14:09:00-04:00',
    modified: '2019-03-22T19:45:00-04:00',
    lang: 'en',
    notes: [{ kind: 'update', starts: 'UPDATE: A National Security Council official said Friday', date: null, placement: 'top' }],
    present: ['It is unclear what sanctions Mr. Trump was referring to.', 'to some degree of inspection.'],
    absent: ['UPDATE:', 'We and our partners use cookies', 'contributed to this report', 'Advertisement', 'Getty Images', 'All Rights Reserved', 'Politics', 'By Grace Segers'],
    credits: ["CBS News' Sara Cook and Olivia Gazis contributed to this report."],
  },
  {
    page: 'wordpress.html',
    headline: 'City council approves budget with new transit fund',
    dek: null,
    byline: 'Maria Alvarez',
    published: '2021-06-14T09:30:00+00:00',
    modified: '2021-06-15T16:05:00+00:00',
    lang: 'en-US',
    notes: [{ kind: 'update', starts: 'This story has been updated to include the final vote count', date: null, placement: 'bottom' }],
    present: ['What the budget includes', '$18 million for the transit fund over two years', 'urged the council to cut property taxes instead.'],
    absent: ['This story has been updated', 'Sign up for The Ledger Daily', 'Share this:', 'Bus ridership figures', 'Maria Alvarez is a reporter', 'route 4 was late', 'Photo: Riverside Ledger', 'Advertisement'],
    credits: [],
  },
  {
    page: 'arc-washington.html',
    headline: 'Senate passes $40 billion water bill in late-night vote',
    dek: 'The measure would replace lead pipes in thousands of communities over ten years, but its funding formula drew objections from rural states.',
    byline: 'Evan Brooks and Priya Natarajan',
    published: '2022-03-03T22:14:00.000Z',
    modified: '2022-03-04T13:02:00.000Z',
    lang: 'en',
    notes: [{ kind: 'correction', starts: 'Correction (March 4, 2022): An earlier version of this article misstated the final vote.', date: '2022-03-04', placement: 'top' }],
    present: ['A formula fight', 'The bill passed 63-35, with 14 Republicans', 'bring it to the floor "as quickly as possible."'],
    absent: ['misstated the final vote', 'Story continues below advertisement', 'Sign up for The Climate 202', 'Getty Images', 'March 3, 2022 at 5:14', 'Climate deal talks', 'Gift Article'],
    credits: [],
  },
  {
    page: 'guardian-like.html',
    headline: 'Coastal towns brace for record spring tides',
    dek: 'Flood defences on the east coast face their biggest test in a decade as forecasters warn of surges up to 1.2 metres',
    byline: 'Hannah Reid',
    published: '2020-03-02T06:00:12.000Z',
    modified: '2020-03-03T10:41:05.000Z',
    lang: 'en-GB',
    notes: [{ kind: 'correction', starts: '• This article was amended on 3 March 2020.', date: '2020-03-03', placement: 'bottom' }],
    present: ['Ageing defences', 'The government has promised £5.2bn for flood defences'],
    absent: ['Flood defences on the east coast face', 'Photograph:', 'Related: Storm Dennis', 'Reuse this content', 'Share on Facebook', 'Last modified on', 'River levels fall', 'it was 1953, not 1954'],
    credits: [],
  },
  {
    page: 'bbc-like.html',
    headline: 'Hospital waiting lists fall for first time in three years',
    dek: null,
    byline: 'Alex Turner',
    published: '2024-01-11T09:02:14.000Z',
    modified: '2024-01-11T15:20:41.000Z',
    lang: 'en-GB',
    notes: [{ kind: 'clarification', starts: 'Clarification: the strike figures cited by health leaders cover England only', date: null, placement: 'inline' }],
    present: ['Emergency care under strain', 'strikes by junior doctors could reverse it within weeks', 'periods on trolleys in corridors.'],
    absent: ['[Clarification', 'Image caption', 'Getty Images', 'Related Topics', 'GP appointment figures', 'Copyright'],
    credits: [],
  },
  {
    page: 'nyt-like.html',
    headline: 'Drug Maker Agrees to Pay $2.1 Billion to Settle Opioid Claims',
    dek: 'The settlement with 14 states would resolve lawsuits accusing the company of fueling the opioid crisis through misleading marketing.',
    byline: 'Sarah Kim and Daniel Ortiz',
    published: '2023-05-09T19:03:52.000Z',
    modified: '2023-05-11T14:30:08.000Z',
    lang: 'en',
    notes: [{ kind: 'correction', starts: 'Correction: May 11, 2023 An earlier version of this article misstated the number of states', date: '2023-05-11', placement: 'bottom' }],
    present: ['A pharmaceutical company agreed on Tuesday to pay $2.1 billion', 'such as medication for opioid use disorder.'],
    absent: ['Skip Advertisement', 'Share full article', 'appears in print', 'A Look Back at Pandemic Coverage', 'Subscribe to The Daily Record', 'misstated the number of states'],
    credits: [],
  },
  {
    page: 'amp.html',
    headline: 'Wildfire smoke prompts air quality alerts across three states',
    dek: null,
    byline: "Kevin O'Hara",
    published: '2023-08-17T12:00:00-07:00',
    modified: '2023-08-18T08:15:00-07:00',
    lang: 'en',
    notes: [{ kind: 'editors-note', starts: "Editor's note: This story was updated Friday morning", date: null, placement: 'top' }],
    present: ['Smoke from wildfires burning in Canada', 'if the fires continue to grow.'],
    absent: ['AP Photo', 'We use cookies', 'Which masks filter', 'Advertisement', "Editor's note"],
    credits: ['The Associated Press contributed to this report.'],
  },
  {
    page: 'plain-static.html',
    headline: "Mayor's office revises snow plan after complaints",
    dek: null,
    byline: 'Tom Becker',
    published: null,
    modified: null,
    lang: 'en',
    notes: [{ kind: 'update', starts: "Updated 7:45 PM ET, January 28, 2022: The mayor's office later said", date: '2022-01-28T19:45', placement: 'inline' }],
    present: ['Under the revised plan, crews will make a first pass', '"People deserve to know what went wrong," he said.'],
    absent: ['Northfield Weekly', 'Copyright 2022', 'the live map would not be ready until February', 'By Tom Becker'],
    credits: [],
  },
];

function extracted(page: string): { article: Article; doc: Document; before: string } {
  const doc = loadPage(page);
  const before = doc.documentElement.outerHTML;
  const result = extractArticle(doc, null);
  if (!result.ok) throw new Error(`${page}: ${result.error}`);
  return { article: result.article, doc, before };
}

describe.each(CASES)('extract: $page', (expected) => {
  const { article, doc, before } = extracted(expected.page);
  const text = article.paragraphs.map((p) => p.text).join('\n');

  test('metadata', () => {
    expect(article.headline).toBe(expected.headline);
    expect(article.dek).toBe(expected.dek);
    expect(article.byline).toBe(expected.byline);
    expect(article.published).toBe(expected.published);
    expect(article.modified).toBe(expected.modified);
    expect(article.lang).toBe(expected.lang);
  });

  test('notes: kind, text, date and placement, once each', () => {
    expect(article.notes.map((n) => ({ kind: n.kind, starts: n.text.slice(0, expected.notes[0]?.starts.length ?? 0), date: n.date, placement: n.placement })))
      .toEqual(expected.notes.map((n) => ({ kind: n.kind, starts: n.starts, date: n.date, placement: n.placement })));
  });

  test.each(expected.present)('story text kept: %s', (snippet) => {
    expect(text).toContain(snippet);
  });

  test.each(expected.absent)('left out of paragraphs: %s', (snippet) => {
    expect(text).not.toContain(snippet);
  });

  test('credits kept apart', () => {
    expect(article.credits).toEqual(expected.credits);
  });

  test('every paragraph and note is anchored in the original page', () => {
    for (const item of [...article.paragraphs, ...article.notes]) {
      expect(item.anchor, item.text).not.toBeNull();
      const el = doc.querySelector(item.anchor!.path);
      expect(el, item.anchor!.path).not.toBeNull();
      expect(el!.textContent!.replace(/\s+/g, ' ')).toContain(item.anchor!.quote);
      expect(item.anchor!.prefix.length).toBeLessThanOrEqual(64);
      expect(item.anchor!.suffix.length).toBeLessThanOrEqual(64);
    }
  });

  test('the page is left unchanged', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extract: anchors and JSON shape', () => {
  test('an anchor carries the page text around its quote', () => {
    const { article } = extracted('founding-example.html');
    const second = article.paragraphs[1].anchor!;
    expect(second.prefix.endsWith('It is unclear what sanctions Mr. Trump was referring to.')).toBe(true);
    expect(second.suffix.startsWith('The Treasury Department had just announced')).toBe(true);
  });

  test('articleToJson gives the CLI fields with plain strings', () => {
    const json = articleToJson(extracted('founding-example.html').article);
    expect(Object.keys(json)).toEqual(['headline', 'dek', 'byline', 'published', 'modified', 'lang', 'url', 'paragraphs', 'notes', 'credits', 'genre']);
    expect(typeof json.paragraphs[0]).toBe('string');
    expect(json.notes[0]).toEqual({ kind: 'update', text: expect.stringMatching(/^UPDATE: /), date: null });
    expect(json.url).toBe('https://www.cbsnews.com/news/trump-north-korea-sanctions-reverse-treasury/');
  });

  test('a url passed in wins over the canonical link', () => {
    const result = extractArticle(loadPage('founding-example.html'), 'https://example.org/copy');
    expect(result.ok && result.article.url).toBe('https://example.org/copy');
  });
});
