import { describe, expect, test } from 'vitest';
import { readClaim } from '../../lib/claim/index';
import { bearingOfText, claimFrame } from '../../lib/qualify/bearing';
import { familyOf, sameWord } from '../../lib/qualify/word-families';

describe('bearing: how much of the claim a sentence carries', () => {
  const frame = claimFrame(readClaim('13-Inch MacBook Pro With Scissor Keyboard Expected in First Half of 2020'));

  test('a restatement carries most of it, and what happened', () => {
    const b = bearingOfText(frame, 'Apple plans to release a new 13-inch MacBook Pro with a scissor keyboard in the first half of 2020.');
    expect(b.coverage).toBeGreaterThan(0.7);
    expect(b.event).toBeGreaterThan(0.5);
  });

  test('naming only the subject carries nothing of what happened', () => {
    const b = bearingOfText(frame, 'It is unclear if the 13-inch MacBook Pro will follow suit.');
    expect(b.count).toBeGreaterThan(0);
    expect(b.event).toBe(0);
  });

  test('a sentence about something else carries nothing', () => {
    expect(bearingOfText(frame, 'The weather was mild for most of the season.').coverage).toBe(0);
  });

  test("the headline's source counts as whom the claim is about", () => {
    const data = claimFrame(readClaim('Stack Overflow Jobs Data Shows ReactJS Skills in High Demand'));
    expect(bearingOfText(data, 'Consider the inherent biases within the Stack Overflow ecosystem.').count).toBeGreaterThan(0);
  });
});

describe('word families: the same event in other words', () => {
  test.each([
    ['killed', 'deaths', true],
    ['stolen', 'theft', true],
    ['investigating', 'probe', true],
    ['ban', 'prohibited', true],
    ['cancels', 'cancellation', true],
    // near misses: related words that are not the same thing
    ['killed', 'injured', false],
    ['buy', 'sell', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    const [ta, tb] = [readClaim(a).keywords[0] ?? a, readClaim(b).keywords[0] ?? b];
    const [fa, fb] = [familyOf(ta), familyOf(tb)];
    expect(fa !== null && fa === fb).toBe(same);
    expect(sameWord(ta, tb)).toBe(same);
  });

  test('a word is the same word as itself, with or without a family', () => {
    expect(sameWord('lift', 'lift')).toBe(true);
    expect(sameWord('reverse', 'reverse')).toBe(true);
    expect(sameWord('reverse', 'lift')).toBe(false);
  });
});
