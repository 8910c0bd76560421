import { describe, expect, test } from 'vitest';
import { readClaim } from '../../lib/claim/index';
import { buildContext, DETECTORS, detectFindings } from '../../lib/qualify/index';
import { inputOf } from './pair';

const HEADLINE = 'Apple will buy Beats for $3.2 billion';
const LEAD = 'Apple is buying Beats, the headphone maker, for $3.2 billion.';

function findings(paragraphs: string[]) {
  const input = inputOf(HEADLINE, paragraphs);
  return detectFindings(buildContext(input, readClaim(HEADLINE)));
}

describe('detectFindings', () => {
  test('registers one detector per kind', () => {
    expect(DETECTORS).toHaveLength(8);
  });

  test('one finding per sentence: the strongest of the kinds it carries', () => {
    const sentence = 'Apple could buy Beats, according to people familiar with the matter, but Apple denied the report.';
    const found = findings([LEAD, sentence]).filter((f) => f.text === sentence);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('contradiction');
  });

  test('caps each kind', () => {
    const many = Array.from({ length: 20 }, (_, i) => `Apple may buy Beats, a person familiar with the talks said on day ${i + 1}.`);
    const found = findings([LEAD, ...many]);
    const perKind = new Map<string, number>();
    for (const f of found) perKind.set(f.kind, (perKind.get(f.kind) ?? 0) + 1);
    for (const n of perKind.values()) expect(n).toBeLessThanOrEqual(3);
  });

  test('a body that agrees plainly yields nothing', () => {
    expect(findings([LEAD, 'The deal was announced by both companies on Wednesday.'])).toEqual([]);
  });

  test('a finding after three quarters of the article is buried', () => {
    const filler = Array.from({ length: 8 }, (_, i) => `Beats sold ${i + 2} million headphones in one year.`);
    const found = findings([LEAD, ...filler, 'Apple will buy Beats for $3.2 billion, according to people familiar with the deal.']);
    const late = found.find((f) => f.kind === 'attribution');
    expect(late?.buried).toBe(true);
    expect(late!.position).toBeGreaterThan(0.75);
  });
});
