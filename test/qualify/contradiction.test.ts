import { describe, expect, test } from 'vitest';
import { detectContradiction } from '../../lib/qualify/contradiction';
import { FILLER, run } from './pair';

const SANCTIONS = "Trump, parting with Treasury, says he'll reverse new North Korea sanctions";
const SHARK = 'Shark swims down flooded Houston highway';
const DEATH = 'Actor Jack Smith dies at 62';
const BEATS = 'Apple to buy Beats for $3.2 billion';

// the lead of each story, restating what the headline claims
const LEADS: Record<string, string> = {
  [SANCTIONS]: 'Mr. Trump said on Friday that he would reverse new sanctions on North Korea.',
  [SHARK]: 'A photo of a shark swimming down a flooded Houston highway spread online on Sunday.',
  [DEATH]: 'Reports that the actor Jack Smith dies at 62 spread on social media.',
  [BEATS]: 'Apple is said to be buying Beats for $3.2 billion.',
};

describe('contradiction: fires', () => {
  test.each([
    [SHARK, 'The photo of the shark on the Houston highway is fake.'],
    [SHARK, 'The image, which spread quickly on Twitter, turned out to be a hoax.'],
    [SHARK, 'Fact-checkers debunked the shark photo within hours.'],
    [BEATS, 'Apple denied the report that it would buy Beats.'],
    [DEATH, 'Jack Smith is alive and well, his publicist said on Monday.'],
    [SANCTIONS, 'A National Security Council official said later Friday that the sanctions Mr. Trump is pulling back are not the ones that were just imposed.'],
    [SANCTIONS, 'Mr. Trump did not reverse the North Korea sanctions, the Treasury said.'],
    ['Government will ban energy drinks', 'The government has no plans to ban energy drinks, a minister said.'],
    ['Lia Marsh quits Velvet Static after backstage row', 'But a spokesperson for Marsh said: "Lia has not left the band."'],
    ['Councilman Ray Reyes drops out of state Senate race', 'Reyes himself says that is not true.'],
    ['Councilman Ray Reyes drops out of state Senate race', 'He told me he was staying in the Senate race, calling the reports "flatly false."'],
  ])('%s | %s', (headline, sentence) => {
    const findings = run(detectContradiction, headline, [LEADS[headline] ?? FILLER[0]!, FILLER[1]!, sentence]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.text).toBe(sentence);
    expect(findings[0]!.strength).toBeGreaterThanOrEqual(0.5);
  });
});

describe('contradiction: near misses', () => {
  test.each([
    // a denial of something else
    [BEATS, 'The mayor denied any wrongdoing in the zoning case.'],
    // a negation of another verb, in a sentence naming the headline's people
    [SANCTIONS, "Mr. Trump's first summit with Kim in Singapore did not result in any tangible steps."],
    // "fake" about something else
    [SHARK, 'Police warned shoppers about fake designer handbags.'],
    // "alive" when the headline is not about a death
    [BEATS, 'Music streaming is alive and well, analysts say.'],
    // a hoax elsewhere in a story about something else: "the story" is not the headline's
    [BEATS, 'Police said the story about the missing dog was a hoax.'],
    // a negation of some, inside a relative clause
    ['Drivers to pay £9 a day to enter city centre', 'Drivers who do not pay within six days will face a penalty.'],
    // the claim's object negated, not its verb
    ['Restaurant will stop serving customers who are rude', 'Rude customers will not be served at the restaurant, the owner said.'],
  ])('%s | %s', (headline, sentence) => {
    expect(run(detectContradiction, headline, [LEADS[headline] ?? FILLER[0]!, FILLER[1]!, sentence])).toEqual([]);
  });

  test('a headline that itself calls the claim a hoax is not contradicted by the same word', () => {
    const headline = 'Macaulay Culkin victim of another death hoax';
    expect(run(detectContradiction, headline, ['Macaulay Culkin is alive and well; the report of his death was a hoax.'])).toEqual([]);
  });

  test('a body agreeing with a negated headline is no contradiction', () => {
    expect(run(detectContradiction, 'Apple will not buy Beats', ['Apple did not buy Beats, the company said.'])).toEqual([]);
  });
});
