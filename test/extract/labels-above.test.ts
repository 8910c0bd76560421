import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { extractArticle } from '../../lib/extract/index';

const STORY = [
  'A new ointment cleared the skin of most patients in a small trial at a clinic in Harrogate, researchers said on Tuesday.',
  'The cream contains a compound taken from liquorice root that calms the immune reaction behind the condition, they said.',
  'Nine of the 28 patients saw little or no improvement, and the study had no comparison group given a dummy cream.',
];

function paragraphsOf(above: string, below = ''): string[] {
  const html = `<!DOCTYPE html><html lang="en"><head><title>New cream clears eczema | The Clarion</title></head><body>
    <main><article>${above}<h1>New cream clears eczema in two weeks</h1>${below}${STORY.map((p) => `<p>${p}</p>`).join('')}
    <h2>What comes next</h2><p>A larger trial with 300 patients is planned for later this year, the lead researcher said.</p></article></main></body></html>`;
  const result = extractArticle(parseHtmlDocument(html));
  if (!result.ok) throw new Error(result.error);
  return result.article.paragraphs.map((p) => p.text);
}

describe('extraction: labels above the headline', () => {
  test.each([['<p class="kicker">SKIN BREAKTHROUGH</p>'], ['<div class="label"><span>Health</span> | <span>Skin care</span></div>'], ['<p>Exclusive</p>']])('%s is a label, not story', (above) => {
    const paragraphs = paragraphsOf(above);
    expect(paragraphs[0]).toBe(STORY[0]);
    expect(paragraphs).toContain('What comes next');
  });

  test('a sentence above the headline is kept', () => {
    expect(paragraphsOf('<p>The clinic in Harrogate has treated skin patients for 40 years.</p>')).toContain('The clinic in Harrogate has treated skin patients for 40 years.');
  });

  test('a short line below the headline is not taken for a label above it', () => {
    expect(paragraphsOf('', '<p>Small trial, big hopes</p>')).toContain('Small trial, big hopes');
  });
});
