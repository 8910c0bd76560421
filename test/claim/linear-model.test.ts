import { describe, expect, test } from 'vitest';
import { bestClass, classScores, loadLinearModel } from '../../lib/claim/linear-model';
import { modelTokens, wordFeatures } from '../../lib/claim/word-features';

const model = loadLinearModel({
  classes: ['no', 'yes'],
  bias: [0.5, 0],
  weights: { 'w:may': [0, 1], 'w:not': [2, 0] },
  trainedOn: 'a test',
});

describe('linear model', () => {
  test.each([
    [[], 'no'],
    [['w:may'], 'yes'],
    [['w:may', 'w:not'], 'no'],
    // a feature the model never saw counts for nothing, even one named like an object key
    [['w:constructor', 'w:may'], 'yes'],
  ])('%j -> %s', (features, expected) => {
    expect(bestClass(model, features)).toBe(expected);
  });

  test('scores add the bias and each feature present', () => {
    expect(classScores(model, ['w:may', 'w:not'])).toEqual([2.5, 1]);
  });
});

describe('word features', () => {
  test.each([
    ["Apple's sales fell 2.5%", ['appl', 'sale', 'fell', '#']],
    ["Coffee doesn't cause cancer", ['coffee', 'doesnt', 'caus', 'cancer']],
  ])('%s -> %j', (text, tokens) => {
    expect(modelTokens(text)).toEqual(tokens);
  });

  test('words, then pairs with the ends marked', () => {
    expect(wordFeatures(['no', 'way'])).toEqual(['w:no', 'w:way', 'b:^_no', 'b:no_way', 'b:way_$']);
  });
});
