import { describe, expect, test } from 'vitest';
import { stem } from '../../lib/text/stem';
import { contentTokens } from '../../lib/text/tokens';

describe('contentTokens', () => {
  test.each([
    ["Trump says he'll reverse new North Korea sanctions", ['trump', 'revers', 'north', 'korea', 'sanction']],
    ['The company cut 1,200 jobs in 2016', ['company', 'cut', '1200', 'job', '2016']],
    ["Apple's profits fell 3.5%", ['appl', 'profit', 'fell', '3.5']],
    ["It doesn't matter", ['matter']],
  ])('%s', (text, expected) => {
    expect(contentTokens(text)).toEqual(expected);
  });
});

describe('stem', () => {
  test.each([
    ['sanctions', 'sanction'],
    ['reversed', 'revers'],
    ['reversing', 'revers'],
    ['reverse', 'revers'],
    ['banned', 'ban'],
    ['banning', 'ban'],
    ['companies', 'company'],
    ['taxes', 'tax'],
    ['killed', 'kill'],
    ['bluffing', 'bluff'],
    ['news', 'news'],
    ['status', 'status'],
    ['ban', 'ban'],
  ])('%s -> %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});
