import { describe, expect, test } from 'vitest';
import { detectAttribution } from '../../lib/qualify/attribution';
import { FILLER, run } from './pair';

const BEATS = 'Apple to buy Beats for $3.2 billion';
const SPLIT = 'Pop star splits from husband';

describe('attribution: fires', () => {
  test.each([
    [BEATS, 'Apple is in talks to buy Beats, according to people familiar with the matter.'],
    [BEATS, 'Apple will pay $3.2 billion for Beats, said one person, who spoke on condition of anonymity.'],
    [BEATS, 'Sources told the Financial Times that Apple would pay $3.2 billion for Beats.'],
    [BEATS, 'Apple is close to a deal to buy Beats for $3.2 billion, a source said.'],
    [BEATS, 'Apple will buy Beats for $3.2 billion, the Financial Times reported on Thursday.'],
    [SPLIT, 'According to a report in a British tabloid, the pop star splits from her husband after ten years.'],
    [SPLIT, 'Rumours that the pop star splits from her husband began with a Facebook post on Sunday.'],
    [BEATS, 'Apple plans to buy Beats for $3.2 billion, according to a music executive who was briefed on the deal.'],
    ['Battery doubles electric car range', 'The battery doubles the range of electric cars, but the figures come from its own laboratory tests.'],
    ['Nimbus R7 chip is twice as fast as the Tarsus T4', 'The claim that the R7 chip is twice as fast as the T4 rests on benchmarks Nimbus ran itself.'],
    ['Assessor took bribes from developer', 'The accusations that the assessor took bribes from the developer come from a wrongful-termination lawsuit, and none of them have been tested in court.'],
  ])('%s | %s', (headline, sentence) => {
    const findings = run(detectAttribution, headline, [...FILLER, sentence]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.kind).toBe('attribution');
  });
});

describe('attribution: near misses', () => {
  test.each([
    // tests run by someone other than the claimant
    ['Nimbus R7 chip is twice as fast as the Tarsus T4', 'Independent labs ran the benchmarks on the R7 chip and the T4 side by side.'],
    // a named, on-the-record source
    [BEATS, 'Apple said in a statement on Thursday that it had agreed to buy Beats.'],
    // "sources" of something else
    [BEATS, 'Sources of renewable energy are listed in the appendix.'],
    // no comment from someone unrelated, in a sentence sharing nothing with the headline
    [BEATS, 'The weather service declined to comment on the forecast.'],
    // no comment, with nothing unnamed behind the claim: the other side's silence is reporting
    [BEATS, 'Apple declined to comment on the Beats talks.'],
    [SPLIT, 'Her publicist did not respond to a request for comment about the split.'],
    // a named minister, on the record
    ['House where Hitler was born will become a police station', "The house where Adolf Hitler was born will be turned into a police station, Austria's interior minister said on Tuesday."],
    // sources behind another clause than the claim's
    ['Oil drops as oversupply worries grow', 'Oil dropped after sources told Reuters that Russia is unlikely to agree to deeper output cuts next month.'],
    // the company's own website, named for where to buy it
    ['Battery doubles electric car range', "The battery is for sale on the company's own website from March."],
    // a lawsuit named as the news, not as the only ground for a claim
    ['Assessor took bribes from developer', 'The assessor took bribes from the developer, prosecutors said on Monday, and a separate lawsuit is pending.'],
    // a website named for a side detail
    ['Oxygen bar in Delhi sells fresh air for Rs 300', 'According to the website, the name of the bar is Oxy Pure.'],
  ])('%s | %s', (headline, sentence) => {
    expect(run(detectAttribution, headline, [...FILLER, sentence])).toEqual([]);
  });
});

test('no comment from whom the claim is about is shown beside an unnamed source', () => {
  const sourced = 'Apple is in talks to buy Beats for $3.2 billion, according to people familiar with the matter.';
  const silent = 'Apple declined to comment on the Beats talks.';
  const findings = run(detectAttribution, BEATS, [sourced, FILLER[0]!, silent]);
  expect(findings.map((f) => f.text)).toEqual([sourced, silent]);
  expect(findings[1]!.strength).toBeLessThan(findings[0]!.strength);
});

test('caps the findings of one article', () => {
  const many = Array.from({ length: 12 }, (_, i) => `Apple will buy Beats, a source familiar with the deal said on day ${i + 1}.`);
  expect(run(detectAttribution, BEATS, many).length).toBeLessThanOrEqual(3);
});

test('a headline that already says "sources say" or "reportedly" has told the reader as much', () => {
  const sentence = 'Apple is in talks to buy Beats, according to people familiar with the matter.';
  expect(run(detectAttribution, BEATS, [sentence])).toHaveLength(1);
  expect(run(detectAttribution, `${BEATS}, sources say`, [sentence])).toEqual([]);
  expect(run(detectAttribution, 'Apple reportedly to buy Beats for $3.2 billion', [sentence])).toEqual([]);
});
