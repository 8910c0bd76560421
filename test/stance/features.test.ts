import { describe, expect, test } from 'vitest';
import { prepareStanceBody } from '../../lib/stance/body';
import { DENSE_FEATURES, pairFeatures } from '../../lib/stance/features';
import { prepareStanceHeadline } from '../../lib/stance/headline';
import { countIdf, idfFunction } from '../../lib/stance/idf';
import { cueCounts } from '../../lib/stance/cues';
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

  test('cue words beside the claim and in the headline are hashed features by the word itself', () => {
    const { sparse } = pairFeatures(prepareStanceHeadline('Giant crab reportedly spotted in Kent harbour', idf), prepareStanceBody(BODIES.hoax, idf));
    expect(sparse.has('rc:hoax')).toBe(true);
    expect(sparse.has('rc:denied')).toBe(true);
    expect(sparse.has('hq:reportedly')).toBe(true);
    // near miss: "not" is in the body, but in a sentence about the beach, not the crab
    expect(sparse.has('rc:not')).toBe(false);
  });

  test('no hashed feature names the claim itself, which a new claim would not share', () => {
    const names = [...pairFeatures(head, prepareStanceBody(BODIES.hoax, idf)).sparse.keys()];
    expect(names.length).toBeGreaterThan(0);
    for (const word of ['giant', 'crab', 'kent', 'harbour', 'spotted']) expect(names.filter((n) => n.includes(word))).toEqual([]);
  });

  test.each([
    ['a hoax sentence on the claim', 'rel_refute_no_head_neg', BODIES.hoax, 1],
    ['a confirming body', 'rel_refute_no_head_neg', BODIES.report, 0],
    ['a hoax sentence on the claim', 'covx_refute', BODIES.hoax, 'positive'],
    ['denials in an unrelated body', 'covx_refute', BODIES.bakery, 0],
    ['confirmed in the first sentence, which states the claim', 'first_confirm', ['Police confirmed a giant 50-foot crab was spotted in the Kent harbour.', ...BODIES.bakery], 0],
    // near miss: "confirmed" is in a sentence that shares too little of the claim
    ['confirmed only in a sentence loosely on the claim', 'first_confirm', BODIES.report, 1],
  ] as [string, string, string[], number | string][])('claim-independent feature: %s -> %s', (_name, name, body, expected) => {
    const v = feature(body, name);
    if (expected === 'positive') expect(v).toBeGreaterThan(0);
    else expect(v).toBe(expected);
  });
});

describe('stance features: a headline that calls the story false, against a body that does or does not', () => {
  const debunking = prepareStanceHeadline('Giant 50-foot crab spotted in Kent harbour is a hoax', idf);
  const hoax = ['The picture of a giant crab in Kent harbour is a hoax, the coastguard said.', ...BODIES.bakery];
  const of = (h: typeof head, body: string[], name: string) => pairFeatures(h, prepareStanceBody(body, idf)).dense[DENSE_FEATURES.indexOf(name)];

  test.each([
    ['a plain headline, a hoax sentence on the claim', head, hoax, 'plain_head_rel_debunk', 1],
    // near miss: the denial is about a bakery, not the crab
    ['a plain headline, denials in an unrelated body', head, BODIES.bakery, 'plain_head_rel_debunk', 0],
    ['a hoax headline, a body that reports the sighting', debunking, BODIES.report, 'debunk_head_rel_plain', 1],
    // near miss: the body calls it a hoax too, so it backs the headline
    ['a hoax headline, a body that calls it a hoax', debunking, hoax, 'debunk_head_rel_plain', 0],
    ['a hoax headline, a body that calls it a hoax', debunking, hoax, 'debunk_head_rel_debunk', 1],
    ['a plain headline, a hoax sentence on the claim', head, hoax, 'debunk_head_rel_debunk', 0],
  ] as [string, typeof head, string[], string, number][])('%s -> %s', (_name, h, body, name, expected) => {
    expect(of(h, body, name)).toBe(expected);
  });

  test.each([
    ['The story is not true, police said.', 'debunk', 1],
    ['The video turned out to be faked.', 'debunk', 2],
    // near miss: "not" alone says nothing about the claim being false
    ['The council is not planning to close the beach.', 'debunk', 0],
    // the phrase and its own cue word each count
    ['Scientists cast doubt on the claim.', 'doubt', 2],
    // near miss: "cast" without "doubt"
    ['The cast of the film met the press.', 'doubt', 0],
  ] as [string, 'debunk' | 'doubt', number][])('cue words and two-word phrases: %s', (text, group, expected) => {
    expect(cueCounts(lowerWords(text))[group]).toBe(expected);
  });
});
