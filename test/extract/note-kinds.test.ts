import { describe, expect, test } from 'vitest';
import { noteKindOf } from '../../lib/extract/note-kinds';

describe('note-kinds: how a note opens', () => {
  test.each([
    ['UPDATE: A National Security Council official said Friday that the sanctions…', 'update'],
    ['Updated 7:45 PM ET, March 22, 2019: The mayor later said…', 'update'],
    ['Update (March 3): The company responded after publication.', 'update'],
    ['This story has been updated to include a statement from the company.', 'update'],
    ['Correction: An earlier version of this article misstated the date of the vote.', 'correction'],
    ['Correction (March 3): The bill passed 63-35.', 'correction'],
    ['Correction, 16 March 2026: An earlier version of this article said the study followed 12,000 people.', 'correction'],
    ['Update, March 22, 2019 — The mayor later said the plan would go ahead.', 'update'],
    ['Update, 3:45 p.m.: The company has responded.', 'update'],
    ["(This story corrects the spelling of the minister's name in paragraph 5)", 'correction'],
    ['(Corrects headline to say shares fell, not rose)', 'correction'],
    ['(Updates with comments from the ministry in paragraphs 4-6)', 'update'],
    ['(Adds details of the vote in paragraphs 3-5)', 'update'],
    ['Note: This article has been updated to include comment from the police.', 'update'],
    ['This article originally stated that the mayor would resign. He has not.', 'correction'],
    ['An earlier version of this article misstated the final vote.', 'correction'],
    ['• This article was amended on 3 March 2020 to correct a figure.', 'correction'],
    ['Because of an editing error, an earlier version gave the wrong date.', 'correction'],
    ['Clarification: The figures cover England only.', 'clarification'],
    ['[Clarification: the plan covers two years, not one.]', 'clarification'],
    ['An earlier version of this story did not make clear that the study was not peer reviewed.', 'clarification'],
    ["Editor's note: This story was updated Friday morning.", 'editors-note'],
    ['Editors’ Note: A previous version of this article relied on a source who…', 'editors-note'],
    ['Retraction: This article has been withdrawn.', 'retraction'],
    ['This article has been retracted at the request of the authors.', 'retraction'],
    ['Clarification, June 11: Passengers who booked through travel agents will be refunded by the agents.', 'clarification'],
    ['Retraction (Oct. 14, 2025): An earlier version of this story reported a vote that was never taken.', 'retraction'],
    ["(Recasts with minister's comments, adds background)", 'update'],
    ['UPDATE 5/5: The district posted a draft repair schedule.', 'update'],
    ['We have corrected this article to reflect that the figure was 40 percent, not 60 percent.', 'correction'],
    ["We've updated this story with the final vote count.", 'update'],
    ['The headline of this article has been changed to more accurately reflect the study.', 'update'],
    ['The headline and text of this story have been updated to reflect the court’s ruling.', 'update'],
    ["This article's headline has been updated.", 'update'],
    ['A correction was made on Feb. 4, 2023: An earlier version of this article misstated the date of the vote.', 'correction'],
    ['A correction has been appended to this article.', 'correction'],
    ['An update was made on Feb. 4, 2023: The mayor responded after publication.', 'update'],
    ['Correction 3 March: This story has been amended to correct the spelling of a name.', 'correction'],
    ['Correction 2 March 2020: An earlier version said the study was in humans.', 'correction'],
    ['Update March 5: The company has withdrawn the statement.', 'update'],
    ['Updated March 5, 2021 at 4:15 PM ET', 'update'],
    ['Clarification appended: March 3, 2019.', 'clarification'],
  ])('%s -> %s', (text, kind) => {
    expect(noteKindOf(text)).toBe(kind);
  });

  test.each([
    // near misses: ordinary story sentences that merely use the words
    'Updated guidance from the agency says masks are optional.',
    'Correction officers at the prison went on strike on Monday.',
    'The company issued a correction to its earnings report last week.',
    'The update to the app adds a dark mode.',
    'The editor said the note was never sent.',
    'President Trump tweeted on Friday that he would cancel them.',
    'An earlier version of the bill included a tax on sugary drinks.',
    'Update 5.3 of the password manager adds support for passkeys.',
    'Corrections, officials said, would take months.',
    'Updates, March 2026 and beyond, will arrive every quarter.',
    '(Adds to a growing list of recalls this year.)',
    'Note: the figures exclude Scotland.',
    'This article originally appeared in The Conversation.',
    'The company corrects its forecasts every quarter.',
    'We have updated our privacy policy and terms of service.',
    "A correction was made to the company's earnings report in March.",
    'Update March figures are due from the agency next week.',
    'Correction 3 of the 12 proposed changes was adopted.',
    'The headline of the tabloid was changed within the hour, the regulator found.',
    'We corrected the error in this article’s companion graphic last year, the editor told the panel.',
  ])('story text is no note: %s', (text) => {
    expect(noteKindOf(text)).toBeNull();
  });
});
