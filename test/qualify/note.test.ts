import { describe, expect, test } from 'vitest';
import { detectNote } from '../../lib/qualify/note';
import type { NoteKind } from '../../lib/types';
import { FILLER, run } from './pair';

const SANCTIONS = "Trump, parting with Treasury, says he'll reverse new North Korea sanctions";
const BAN = 'City will ban plastic bags from stores next year';

describe('note: fires', () => {
  test.each<[string, NoteKind, string, number]>([
    [
      SANCTIONS,
      'update',
      'UPDATE: A National Security Council official said Friday that the sanctions President Trump was referring to in his tweet were not the sanctions announced Thursday by the Treasury Department.',
      0.6,
    ],
    [BAN, 'correction', 'Correction: An earlier version of this article incorrectly said the city would ban plastic bags; the council voted only to study a ban.', 0.6],
    [BAN, 'clarification', 'Clarification: The plastic bag ban applies only to large grocery stores.', 0.4],
    [BAN, 'retraction', 'This article has been retracted.', 0.9],
    [BAN, 'update', 'Update: The council has withdrawn the plastic bag ban after objections from shop owners.', 0.6],
    [BAN, 'update', 'UPDATE: The city said Thursday that it has reversed its decision and will not ban plastic bags.', 0.6],
  ])('%s | %s note', (headline, kind, text, atLeast) => {
    const findings = run(detectNote, headline, FILLER, [{ kind, text }]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.source).toBe('note');
    expect(findings[0]!.strength).toBeGreaterThanOrEqual(atLeast);
  });
});

describe('note: near misses', () => {
  test.each<[string, NoteKind, string]>([
    [SANCTIONS, 'update', 'This story has been updated with additional reporting.'],
    [BAN, 'update', 'This article was updated to include comment from the mayor.'],
    [BAN, 'update', 'This is a developing story. Check back for updates.'],
    // a caption, whatever names of the headline it repeats
    [BAN, 'correction', 'Correction: A photo caption in an earlier version of this story misidentified the city official who announced the plastic bag ban.'],
    // a note about the writer, whatever words of the headline it repeats
    [BAN, 'editors-note', "Editor's note: The writer is a member of the city council, which will vote on the plastic bag ban."],
  ])('%s | %s', (headline, kind, text) => {
    expect(run(detectNote, headline, FILLER, [{ kind, text }])).toEqual([]);
  });

  test('a correction of an unrelated detail weighs little', () => {
    const findings = run(detectNote, BAN, FILLER, [
      { kind: 'correction', text: 'Correction: An earlier version of this story misspelled the name of a shop owner, Jane Doe; it is spelled Jayne Doe.' },
    ]);
    expect(findings.every((f) => f.strength <= 0.3)).toBe(true);
  });
});

test('a note at the top sits at position 0, a correction at the bottom at 1', () => {
  const top = run(detectNote, BAN, FILLER, [{ kind: 'update', text: 'Update: The council has withdrawn the plastic bag ban.' }]);
  const bottom = run(detectNote, BAN, FILLER, [{ kind: 'correction', text: 'Correction: The ban was incorrectly described as citywide.' }]);
  expect(top[0]!.position).toBe(0);
  expect(bottom[0]!.position).toBe(1);
  expect(bottom[0]!.buried).toBe(false);
});

describe('note: what a note does to the claim', () => {
  test.each<[string, NoteKind, string, 'contradicts' | 'qualifies']>([
    [BAN, 'correction', 'Correction: An earlier version of this article incorrectly said the city would ban plastic bags; it will only study a ban.', 'contradicts'],
    // a correction of how far the claim reaches narrows it
    [BAN, 'correction', 'Correction: An earlier version of this article incorrectly described the scope of the plastic bag ban.', 'qualifies'],
    // a clarification clarifies, even in the words of a denial
    ['Drivers to pay £9 a day to enter city centre', 'clarification', 'Clarification: The charge applies only to older vehicles that do not meet emissions standards; most drivers will not have to pay.', 'qualifies'],
  ])('%s | %s', (headline, kind, text, effect) => {
    const findings = run(detectNote, headline, FILLER, [{ kind, text }]);
    expect(findings[0]?.effect).toBe(effect);
  });
});
