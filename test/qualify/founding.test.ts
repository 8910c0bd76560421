import { expect, test } from 'vitest';
import { readClaim } from '../../lib/claim/index';
import { buildContext, detectFindings, prepareBody } from '../../lib/qualify/index';
import type { AnalysisInput } from '../../lib/types';

// the founding article: a headline, an UPDATE at the top and a body that doubts the headline
const FOUNDING: AnalysisInput = {
  headline: "Trump, parting with Treasury, says he'll reverse new North Korea sanctions",
  notes: [
    {
      kind: 'update',
      date: null,
      text: 'UPDATE: A National Security Council official said Friday that the sanctions President Trump was referring to in his tweet were not the sanctions announced Thursday by the Treasury Department.',
    },
  ],
  paragraphs: [
    'President Trump tweeted on Friday that despite an announcement from his own Treasury Department that "additional large-scale" sanctions would be imposed on the North Korean regime, he would cancel them: "I have today ordered the withdrawal of those additional sanctions!" It is unclear what sanctions Mr. Trump was referring to.',
    'White House press secretary Sarah Sanders explained in a statement shortly after the tweet that "President Trump likes Chairman Kim and he doesn\'t think these sanctions will be necessary."',
    "The Treasury Department had just announced new sanctions on two China-based shipping companies it says have aided North Korea in evading existing U.N. sanctions. A National Security Council official said later Friday that the sanctions Mr. Trump is pulling back are not the ones that were just imposed.",
    'During a recent background briefing on North Korea, a senior administration official stressed that the maritime industry had to do "more" to stop North Korea\'s illicit shipping practices or risk further sanctions-based consequences by the United States.',
    'The official had noted that Thursday\'s action was consistent with the administration\'s goals of "maintaining pressure as agreed by the international community" on the North Koreans.',
    "Mr. Trump's first summit with Kim in Singapore last year did not result in any tangible steps by the North toward denuclearization. A second summit earlier this year in Vietnam ended early after the two sides could not come to an agreement.",
    'U.S. analysts say North Korea appears to have restored normal operations at a long-range rocket launch site it had partially dismantled last year as part of its steps toward disarmament.',
    "Some experts say North Korea is attempting to convey its displeasure over the breakdown of the high-stakes nuclear summit in Vietnam. The U.S. has maintained that Kim's demands for sanctions relief were excessive.",
  ],
};

const findings = detectFindings(buildContext(FOUNDING, readClaim(FOUNDING.headline)));

test('the UPDATE note contradicts the headline and comes first', () => {
  const note = findings[0]!;
  expect(note.kind).toBe('note');
  expect(note.source).toBe('note');
  expect(note.position).toBe(0);
  expect(note.text).toContain('were not the sanctions announced Thursday by the Treasury Department');
  expect(note.headlinePart).toContain('sanctions');
  expect(note.strength).toBeGreaterThanOrEqual(0.6);
});

test('the body says it is unclear which sanctions were meant', () => {
  const unclear = findings.find((f) => f.kind === 'uncertainty');
  expect(unclear?.text).toBe('It is unclear what sanctions Mr. Trump was referring to.');
  expect(unclear?.paragraph).toBe(0);
  expect(unclear?.buried).toBe(false);
  expect(unclear?.explanation).toContain('new North Korea sanctions');
});

test('the summit that "did not result" in steps is no contradiction of the headline', () => {
  expect(findings.some((f) => f.text.startsWith("Mr. Trump's first summit"))).toBe(false);
});

test('every finding is complete and findings are ordered by strength', () => {
  for (const f of findings) {
    expect(f.text.length).toBeGreaterThan(0);
    expect(f.headlinePart.length).toBeGreaterThan(0);
    expect(f.explanation.length).toBeGreaterThan(20);
    expect(f.strength).toBeGreaterThan(0);
    expect(f.strength).toBeLessThanOrEqual(1);
    expect(f.position).toBeGreaterThanOrEqual(0);
    expect(f.position).toBeLessThanOrEqual(1);
  }
  const strengths = findings.map((f) => f.strength);
  expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
});

test('a prepared body gives the same findings for the same headline', () => {
  const prepared = prepareBody(FOUNDING);
  const again = detectFindings(buildContext(FOUNDING, readClaim(FOUNDING.headline), prepared));
  const twice = detectFindings(buildContext(FOUNDING, readClaim(FOUNDING.headline), prepared));
  expect(again).toEqual(findings);
  expect(twice).toEqual(findings);
});
