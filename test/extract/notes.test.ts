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
    ['a wire "(Adds …)" line at the top',
      '', `<p>(Adds comment from the ministry in paragraph 4)</p>${STORY}`,
      [{ kind: 'update', text: '(Adds comment from the ministry in paragraph 4)', date: null, placement: 'top' }]],
    ['a wire "(Recasts …)" line at the top',
      '', `<p>(Recasts with minister's comments, adds background)</p>${STORY}`,
      [{ kind: 'update', text: "(Recasts with minister's comments, adds background)", date: null, placement: 'top' }]],
    ['an "originally stated" line at the bottom',
      '', `${STORY}<p><i>This article originally stated that the hearing was public. It was held in closed session.</i></p>`,
      [{ kind: 'correction', text: 'This article originally stated that the hearing was public. It was held in closed session.', date: null, placement: 'bottom' }]],
    ['a "Note: This article…" line at the bottom',
      '', `${STORY}<p>Note: This article was changed to show the vote was 5-4.</p>`,
      [{ kind: 'update', text: 'Note: This article was changed to show the vote was 5-4.', date: null, placement: 'bottom' }]],
    ['a dated correction in an <aside> without a class, at the bottom',
      '<meta property="article:published_time" content="2024-04-29T07:30:00-05:00">', `${STORY}<aside><em>Correction (May 1): An earlier version of this story gave the wrong cost for the project.</em></aside>`,
      [{ kind: 'correction', text: 'Correction (May 1): An earlier version of this story gave the wrong cost for the project.', date: '2024-05-01', placement: 'bottom' }]],
    ['an editor\'s note inside a story node whose class also reads "promoted"',
      '', `<div class="node node--promoted"><div class="field--name-field-editor-note"><p>Editor's note: This is the second story in a series on emergency services.</p></div>${STORY}</div>`,
      [{ kind: 'editors-note', text: "Editor's note: This is the second story in a series on emergency services.", date: null, placement: 'top' }]],
    ['a note in a <div> paragraph that Readability rewraps, at the top',
      '', `<div class="body__paragraph"><q class="el-editorial-note">Editor’s Note: This story is part of a series on rising seas.</q></div>${STORY}`,
      [{ kind: 'editors-note', text: 'Editor’s Note: This story is part of a series on rising seas.', date: null, placement: 'top' }]],
    ['a clarification in brackets inside a paragraph',
      '', `${STORY}<p>The vote was 5-2. [Clarification: The two who voted no wanted to delay the vote, not to keep the plan.] Residents will appeal.</p>${STORY}`,
      [{ kind: 'clarification', text: 'Clarification: The two who voted no wanted to delay the vote, not to keep the plan.', date: null, placement: 'inline' }]],
    ['a clarification in brackets inside a <div> paragraph that also holds a photo',
      '', `${STORY}<div class="text">The vote was 5-2. [Clarification: The two who voted no wanted to delay the vote.] Residents will appeal.<figure><img src="a.jpg"><figcaption>The hall</figcaption></figure></div>${STORY}`,
      [{ kind: 'clarification', text: 'Clarification: The two who voted no wanted to delay the vote.', date: null, placement: 'inline' }]],
    ['an editor\'s note in parentheses that hold parentheses of their own',
      '', `${STORY}<p>The council met. (Editor's note: The council (which has nine members) met in closed session.) It voted 5-4.</p>${STORY}`,
      [{ kind: 'editors-note', text: "Editor's note: The council (which has nine members) met in closed session.", date: null, placement: 'inline' }]],
    ['a bracketed correction the JSON-LD also carries: the page\'s own copy, anchored',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves plan","correction":"Correction: The hearing was on March 3, not March 2."}</script>',
      `${STORY}<p>The hearing drew 200 people. [Correction: The hearing was on March 3, not March 2.]</p>${STORY}`,
      [{ kind: 'correction', text: 'Correction: The hearing was on March 3, not March 2.', date: null, placement: 'inline' }]],
    ['a time-stamped update at the bottom, as TMZ prints it',
      '', `${STORY}<p>12:00 PM PT -- Sheriff's deputies were at the hotel Thursday morning and looked at security footage.</p>`,
      [{ kind: 'update', text: "12:00 PM PT -- Sheriff's deputies were at the hotel Thursday morning and looked at security footage.", date: null, placement: 'bottom' }]],
    ['a labelled, time-stamped update at the top',
      '', `<p>UPDATE 3:15 PM ET: The mayor signed the plan an hour after the vote, her office said.</p>${STORY}`,
      [{ kind: 'update', text: 'UPDATE 3:15 PM ET: The mayor signed the plan an hour after the vote, her office said.', date: null, placement: 'top' }]],
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
    ['a linked headline of another story, outside any related list', '<div class="more"><a href="/b"><h2>Correction: the bus lane that never was</h2></a></div>'],
  ])('no note from %s', (_, extra) => {
    expect(notesOf('', `${STORY}${extra}`).notes).toEqual([]);
  });

  test.each([
    ['a parenthesis of updated figures', 'bottom', '<p>The plan (updated figures show the cost rose to $4 million) drew objections on Monday.</p>', 'The plan (updated figures show the cost rose to $4 million) drew'],
    ['brackets that are not notes', 'bottom', '<p>The sign read "Welcom [sic] to the city" and the mayor […] laughed (Reuters).</p>', 'Welcom [sic] to the city" and the mayor […] laughed (Reuters).'],
    ['a time closing the story without a time zone', 'bottom', '<p>10 p.m. — The hearing ended and residents went home without a decision.</p>', '10 p.m. — The hearing ended'],
    ['a dateline opening the story', 'top', '<p>RIVERSIDE — The council met on Monday to hear residents of the east district on the plan.</p>', 'RIVERSIDE — The council met'],
  ])('no note from %s, which stays story text', (_, at, extra, kept) => {
    const article = notesOf('', at === 'top' ? `${extra}${STORY}` : `${STORY}${extra}`);
    expect(article.notes).toEqual([]);
    expect(article.paragraphs.map((p) => p.text).join('\n')).toContain(kept);
  });
});
