import { describe, expect, test } from 'vitest';
import { readClaim } from '../../lib/claim/index';
import { buildContext, prepareBody } from '../../lib/qualify/context';
import { inputOf } from './pair';

describe('prepareBody', () => {
  const input = inputOf(
    'City will ban plastic bags',
    ['The council met on Monday. It voted on the plan.', 'Shops objected.', 'The vote was 7 to 2.', 'Dr. Lee spoke last.'],
    [
      { kind: 'update', text: 'Update: The vote was postponed.' },
      { kind: 'correction', text: 'Correction: The council has nine members.' },
    ],
  );
  const prepared = prepareBody(input);

  test('top notes first at 0, body in order, bottom notes last at 1', () => {
    expect(prepared.sentences.map((s) => [s.source, s.position === 0 || s.position === 1 ? s.position : 'mid'])).toEqual([
      ['note', 0],
      ['body', 0],
      ['body', 'mid'],
      ['body', 'mid'],
      ['body', 'mid'],
      ['body', 'mid'],
      ['note', 1],
    ]);
    expect(prepared.sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  test('body positions rise through the article and name their paragraph', () => {
    const body = prepared.sentences.filter((s) => s.source === 'body');
    expect(body.map((s) => s.paragraph)).toEqual([0, 0, 1, 2, 3]);
    for (let i = 1; i < body.length; i++) expect(body[i]!.position).toBeGreaterThan(body[i - 1]!.position);
    expect(body.at(-1)!.position).toBeGreaterThan(0.75);
  });

  test('a note keeps its placement when the input gives one', () => {
    const placed = { ...input, notes: [{ kind: 'correction' as const, text: 'Correction: The vote was 7 to 2.', date: null, placement: 'top' as const }] };
    expect(prepareBody(placed).sentences[0]).toMatchObject({ source: 'note', position: 0, noteKind: 'correction' });
  });

  test('the sentences each context shares with the claim', () => {
    const ctx = buildContext(input, readClaim(input.headline), prepared);
    expect(ctx.shared[0]).toEqual([]);
    expect(ctx.sentences).toBe(prepared.sentences);
    const withBan = buildContext(inputOf('Council votes on plan', input.paragraphs), readClaim('Council votes on plan'), prepared);
    expect(withBan.shared[2]).toEqual(expect.arrayContaining(['plan']));
  });
});
