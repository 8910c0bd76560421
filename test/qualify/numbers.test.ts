import { describe, expect, test } from 'vitest';
import { detectNumbers } from '../../lib/qualify/numbers';
import { FILLER, run } from './pair';

describe('numbers: fires', () => {
  test.each([
    ['Apple cuts 400 jobs', 'Apple could cut as many as 400 jobs, the company said.', 'upper limit'],
    ['Apple cuts 400 jobs', 'Apple will cut up to 400 jobs in its retail stores.', 'upper limit'],
    ['Sales fall 50% at Apple', 'Apple sales fell 47% in the quarter.', 'rounds it up'],
    ['Apple cuts 400 jobs', 'Apple said it would cut 250 jobs in its retail stores.', 'gives "250 jobs"'],
    ['Support for the plan rises 5%', 'Support for the plan rose 5 percentage points.', 'different measure'],
    ['Profits rise 20% at Apple', 'Apple profits fell 20% in the quarter.', 'going down'],
    ['Crowd of 1,000 people protests in Paris', 'Nearly 1,000 people protested in Paris on Sunday.', 'rounds up'],
    ['Apple cuts 400 jobs', 'Apple is cutting jobs in its retail stores.', 'never gives'],
  ])('%s | %s', (headline, sentence, says) => {
    const findings = run(detectNumbers, headline, [...FILLER, sentence]);
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
  ])('%s | %s', (headline, sentence) => {
    expect(run(detectNumbers, headline, [...FILLER, sentence])).toEqual([]);
  });
});
