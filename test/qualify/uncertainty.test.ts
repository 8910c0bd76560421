import { describe, expect, test } from 'vitest';
import { detectUncertainty } from '../../lib/qualify/uncertainty';
import { FILLER, run } from './pair';

const SANCTIONS = "Trump says he'll reverse new North Korea sanctions";
const VIDEO = 'ISIS video shows beheading of American journalist';

// the lead of each story, restating what the headline claims
const LEADS: Record<string, string> = {
  [SANCTIONS]: 'Mr. Trump said on Friday he would reverse new sanctions on North Korea.',
  [VIDEO]: 'Militants released a video on Tuesday that appears to show the beheading of an American journalist.',
  ['Vaccine causes autism, parents say']: 'A group of parents says the vaccine causes autism in young children.',
  ['3 demonstrators killed in clashes with police near fuel plant']: 'Three demonstrators were killed in clashes with police near a fuel plant on Tuesday.',
  ['Government will spend more on interest than on the military']: 'The government will spend more on interest than on the military by 2023, according to budget office forecasts.',
  ['Gas explosion destroys home, injures two']: 'A gas explosion destroyed a home on Elm Street and injured two people on Wednesday.',
  ['FDA approves first pill for peanut allergy']: 'The first pill for peanut allergy is a step closer to pharmacies.',
  ['Transit agency to cut 14 bus routes in fall overhaul']: 'The transit agency plans to cut 14 bus routes in a fall overhaul, two people said.',
  ['Singer cancels her world tour']: 'Dozens of dates on the singer’s world tour vanished from ticketing sites overnight.',
  ['Gas leak caused apartment explosion']: 'An explosion destroyed an apartment building early Sunday, injuring 11 people.',
  ['Man pulled from river is missing hiker Dana Reyes']: 'Searchers pulled a man from the Alder River on Monday, three days after Dana Reyes went missing on a hike.',
};

describe('uncertainty: fires', () => {
  test.each([
    [SANCTIONS, 'It is unclear what sanctions Mr. Trump was referring to.'],
    [SANCTIONS, 'It was not immediately clear which North Korea sanctions the president meant.'],
    [VIDEO, 'The video could not be independently verified.'],
    [VIDEO, 'The authenticity of the ISIS video has not been independently confirmed.'],
    [VIDEO, 'It is not known whether the journalist in the video is American.'],
    [SANCTIONS, 'Whether Mr. Trump will actually reverse the sanctions remains to be seen.'],
    ['Vaccine causes autism, parents say', 'There is no evidence that the vaccine causes autism.'],
    [SANCTIONS, 'The White House did not say which North Korea sanctions Mr. Trump would reverse.'],
    ['3 demonstrators killed in clashes with police near fuel plant', 'Three people died at the fuel plant, the office said, but added that the exact circumstances of the deaths remained unclear.'],
    ['Government will spend more on interest than on the military', "There's no guarantee that these forecasts will prove accurate."],
    ['Gas explosion destroys home, injures two', 'Fire officials said they had not determined what caused the blast at the home.'],
    ['FDA approves first pill for peanut allergy', 'An FDA advisory panel recommended approval of the peanut allergy pill, but the agency has not yet made a decision.'],
    ['Transit agency to cut 14 bus routes in fall overhaul', 'The agency has not confirmed whether it will cut the 14 bus routes in the fall.'],
    ['Singer cancels her world tour', 'Neither the singer nor her promoter has announced a cancellation, and her representatives did not respond.'],
    ['Singer cancels her world tour', 'The singer has not announced any cancellation of the tour.'],
    ['Man pulled from river is missing hiker Dana Reyes', 'The sheriff said the man has not been identified and that an autopsy will be performed.'],
    ['Man pulled from river is missing hiker Dana Reyes', 'The man is yet to be formally identified, the sheriff said.'],
    ['Gas leak caused apartment explosion', 'The fire chief said a gas leak was the leading theory, but that investigators had not determined the cause.'],
  ])('%s | %s', (headline, sentence) => {
    const findings = run(detectUncertainty, headline, [LEADS[headline]!, FILLER[0]!, sentence]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.text).toBe(sentence);
    expect(findings[0]!.kind).toBe('uncertainty');
    expect(findings[0]!.strength).toBeGreaterThan(0.3);
  });
});

describe('uncertainty: near misses', () => {
  test.each([
    // the cue, but nothing of the headline
    [SANCTIONS, 'The rules for parking downtown are unclear to many drivers.'],
    // the headline's words, no doubt
    [SANCTIONS, 'Mr. Trump said he would reverse the sanctions on Friday.'],
    // "known" as praise, not doubt
    [SANCTIONS, 'Mr. Trump is known for announcing policy on Twitter.'],
    [VIDEO, 'The journalist was known for his reporting from Syria.'],
    // unclear about the headline's subject only, not what it says happened
    ['New MacBook Pro expected in first half of 2020', 'It is unclear if the 13-inch MacBook Pro will follow suit.'],
    // unconfirmed, but about something else of the story
    ['Audi reveals e-tron Sportback electric coupe', 'US pricing has not been confirmed at this stage.'],
    // a side detail that shares a word with the claim, not what it says happened
    ['School board approves four-day week starting in August', 'The district has not said whether Friday activities such as sports practices will be held at the school.'],
    // the cause under investigation, when the headline names no cause
    ['Police arrest man in connection with Main Street fire', 'Police said the cause of the fire was still under investigation.'],
    // not announced, but something other than what the headline says happened
    ['Singer cancels her world tour', 'The singer has not announced a new album since 2021.'],
    // who someone is, under a headline that does not say who
    ['Police arrest man in connection with Main Street fire', 'The man who died in the fire has not been identified.'],
    ['Dana Reyes named new police chief', 'A deputy for the new chief has not been identified yet.'],
    // the cause not determined, under a headline that claims no cause
    ['Explosion destroys apartment building', 'Investigators said a gas leak was one theory but had not determined the cause.'],
    // uncertain about plenty of other things
    ["Apple's Vision Pro display is a leap for headsets", "There's plenty about the Vision Pro that remains to be seen, namely the front display."],
  ])('%s | %s', (headline, sentence) => {
    expect(run(detectUncertainty, headline, [...FILLER, sentence])).toEqual([]);
  });
});

test('names the headline words and quotes the clause in the explanation', () => {
  const [finding] = run(detectUncertainty, SANCTIONS, ['It is unclear what sanctions Mr. Trump was referring to.']);
  expect(finding!.headlinePart).toContain('new North Korea sanctions');
  expect(finding!.explanation).toContain('It is unclear what sanctions Mr. Trump was referring to');
  expect(finding!.explanation).toContain('new North Korea sanctions');
});


test("doubt about what a headline denies backs the denial", () => {
  expect(run(detectUncertainty, 'No, the county is not banning backyard chickens', ['The county is not banning backyard chickens.', 'No vote on a chicken ban has been scheduled.'])).toEqual([]);
});
