import { describe, expect, test } from 'vitest';
import { detectQuote } from '../../lib/qualify/quote';
import { FILLER, run } from './pair';

// a lead restating the headline without its quotation marks, as stories do
function leadOf(headline: string): string {
  return `${headline.replace(/["'“”]/g, '').replace(/\b(?:calls|says)\b.*$/, 'spoke on Monday')}, officials said.`;
}

describe('quote: fires', () => {
  test.each([
    ['Trump calls sanctions "unnecessary"', 'Sanders said the president "doesn\'t think these sanctions will be necessary."', 'do not appear anywhere'],
    ["Minister says plan is 'dead'", 'The minister said the plan was "on hold" for now.', 'do not appear anywhere'],
    ['Obama says plan is "a total disaster"', 'Obama said the plan was a total failure and a disaster for families.', 'nobody in the article is quoted'],
    ['Obama says plan is "a total disaster"', 'Obama called the plan "a disaster" in a speech on Monday.', 'quotation reads "a disaster"'],
    ['Mayor calls protesters "thugs"', 'The mayor spoke to reporters on Tuesday about the protesters.', 'do not appear anywhere'],
  ])('%s | %s', (headline, sentence, says) => {
    const findings = run(detectQuote, headline, [leadOf(headline), FILLER[0]!, sentence]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.explanation).toContain(says);
  });
});

describe('quote: near misses', () => {
  test.each([
    ["Obama calls ISIS 'cancer' in speech", 'Obama called ISIS "a cancer" in his speech.'],
    ['Treasury announces "large-scale" sanctions', 'The Treasury said "additional large scale" sanctions would follow.'],
    ['Trump calls sanctions “unnecessary”', 'Trump said the sanctions were “unnecessary.”'],
    ['Apple cuts 400 jobs', 'Apple said "we regret the cuts."'],
    // a scare-quoted word nobody is said to have said
    ["'Neutral' fact-checker tweets about angry voters", 'The fact-checker posted the tweet on Thursday evening.'],
  ])('%s | %s', (headline, sentence) => {
    expect(run(detectQuote, headline, [leadOf(headline), FILLER[0]!, sentence])).toEqual([]);
  });
});
