import { describe, expect, test } from 'vitest';
import { detectScope, withoutImplication } from '../../lib/qualify/scope';
import { FILLER, run } from './pair';

const CURE = 'New drug cures cancer';
const COFFEE = 'Coffee cuts risk of liver cancer';

// the lead of each story, restating what the headline claims, as stories do
const LEADS: Record<string, string> = {
  [CURE]: 'A new drug cured cancer in a trial, researchers said on Monday.',
  [COFFEE]: 'Drinking coffee cuts the risk of liver cancer, according to a new study.',
  ['Schools ban phones, improving grades']: 'Schools that ban phones see grades improve, a study has found.',
  ['NASA confirms there are water plumes on Europa']: 'NASA scientists have confirmed water plumes above the surface of Europa, a study says.',
  ['How the brain turns information into thought']: 'Researchers have found how the brain turns unconscious information into conscious thought.',
  ['Four-day school week boosted test scores']: 'A four-day school week boosted test scores in the district, according to a district study.',
  ['Nasal flu vaccine cuts hospital visits for children']: 'A nasal flu vaccine cut hospital visits for children by a third, a study of 12,000 children found.',
  ['Blood pressure drug reverses memory loss, study finds']: 'A common blood pressure drug reverses memory loss, a new study finds.',
  ['U.S. lifts sanctions on oil industry']: 'The United States lifted sanctions on the oil industry on Monday.',
  ['A daily walk cuts dementia risk by a third']: 'A daily walk cut the risk of dementia by a third in a study of 8,000 adults.',
  ['Grocer raises pay to $20 an hour for all store workers']: 'The grocer is raising pay to $20 an hour at its California stores, it said.',
  ['Borough bans gas boilers in new homes']: 'Gas boilers will be banned from new homes in the borough under a policy approved on Wednesday.',
  ['Most nurses plan to quit within a year, survey finds']: 'Most nurses plan to quit their jobs within a year, a survey by the nurses’ union found.',
};

describe('scope: fires', () => {
  test.each([
    [CURE, 'The drug shrank tumours in mice but has not been tested in people.'],
    [CURE, 'The findings, which have not yet been peer reviewed, were posted online on Monday.'],
    [CURE, 'The pilot study followed only 24 patients for six weeks.'],
    [COFFEE, 'In the study, drinking coffee was associated with a lower risk of liver cancer.'],
    [COFFEE, 'The researchers said the study does not prove that coffee protects the liver.'],
    [COFFEE, '"This is an association, not proof that coffee protects the liver," said the study\'s lead author.'],
    ['Schools ban phones, improving grades', 'The study looked only at schools in one city.'],
    ['Babies who eat peanuts early avoid allergy', 'The study found that among children at high risk for peanut allergies, eating peanut snacks early cut their chances of becoming allergic.'],
    ['United States to lift Sudan sanctions', 'Sales of military equipment will still be prohibited, and some militia leaders will still face sanctions.'],
    ['NASA confirms there are water plumes on Europa', 'The team has confirmed traces of water vapor above the surface of Europa.'],
    ['NASA confirms there are water plumes on Europa', 'Out of 17 observations by the observatory, the scientists only spotted water vapor above Europa in one.'],
    ['Jobs data shows WordPress market oversaturated', 'It is important to consider the inherent biases of the jobs data, researchers said.'],
    ['How the brain turns information into thought', 'To answer this question, the scientists asked five people to perform a simple task.'],
    ['Four-day school week boosted test scores', 'It was a one-year pilot in three schools, and the evaluation warns the gains could appear by chance.'],
    ['Nasal flu vaccine cuts hospital visits for children', 'But the drop in hospital visits was confined to children with asthma, the study found.'],
    ['U.S. lifts sanctions on oil industry', 'The license leaves in place the ban on the state oil company, so most crude will remain off-limits.'],
    ['A daily walk cuts dementia risk by a third', 'Because the study was observational, it can show only that walking and lower dementia risk go together.'],
    ['Grocer raises pay to $20 an hour for all store workers', 'Elsewhere, the company’s 112 other stores will move to $17.'],
    [CURE, 'However, the study was small and had no comparison group, so it is not possible to say how many would have improved anyway.'],
    [CURE, 'The trial was not randomised, and every patient knew they were getting the drug.'],
    ['Borough bans gas boilers in new homes', 'It will apply only to developments of ten or more homes that apply for planning after April.'],
    ['Most nurses plan to quit within a year, survey finds', 'The survey polled 412 members who chose to take part, and the results were not weighted.'],
  ])('%s | %s', (headline, sentence) => {
    const findings = run(detectScope, headline, [LEADS[headline] ?? FILLER[0]!, FILLER[1]!, sentence]).filter((f) => f.text === sentence);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.kind).toBe('scope');
  });
});

describe('scope: near misses', () => {
  test.each([
    // people who chose to take part in something other than the study
    ['Most nurses plan to quit within a year, survey finds', 'Volunteers who chose to take part in the clean-up collected 40 bags of litter.'],
    // "small" said of something other than the study
    [CURE, 'The study was run at a small hospital in Leeds, which treated all 300 patients.'],
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
    // early findings are not a small study
    ['Physicists create the most detailed simulation of the universe', 'Despite these initial findings, the team is far from finished dissecting their model.'],
    // a link named in passing, where the study found a cause
    ['Blood pressure drug reverses memory loss, study finds', 'The pill reversed memory problems linked to Alzheimer’s disease in the study, researchers report.'],
    // "elsewhere" under a headline that claims it for no one in particular
    ['Grocer raises pay to $20 an hour at California stores', 'Elsewhere, the company’s other stores will move to $17.'],
    // a control group the study had
    [CURE, 'The patients were compared with a control group given a dummy pill.'],
    // "only" to what the headline already says
    ['Borough bans gas boilers in new homes', 'It will apply only to new homes in the borough.'],
    // an exception of something the headline does not claim
    ['United States to lift Sudan sanctions', 'Shops will still be closed on Friday for the holiday.'],
  ])('%s | %s', (headline, sentence) => {
    expect(run(detectScope, headline, [LEADS[headline] ?? FILLER[0]!, FILLER[1]!, sentence])).toEqual([]);
  });
});

describe('scope: what a finding might lead to is not how strongly it is put', () => {
  test.each([
    ['Researchers made a battery that survives 5,000 cycles, a result that could help make the technology practical.', 'Researchers made a battery that survives 5,000 cycles.'],
    ['The cells kept 90% of their charge, which may one day cut the cost of storage.', 'The cells kept 90% of their charge.'],
    ['A new cream could offer hope to millions after it cleared eczema in a trial.', 'A new cream after it cleared eczema in a trial.'],
    // a modal on the finding itself stays
    ['The cream could clear eczema in two weeks, the study suggests.', 'The cream could clear eczema in two weeks, the study suggests.'],
  ])('%s', (sentence, read) => {
    expect(withoutImplication(sentence).replace(/\s+/g, ' ').trim()).toBe(read);
  });
});

test('a study saying it found only a link is the finding, not also the headline read against it', () => {
  const headline = 'Swimming three times a week cuts heart disease risk by a quarter';
  const lead = 'People who swam three times a week were about a quarter less likely to develop heart disease, according to a study of 40,000 adults.';
  const figures = 'Those in the swimming group had a 26% lower rate of heart disease than the least active group.';
  const sentence = 'Because the study was observational, it can show only that swimming was linked with lower heart disease rates, not that it protects the heart.';
  const findings = run(detectScope, headline, [lead, figures, FILLER[1]!, sentence]);
  expect(findings.map((f) => f.text)).toEqual([sentence]);
});
