import { describe, expect, test } from 'vitest';
import { contentStems, lowerWords, namesIn, numbersIn, stem } from '../../lib/stance/words';

describe('stance words: stems match a headline word to the body’s form of it', () => {
  test.each([
    ['reports', 'report'],
    ['claimed', 'claim'],
    ['studies', 'study'],
    ['running', 'run'],
    ['sanctions', 'sanction'],
    ['watches', 'watch'],
    // near misses: words that only look inflected stay whole
    ['virus', 'virus'],
    ['crisis', 'crisis'],
    ['boss', 'boss'],
    ['isis', 'isis'],
    ['2014s', '2014s'],
  ])('%s -> %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('stance words: content stems drop stopwords and fold apostrophes', () => {
  test.each([
    ["Trump says he'll reverse new North Korea sanctions", ['trump', 'reverse', 'north', 'korea', 'sanction']],
    ["ISIS didn't behead the journalist", ['isis', 'behead', 'journalist']],
    ['The cat is on the mat', ['cat', 'mat']],
  ])('%s', (text, expected) => {
    expect(contentStems(lowerWords(text))).toEqual(expected);
  });
});

describe('stance words: names and figures', () => {
  test.each([
    ['Officials in North Korea met Kim on Friday.', ['north', 'korea', 'kim']],
    // near miss: days and months are capitalised but name no one
    ['Shops will close on Sundays in March.', []],
    ['Police said the man was arrested.', []],
  ])('names in %s', (text, expected) => {
    expect(namesIn(text)).toEqual(expected);
  });

  test.each([
    ['A 16-foot crater and $1,500 in 2014.', ['16', '1500', '2014']],
    ['Prices rose 3.5% in May.', ['3.5']],
    ['No figures here.', []],
  ])('numbers in %s', (text, expected) => {
    expect(numbersIn(text)).toEqual(expected);
  });
});
