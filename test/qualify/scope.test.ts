import { describe, expect, test } from 'vitest';
import { detectScope } from '../../lib/qualify/scope';
import { FILLER, run } from './pair';

const CURE = 'New drug cures cancer';
const COFFEE = 'Coffee cuts risk of liver cancer';

describe('scope: fires', () => {
  test.each([
    [CURE, 'The drug shrank tumours in mice but has not been tested in people.'],
    [CURE, 'The findings, which have not yet been peer reviewed, were posted online on Monday.'],
    [CURE, 'The pilot study followed only 24 patients for six weeks.'],
    [COFFEE, 'In the study, drinking coffee was associated with a lower risk of liver cancer.'],
    [COFFEE, 'The researchers said the study does not prove that coffee protects the liver.'],
    [COFFEE, '"This is an association, not proof that coffee protects the liver," said the study\'s lead author.'],
    ['Schools ban phones, improving grades', 'The study looked only at schools in one city.'],
  ])('%s | %s', (headline, sentence) => {
    const findings = run(detectScope, headline, [...FILLER, sentence]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.kind).toBe('scope');
  });
});

describe('scope: near misses', () => {
  test.each([
    // "not proof" of something the story is not about
    [COFFEE, 'The suspect said the receipt was not proof that he had been in the shop.'],
    // mice, but no research and nothing of the headline
    [CURE, 'The mice escaped from a pet shop on Main Street.'],
    // "linked to" outside research
    [COFFEE, 'The suspect is linked to a gang in the north of the city.'],
    // the headline already says "in mice"
    ['New drug cures cancer in mice', 'The drug cured cancer in mice, researchers said.'],
    // a link against a headline that claims only a link
    ['Coffee linked to lower cancer risk', 'In the study, coffee was associated with a lower cancer risk.'],
  ])('%s | %s', (headline, sentence) => {
    expect(run(detectScope, headline, [...FILLER, sentence])).toEqual([]);
  });
});
