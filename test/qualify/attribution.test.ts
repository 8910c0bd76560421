import { describe, expect, test } from 'vitest';
import { detectAttribution } from '../../lib/qualify/attribution';
import { FILLER, run } from './pair';

const BEATS = 'Apple to buy Beats for $3.2 billion';
const SPLIT = 'Pop star splits from husband';

describe('attribution: fires', () => {
  test.each([
    [BEATS, 'Apple is in talks to buy Beats, according to people familiar with the matter.'],
    [BEATS, 'The deal for Beats, which one person described on condition of anonymity, could close next week.'],
    [BEATS, 'Sources told the Financial Times that Apple would pay $3.2 billion for Beats.'],
    [SPLIT, 'According to a report in a British tabloid, the pop star has left her husband.'],
    [SPLIT, 'Rumours of the split began with a Facebook post that went viral on Sunday.'],
    [BEATS, 'Apple declined to comment on the Beats talks.'],
    [SPLIT, 'Her publicist did not respond to a request for comment about the split.'],
  ])('%s | %s', (headline, sentence) => {
    const findings = run(detectAttribution, headline, [...FILLER, sentence]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.kind).toBe('attribution');
  });
});

describe('attribution: near misses', () => {
  test.each([
    // a named, on-the-record source
    [BEATS, 'Apple said in a statement on Thursday that it had agreed to buy Beats.'],
    // "sources" of something else
    [BEATS, 'Sources of renewable energy are listed in the appendix.'],
    // no comment from someone unrelated, in a sentence sharing nothing with the headline
    [BEATS, 'The weather service declined to comment on the forecast.'],
  ])('%s | %s', (headline, sentence) => {
    expect(run(detectAttribution, headline, [...FILLER, sentence])).toEqual([]);
  });
});

test('caps the findings of one article', () => {
  const many = Array.from({ length: 12 }, (_, i) => `Apple will buy Beats, a source familiar with the deal said on day ${i + 1}.`);
  expect(run(detectAttribution, BEATS, many).length).toBeLessThanOrEqual(3);
});

test('weighs less when the headline itself says "sources say"', () => {
  const sentence = 'Apple is in talks to buy Beats, according to people familiar with the matter.';
  const [plain] = run(detectAttribution, BEATS, [sentence]);
  const [attributed] = run(detectAttribution, `${BEATS}, sources say`, [sentence]);
  expect(attributed!.strength).toBeLessThan(plain!.strength);
});
