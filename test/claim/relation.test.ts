import { describe, expect, test } from 'vitest';
import { readClaim } from '../../lib/claim/index';
import { loadLinearModel, type LinearModelFile } from '../../lib/claim/linear-model';
import { readRelation } from '../../lib/claim/relation';
import { DENIED_RELATION, LINK_TO_SOMEONE, RELATION_CUES } from '../../lib/claim/relation-cues';
import { relationFeatures } from '../../lib/claim/relation-features';
import shipped from '../../lib/claim/relation-weights.json';
import type { Relation } from '../../lib/types';

// the shipped weights on sentences written for these tests
describe('relation: the shipped model', () => {
  test.each([
    ['Coffee drinking was associated with a lower risk of stroke.', 'correlation'],
    ['Migraine is linked to heart disease in women.', 'correlation'],
    ['Screen time correlated with poorer sleep in teenagers.', 'correlation'],
    ['Smokers were twice as likely to need surgery.', 'correlation'],
    ['Children who slept less were at higher risk of obesity.', 'correlation'],
    ['Regular exercise may lower blood pressure in older adults.', 'conditional-cause'],
    ['A daily walk could reduce the risk of dementia.', 'conditional-cause'],
    ['The findings suggest that green tea might protect the liver.', 'conditional-cause'],
    ['Exercise reduces the risk of falls in older adults.', 'cause'],
    ['Crossing your legs relieves back pain.', 'cause'],
    ['The new drug cuts deaths from heart attacks by a third.', 'cause'],
    ['Smoking causes lung cancer.', 'cause'],
    ['Sugary drinks lead to weight gain in children.', 'cause'],
    ['Further studies are needed to confirm these findings.', 'none'],
    ['The questionnaire is a reliable tool for measuring diet.', 'none'],
    ['Most patients were treated in hospital.', 'none'],
    // near misses: a link to someone, the month, a denied relation
    ['The singer is linked to a new record label.', 'none'],
    ['Police said the suspect was linked to the gang.', 'none'],
    ['The trial ends in May.', 'none'],
    ['The drug did not reduce pain.', 'none'],
    ['The pill was not associated with birth defects.', 'none'],
  ])('%s -> %s', (sentence, relation) => {
    expect(readRelation(sentence)).toBe(relation);
  });

  test('the weights load, in the order the classes are named, and stay small', () => {
    const model = loadLinearModel(shipped as LinearModelFile<Relation>);
    expect(model.classes).toEqual(['none', 'correlation', 'conditional-cause', 'cause']);
    expect(model.bias).toHaveLength(4);
    for (const w of model.weights.values()) expect(w).toHaveLength(4);
    expect(JSON.stringify(shipped).length).toBeLessThan(60_000);
  });

  test('the claim reader reads the headline relation', () => {
    expect(readClaim('Daily walk cuts risk of dementia').relation).toBe('cause');
    expect(readClaim('Daily walk linked to lower risk of dementia').relation).toBe('correlation');
  });
});

describe('relation: cue tables', () => {
  const cuesOf = (sentence: string) => RELATION_CUES.filter((c) => c.pattern.test(sentence)).map((c) => c.name);
  test.each([
    ['coffee was associated with lower risk', 'associated'],
    ['migraine is linked to heart disease', 'linked'],
    ['smokers were three times more likely to fall', 'likelier'],
    ['exercise reduces the risk of falls', 'changes'],
    ['drinking leads to poorer sleep', 'causes'],
    ['vaccination prevents infection', 'prevents'],
    ['the diet may lower blood pressure', 'modal'],
    ['the results suggest a benefit', 'suggests'],
    ['further studies are needed', 'further-study'],
  ])('%s holds %s', (sentence, cue) => {
    expect(cuesOf(sentence)).toContain(cue);
  });

  test.each([
    ['the pill was not associated with birth defects', true],
    ['the drug did not reduce pain', true],
    ["they don't curb demand", true],
    ['bonuses had no effect on care', true],
    ['no association was found', true],
    // near misses: a relation stated, a negation elsewhere
    ['the pill was associated with fewer birth defects', false],
    ['the drug reduced pain in patients who did not smoke', false],
  ])('%s denies the relation: %s', (sentence, denied) => {
    expect(DENIED_RELATION.some((p) => p.test(sentence))).toBe(denied);
  });

  test.each([
    ['the suspect was linked to the gang', true],
    ['the singer is linked to a new record label', true],
    ['a firm tied to the minister', true],
    // near misses: links between measures
    ['migraine is linked to heart disease', false],
    ['sleep was linked to a lower risk of obesity', false],
  ])('%s is a link to someone: %s', (sentence, someone) => {
    expect(LINK_TO_SOMEONE.some((p) => p.test(sentence))).toBe(someone);
  });
});

describe('relation: features', () => {
  test.each([
    ['Exercise may lower blood pressure.', 'cause:hedged'],
    ['Exercise lowers blood pressure.', 'cause:plain'],
    ['Exercise did not lower blood pressure.', 'cause:negated'],
    ['Coffee may be associated with lower risk.', 'correlation:hedged'],
    ['Coffee was associated with lower risk.', 'correlation:plain'],
    ['These tests could be useful.', 'hedge-alone'],
  ])('%s -> %s', (sentence, feature) => {
    expect(relationFeatures(sentence)).toContain(feature);
  });

  test('the month is not the modal', () => {
    expect(relationFeatures('The trial started in May.')).not.toContain('cue:modal');
    expect(relationFeatures('The trial may start soon.')).toContain('cue:modal');
  });

  test('words and word pairs come after the cues', () => {
    const features = relationFeatures('Sleep improves memory');
    expect(features).toEqual(expect.arrayContaining(['w:sleep', 'b:^_sleep', 'b:memory_$', 'cue:changes']));
  });
});
