import { describe, expect, test } from 'vitest';
import { detectHedge } from '../../lib/qualify/hedge';
import { FILLER, run } from './pair';

const BAN = 'Government will ban energy drinks for children';
const SPLIT = 'Pop star splits from husband';
const CUTS = 'Apple cuts 400 jobs';

describe('hedge: fires', () => {
  test.each([
    [BAN, 'The government is considering a ban on the sale of energy drinks to children.'],
    [BAN, 'Ministers could ban energy drinks for under-16s, officials said.'],
    [BAN, 'A proposal to ban energy drinks will be put out for consultation.'],
    [BAN, 'The ban on energy drinks would take effect only if approved by parliament.'],
    [SPLIT, 'The pop star reportedly split from her husband last month.'],
    [CUTS, 'Apple is expected to cut about 400 jobs, people familiar with the plans said.'],
    [CUTS, 'Apple may cut jobs in its retail division.'],
    ['County to ban short-term rentals downtown', 'County commissioners on Tuesday began weighing an ordinance that would ban short-term rentals downtown.'],
    ['Warehouse fire was arson', 'Police suspect the warehouse fire was arson, a spokesman said.'],
    ['Rail link will cut journey to 20 minutes', 'Planners say the rail link could cut the journey to 20 minutes if trains run at top speed.'],
    ['Island bans single-use plastic bags', 'The island bans plastic bags under a new bill, but the measure still has to clear three readings in parliament.'],
    ['Council caps rents at 3% a year', 'The council voted 7-2 to cap rents, but a second vote is required before it becomes law.'],
  ])('%s | %s', (headline, sentence) => {
    const findings = run(detectHedge, headline, [...FILLER, sentence]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.text).toBe(sentence);
  });
});

describe('hedge: near misses', () => {
  test.each([
    // "could" about something else
    [BAN, 'Forecasters said the storm could bring heavy rain on Friday.'],
    // the month of May
    [CUTS, 'Apple cut the 400 jobs in May, the company said.'],
    // firm wording
    [BAN, 'The government banned energy drinks for children on Monday.'],
    // a headline's "to ban" is an announced plan: "plans to" restates it
    ['City to ban plastic bags', 'The city plans to ban plastic bags at grocery stores next year, the mayor said.'],
    // a consequence of the claim, the claim itself certain
    ['City council approves new bike lanes', 'The council approved the lanes on Tuesday, and construction of the new bike lanes is expected to begin in the spring.'],
    // a suggestion of something else, by someone quoted
    ['The law that is helping fuel Delhi air pollution', 'To clear the air over Delhi, Prakash said the government could issue subsidies for farmers under the law.'],
    // a deal's routine conditions under a headline that it was agreed
    ['Aster agrees to buy Greenleaf for $2 billion', 'The deal is expected to close next year, subject to approval by regulators.'],
    // another actor, another time
    [CUTS, 'Apple cut 400 jobs on Tuesday, and Samsung could also cut jobs, analysts said.'],
    ['Fed raises interest rates by a quarter point', 'The Fed could raise interest rates again in December, officials signaled.'],
    ['Storm kills 12 in Texas', 'The storm could kill more people in Texas as it moves north, the governor warned, and the toll may rise further.'],
    // what was believed before the news
    ['NASA confirms there are water plumes on Europa', 'For many years, scientists have suspected that there is water on Europa, and observations appear to back that up.'],
    // the "may" governs only when it happened
    ['Man stabbed to death on commuter train', 'A stabbing that killed a man on a commuter train may have occurred after the attacker tried to steal shoes.'],
    // a condition on the deal behind the headline, not on the saving it claims
    ['Utility merger will cut customer bills by $200 a year', 'The deal requires approval from utility regulators in all three states.'],
    // the headline is already hedged: the body's "could" is no weaker
    ['Government may ban energy drinks', 'Ministers could ban energy drinks for under-16s.'],
  ])('%s | %s', (headline, sentence) => {
    expect(run(detectHedge, headline, [...FILLER, sentence])).toEqual([]);
  });
});

test('a hedge on the headline verb weighs more than one elsewhere in a related sentence', () => {
  const [onVerb] = run(detectHedge, BAN, ['Ministers could ban energy drinks for children.']);
  const [elsewhere] = run(detectHedge, BAN, ['Energy drinks for children could become more expensive under the ban.']);
  expect(onVerb!.strength).toBeGreaterThan(elsewhere?.strength ?? 0);
});

describe('hedge: a sentence going on about the claim without naming it', () => {
  const HEADLINE = 'Tessaly Air to begin nonstop service to Lisbon in May';
  const LEAD = 'Tessaly Air plans to begin nonstop service between Hartfield and Lisbon in May, the airline said.';
  test.each([
    ['The service still needs sign-off from aviation regulators in both countries.', 1],
    ['It still needs final approval from aviation regulators.', 1],
    // "the airport" is not the service the headline claims
    ['The airport still needs approval for a new runway.', 0],
  ])('%s', (sentence, count) => {
    expect(run(detectHedge, HEADLINE, [LEAD, FILLER[0]!, sentence]).filter((f) => f.text === sentence)).toHaveLength(count);
  });
  test('an "it" too far from the sentence that restates the claim stands for nothing', () => {
    const sentence = 'It still needs final approval from aviation regulators.';
    expect(run(detectHedge, HEADLINE, [LEAD, ...FILLER, 'Fares start at 300 euros.', 'Tickets go on sale next week.', sentence]).filter((f) => f.text === sentence)).toEqual([]);
  });
});

describe('hedge: approval still needed, in a story on the claim', () => {
  const HEADLINE = 'Council caps rents at 3% a year';
  const LEAD = 'The city council voted on Tuesday to cap rent increases at 3% a year for most apartments.';
  const MORE = 'The cap on rents would cover about 40,000 apartments across the city, council staff said.';
  test.each([
    ['A second vote is required before it becomes law.', 1],
    // an approval needed for something else the story mentions
    ['Approval is required for any new market stall on the square.', 0],
    ['Formal approval is needed before the parking garage can reopen.', 0],
  ])('%s', (sentence, count) => {
    expect(run(detectHedge, HEADLINE, [LEAD, MORE, FILLER[0]!, sentence]).filter((f) => f.text === sentence)).toHaveLength(count);
  });
});
