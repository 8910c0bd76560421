import type { Analysis, Article } from '../../lib/types';

/** A hand-made check of an article built like the founding example, for view and report tests. */
export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    headline: 'Trump, parting with Treasury, says he’ll reverse new North Korea sanctions',
    dek: null,
    byline: 'Kathryn Watson',
    published: '2019-03-22T15:10:00-04:00',
    modified: '2019-03-22T19:45:00-04:00',
    lang: 'en',
    url: 'https://news.example/trump-north-korea-sanctions/',
    paragraphs: [
      {
        text: 'President Trump tweeted on Friday that he would cancel them. It is unclear what sanctions Mr. Trump was referring to.',
        anchor: { path: 'article > p:nth-of-type(2)', quote: 'President Trump tweeted on Friday', prefix: '', suffix: '' },
      },
      { text: 'White House press secretary Sarah Sanders explained in a statement.', anchor: null },
      { text: 'The Treasury Department had just announced new sanctions on two China-based shipping companies.', anchor: null },
    ],
    notes: [
      {
        kind: 'update',
        text: 'A National Security Council official said Friday that the sanctions President Trump was referring to in his tweet were not the sanctions announced Thursday by the Treasury Department.',
        date: '2019-03-22T19:45:00-04:00',
        placement: 'top',
        anchor: { path: 'article > p:nth-of-type(1)', quote: 'A National Security Council official', prefix: '', suffix: '' },
      },
    ],
    credits: ['CBS News’ Sara Cook and Olivia Gazis contributed to this report.'],
    genre: null,
    ...overrides,
  };
}

export function sampleAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    claim: {
      headline: 'Trump, parting with Treasury, says he’ll reverse new North Korea sanctions',
      kind: 'claim',
      kindReason: null,
      subject: 'Trump',
      predicate: 'reverse new North Korea sanctions',
      object: 'new North Korea sanctions',
      modality: 'future',
      tense: 'future',
      negated: false,
      question: false,
      numbers: [],
      people: ['Trump'],
      places: ['North Korea'],
      organizations: ['Treasury'],
      quotes: [],
      attribution: 'Trump',
      stance: 'reports',
      relation: 'none',
      keywords: ['trump', 'reverse', 'sanction', 'north', 'korea'],
    },
    verdict: 'contradicted',
    summary: 'An update says the sanctions he meant were not the new ones the headline names.',
    findings: [
      {
        kind: 'note',
        source: 'note',
        text: 'A National Security Council official said Friday that the sanctions President Trump was referring to in his tweet were not the sanctions announced Thursday by the Treasury Department.',
        paragraph: 0,
        position: 0,
        headlinePart: 'new North Korea sanctions',
        explanation: 'A later update says the sanctions were not the new ones.',
        strength: 0.9,
        effect: 'contradicts',
        buried: false,
      },
      {
        kind: 'uncertainty',
        source: 'body',
        text: 'It is unclear what sanctions Mr. Trump was referring to.',
        paragraph: 0,
        position: 0.2,
        headlinePart: 'new North Korea sanctions',
        explanation: 'The article itself says it does not know which sanctions he meant.',
        strength: 0.7,
        effect: 'qualifies',
        buried: false,
      },
    ],
    truncated: false,
    ...overrides,
  };
}

export const HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)> & [link](javascript:alert(3)) *bold* # heading';
