import { describe, expect, test } from 'vitest';
import { splitInlineNotes, wholeBracketedNote } from '../../lib/extract/inline-notes';

describe('inline-notes: notes in brackets inside story text', () => {
  test.each([
    ['The board voted 5-2. [Clarification: The two who voted no wanted a delay, not the rodeo.] The fair goes on.',
      'The board voted 5-2. The fair goes on.', [['clarification', 'Clarification: The two who voted no wanted a delay, not the rodeo.']]],
    ['Strikes could reverse it within weeks [Correction: The figures cover England only, not the UK.].',
      'Strikes could reverse it within weeks.', [['correction', 'Correction: The figures cover England only, not the UK.']]],
    ['The mayor spoke. [Update: She signed the order an hour later, her office said.]',
      'The mayor spoke.', [['update', 'Update: She signed the order an hour later, her office said.']]],
    ["The council met. (Editor's note: The council (which has nine members) met in closed session.) It voted.",
      'The council met. It voted.', [['editors-note', "Editor's note: The council (which has nine members) met in closed session."]]],
    ['Refunds come in 10 days. [Clarification, June 11: Travel-agent bookings are refunded by the agents.]',
      'Refunds come in 10 days.', [['clarification', 'Clarification, June 11: Travel-agent bookings are refunded by the agents.']]],
    ['The vote was 6-3. [Updated to include a statement from the mayor.]',
      'The vote was 6-3.', [['update', 'Updated to include a statement from the mayor.']]],
  ])('%s', (text, rest, notes) => {
    const split = splitInlineNotes(text);
    expect(split.text).toBe(rest);
    expect(split.notes.map((n) => [n.kind, n.text])).toEqual(notes);
  });

  test.each([
    // near misses: brackets that are not notes
    'The sign read "Welcom [sic] to the city" on Monday.',
    'The senator [Photo: AP] spoke for an hour.',
    'He said the plan […] would take years.',
    'LONDON (Reuters) - Shares fell on Monday.',
    'The council voted on the plan (updated figures show the cost rose to $4 million) on Monday.',
    'Guards (correction officers at the county jail) said they were understaffed.',
    'The app (update 5.3 adds passkeys) is free.',
  ])('story text keeps its brackets: %s', (text) => {
    expect(splitInlineNotes(text)).toEqual({ text, notes: [] });
  });

  test.each([
    ['[Correction: An earlier version of this story gave the wrong date for the hearing.]', 'correction'],
    ['(Update, March 3: The company responded after publication.).', 'update'],
    // near misses: a note with story text around it, and story text alone
    ['[Correction: An earlier version gave the wrong date.] The hearing is on Friday.', null],
    ['The hearing is on Friday.', null],
  ])('one bracketed note and nothing more: %s -> %s', (text, kind) => {
    expect(wholeBracketedNote(text)?.kind ?? null).toBe(kind);
  });
});
