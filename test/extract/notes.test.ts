import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { extractArticle } from '../../lib/extract/index';

const STORY = Array.from({ length: 6 }, (_, i) =>
  `<p>Paragraph ${i + 1} of the story reports what the council decided on Monday and why residents of the east district objected to the plan at the public hearing.</p>`).join('');

function notesOf(head: string, body: string) {
  const result = extractArticle(parseHtmlDocument(`<html><head><title>Council approves plan</title>${head}</head><body><article><h1>Council approves plan</h1>${body}</article></body></html>`), null);
  if (!result.ok) throw new Error(result.error);
  return result.article;
}

describe('notes: where they are found', () => {
  test.each([
    ['a JSON-LD correction string with no visible box',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves plan","correction":"An earlier version of this article gave the wrong date for the hearing."}</script>', STORY,
      [{ kind: 'correction', text: 'An earlier version of this article gave the wrong date for the hearing.', date: null, placement: 'bottom' }]],
    ['a boxed correction with its own heading, at the bottom',
      '', `${STORY}<div class="article-correction"><h4>Correction</h4><p>The hearing was on March 3, not March 2, as an earlier version said.</p></div>`,
      [{ kind: 'correction', text: 'Correction The hearing was on March 3, not March 2, as an earlier version said.', date: null, placement: 'bottom' }]],
    ['an editor\'s note box at the top',
      '', `<div class="editors-note"><p>Editor's note: This article is part of a series on city budgets.</p></div>${STORY}`,
      [{ kind: 'editors-note', text: "Editor's note: This article is part of a series on city budgets.", date: null, placement: 'top' }]],
    ['a retraction paragraph at the top',
      '', `<p><strong>Retraction:</strong> This article has been retracted because its main source could not be verified.</p>${STORY}`,
      [{ kind: 'retraction', text: 'Retraction: This article has been retracted because its main source could not be verified.', date: null, placement: 'top' }]],
  ])('%s', (_, head, body, expected) => {
    const article = notesOf(head, body);
    expect(article.notes.map(({ kind, text, date, placement }) => ({ kind, text, date, placement }))).toEqual(expected);
    for (const note of article.notes) expect(article.paragraphs.some((p) => p.text.includes(note.text.slice(-30)))).toBe(false);
  });

  test.each([
    ['a bare "Updated" dateline', '<p class="updated">Updated: Sat 8:31 PM, Feb 17, 2018</p>'],
    ['a software version number', '<p>Update 5.3 of the password manager adds support for passkeys and shared vaults for families.</p>'],
    ['a correction headline in a related-stories list', '<ul class="related-links"><li><a href="/a">Correction: Council delays vote on parking rules again</a></li></ul>'],
    ['a reader comment that starts with "Update:"', '<div id="comments"><p>Update: the bus on route 4 was late again this morning.</p></div>'],
  ])('no note from %s', (_, extra) => {
    expect(notesOf('', `${STORY}${extra}`).notes).toEqual([]);
  });
});
