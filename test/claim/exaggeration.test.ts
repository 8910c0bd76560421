import { describe, expect, test } from 'vitest';
import { firmestRelation, readExaggeration } from '../../lib/claim/exaggeration';
import type { Relation } from '../../lib/types';

describe('exaggeration: the headline claims more than the body', () => {
  test.each<[Relation, Relation[], Relation, number]>([
    // "Coffee cuts stroke risk" over "coffee was associated with lower risk"
    ['cause', ['correlation'], 'correlation', 0.9],
    // "Exercise improves memory" over "exercise may improve memory": the "may" dropped
    ['cause', ['conditional-cause'], 'conditional-cause', 0.7],
    ['cause', ['none', 'none'], 'none', 0.6],
    ['conditional-cause', ['correlation', 'none'], 'correlation', 0.5],
    ['conditional-cause', ['none'], 'none', 0.4],
    ['correlation', ['none'], 'none', 0.3],
  ])('%s over %j', (headline, body, firmest, strength) => {
    const found = readExaggeration(headline, body);
    expect(found).toMatchObject({ body: firmest, strength });
    expect(found!.says).toBeTruthy();
  });

  test('a cause over a link weighs more than a dropped "may"', () => {
    expect(readExaggeration('cause', ['correlation'])!.strength).toBeGreaterThan(readExaggeration('cause', ['conditional-cause'])!.strength);
  });
});

describe('exaggeration: near misses', () => {
  test.each<[Relation, Relation[]]>([
    // the body states the cause somewhere: the headline is backed
    ['cause', ['correlation', 'cause']],
    ['cause', ['cause']],
    // the headline is as careful as the body, or more
    ['conditional-cause', ['conditional-cause']],
    ['correlation', ['correlation']],
    ['correlation', ['cause']],
    ['none', ['correlation']],
    ['none', ['none']],
    // no body sentences to weigh against
    ['cause', []],
  ])('%s over %j', (headline, body) => {
    expect(readExaggeration(headline, body)).toBeNull();
  });
});

test.each<[Relation[], Relation]>([
  [['none', 'cause', 'correlation'], 'cause'],
  [['correlation', 'conditional-cause'], 'conditional-cause'],
  [[], 'none'],
])('the firmest of %j is %s', (relations, firmest) => {
  expect(firmestRelation(relations)).toBe(firmest);
});
