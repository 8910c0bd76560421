import { describe, expect, test } from 'vitest';
import { detectNumbers } from '../../lib/qualify/numbers';
import { FILLER, run } from './pair';

// the lead of a story whose figure comes later, as stories give it
const LEADS: Record<string, string> = {
  'Emirates inks $9 billion order for Boeing jets': 'Emirates signed an order for 30 Boeing 787 jets at the Dubai Airshow on Wednesday.',
};

describe('numbers: fires', () => {
  test.each([
    ['Apple cuts 400 jobs', 'Apple could cut as many as 400 jobs, the company said.', 'upper limit'],
    ['Apple cuts 400 jobs', 'Apple will cut up to 400 jobs in its retail stores.', 'upper limit'],
    ['Utility merger will cut customer bills by $200 a year', "The $200 figure is the companies' estimate of the largest saving an average household could see.", 'upper limit'],
    ['Sales fall 50% at Apple', 'Apple sales fell 47% in the quarter.', 'rounds it up'],
    ['Apple cuts 400 jobs', 'Apple said it would cut 250 jobs in its retail stores.', 'gives "250 jobs"'],
    // rounded down by more than half its last place, or a figure that is not round, is not rounding
    ['Apple cuts 500 jobs', 'Apple said it would cut 560 jobs in its retail stores.', 'gives "560 jobs"'],
    ['Apple cuts 410 jobs', 'Apple said it would cut 430 jobs in its retail stores.', 'gives "430 jobs"'],
    // a sentence comparing two figures: the one just above is not the headline's rounding
    ['Legislature approves $9 billion for school repairs', 'The final bill sets aside $8.6 billion over six years for school repairs, down from the $9.4 billion in the version the Assembly passed.', 'gives'],
    ['Support for the plan rises 5%', 'Support for the plan rose 5 percentage points.', 'different measure'],
    ['Profits rise 20% at Apple', 'Apple profits fell 20% in the quarter.', 'going down'],
    ['Crowd of 1,000 people protests in Paris', 'Nearly 1,000 people protested in Paris on Sunday.', 'rounds up'],
    ['Emirates inks $9 billion order for Boeing jets', 'The order is valued at $8.8 billion at list prices.', 'rounds it up'],
    ['Rail link will cut journey to 20 minutes', 'The line could cut journey times to as little as 20 minutes.', 'best case'],
    ['Efficiency law will save families $1,500 a year', 'The $1,500 figure is the most a household could save on its energy bills.', 'upper limit'],
  ])('%s | %s', (headline, sentence, says) => {
    const findings = run(detectNumbers, headline, [LEADS[headline] ?? FILLER[0]!, FILLER[1]!, sentence]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.text).toBe(sentence);
    expect(findings[0]!.explanation).toContain(says);
  });
});

describe('numbers: near misses', () => {
  test.each([
    ['Apple cuts 400 jobs', 'Apple said on Monday it would cut 400 jobs.'],
    ['Apple cuts 400 jobs', 'Apple cut more than 400 jobs, keeping its list of staff up to date.'],
    ['Sales fall 50% at Apple', 'Apple sales fell 50 percent.'],
    ['Apple cuts jobs in 2016', 'Apple cut jobs this year.'],
    ['Apple keeps its staff list up to date', 'Apple cut 400 jobs.'],
    // a figure of another thing, in the same unit
    ['Train drivers accept pay deal, ending two years of strikes', 'The drivers accepted a pay rise of 14% spread over three years, backdated to 2022.'],
    // a year the headline uses as a word, the story as a year
    ['Former firefighter pleads guilty to setting 2023 brush fires', 'He admitted setting four brush fires in the summer of 2023, prosecutors said.'],
    // the figure never given: no sentence of the story to show for it
    ['Apple cuts 400 jobs', 'Apple is cutting jobs in its retail stores.'],
    // the headline's own rounding of the story's figure
    ["Nintendo's first iPhone game will cost $10", 'The game will launch on December 15 for a flat fee of $9.99.'],
    // a round headline figure just under the story's count rounds it down: it claims less
    ['Cedar Ridge Fire fully contained after burning 11,000 acres', 'The fire burned 11,240 acres over nine days and destroyed 14 homes, according to a final damage assessment.'],
    ['Apple cuts 500 jobs', 'Apple said it would cut 512 jobs in its retail stores.'],
    // an estimate, but not of the most it could be
    ['Utility merger will cut customer bills by $200 a year', "The $200 figure is the companies' estimate of the average saving per household."],
    // the headline already gives its figure as a ceiling
    ['Alibaba to raise up to $12.9bn in Hong Kong listing', 'Alibaba is set to raise up to $12.9bn from its second listing in Hong Kong.'],
  ])('%s | %s', (headline, sentence) => {
    expect(run(detectNumbers, headline, [LEADS[headline] ?? FILLER[0]!, FILLER[1]!, sentence])).toEqual([]);
  });
});

test("of two figures of the same kind, the one closest to the headline's is the one for the same thing", () => {
  const headline = 'Emirates inks $9 billion order for Boeing jets';
  const same = 'The order is valued at $8.8 billion at list prices.';
  const other = 'It also announced an order of 50 Airbus jets on Monday at a value of $16 billion.';
  const findings = run(detectNumbers, headline, [LEADS[headline]!, other, same]);
  expect(findings.map((f) => f.text)).toEqual([same]);
});
