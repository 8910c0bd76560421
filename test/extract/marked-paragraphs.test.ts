import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { extractArticle } from '../../lib/extract/index';

const story = [
  'Kestrel Air posted a record quarterly profit on Thursday as summer fares climbed, the airline said in a statement.',
  'Net income rose 41% to $612 million in the second quarter, beating the forecasts of most analysts who follow the carrier.',
  'Average fares were up 9% from a year earlier, and planes were fuller than at any time since the airline was founded.',
  'Short line.',
];

function page(paragraphs: string) {
  return parseHtmlDocument(`<html><head><title>Kestrel Air posts record profit</title></head><body><main><h1>Kestrel Air posts record profit</h1><div class="body-content">${paragraphs}</div><p class="paywall">Subscribe now to keep reading and get unlimited access to every story.</p></main></body></html>`);
}

describe('paragraphs marked with a drop rule\u2019s name', () => {
  test('a story whose every paragraph is marked for a metered paywall is kept whole, its short lines too', () => {
    const result = extractArticle(page(story.map((t) => `<p class="paywall">${t}</p>`).join('')));
    expect(result.ok && result.article.paragraphs.map((p) => p.text)).toEqual(story);
  });

  test('a prompt to subscribe standing alone under that name is still dropped', () => {
    const result = extractArticle(page(story.map((t) => `<p>${t}</p>`).join('')));
    expect(result.ok && result.article.paragraphs.some((p) => /Subscribe now/.test(p.text))).toBe(false);
  });
});
