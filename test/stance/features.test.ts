import { describe, expect, test } from 'vitest';
import { prepareStanceBody } from '../../lib/stance/body';
import { DENSE_FEATURES, pairFeatures } from '../../lib/stance/features';
import { prepareStanceHeadline } from '../../lib/stance/headline';
import { countIdf, idfFunction } from '../../lib/stance/idf';
import { contentStems, lowerWords } from '../../lib/stance/words';

const BODIES = {
  hoax: [
    'A photograph said to show a 50-foot crab in the harbour at Whitstable, Kent, spread on social media.',
    'The crab picture is a hoax, and the coastguard denied any sighting.',
    'Separately, the town council is not planning to close the beach this summer.',
  ],
  report: [
    'A 50-foot crab was spotted in the harbour at Whitstable, Kent, witnesses said.',
    'The coastguard confirmed the crab sighting on Tuesday.',
  ],
  bakery: [
    'A family bakery in Portland has been selling the same sourdough loaf since 1952.',
    'The owners say the recipe is not a secret, and denied rumours of a sale.',
  ],
};

const idf = idfFunction(countIdf(Object.values(BODIES).map((b) => contentStems(lowerWords(b.join(' ')))), 1));
const head = prepareStanceHeadline('Giant 50-foot crab spotted in Kent harbour', idf);
const feature = (body: string[], name: string) => pairFeatures(head, prepareStanceBody(body, idf)).dense[DENSE_FEATURES.indexOf(name)];

describe('stance features: overlap says whether the body is about the headline', () => {
  test.each(['cos_body', 'cov_body', 'best_cov', 'best_cos', 'numbers', 'names'])('%s is higher for a body on the claim', (name) => {
    expect(feature(BODIES.report, name)).toBeGreaterThan(feature(BODIES.bakery, name));
  });

  test('one value per named feature', () => {
    expect(pairFeatures(head, prepareStanceBody(BODIES.hoax, idf)).dense).toHaveLength(DENSE_FEATURES.length);
  });
});

describe('stance features: cues count only in sentences on the claim', () => {
  test.each([
    ['a hoax sentence on the claim', BODIES.hoax, 'any_rel_refute', 1],
    ['a confirming sentence on the claim', BODIES.report, 'any_rel_confirm', 1],
    ['no refuting word near the claim', BODIES.report, 'any_rel_refute', 0],
    // near miss: "denied" and "not" sit in a body about something else
    ['denials in an unrelated body', BODIES.bakery, 'any_rel_refute', 0],
  ])('%s', (_name, body, name, expected) => {
    expect(feature(body, name)).toBe(expected);
  });

  test('the sentence closest to the headline ranks first', () => {
    const { ranked } = pairFeatures(head, prepareStanceBody(BODIES.hoax, idf));
    expect(ranked[0]?.sentence.text).toContain('50-foot crab');
  });

  test('headline words, and headline words crossed with cues near the claim, are sparse features', () => {
    const { sparse } = pairFeatures(head, prepareStanceBody(BODIES.hoax, idf));
    expect(sparse.has('hc:crab:refute')).toBe(true);
    expect(sparse.has('hw:giant')).toBe(true);
  });
});
