import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../lib/text/sentences';

describe('splitSentences', () => {
  test.each([
    ['It is unclear what sanctions Mr. Trump was referring to. The Treasury declined to comment.', 2],
    ['The U.S. economy grew 3.5% in the quarter. Analysts had expected less.', 2],
    ['The talks between the U.S. and North Korea broke down. The U.S. has maintained its position.', 2],
    ['He said the sanctions were imposed on Jan. 5 by the Treasury.', 1],
    ['Dr. Fauci spoke on Tuesday. He urged caution.', 2],
    ['Shares of Apple Inc. rose 2 percent on Monday.', 1],
    ['The bill, known as No. 5, passed the House. It now goes to the Senate.', 2],
    ['He said: "I have today ordered the withdrawal of those additional sanctions!" It is unclear what he meant.', 2],
    ['"Why now?" he asked. Nobody answered.', 2],
    ['Former President George W. Bush attended the ceremony.', 1],
    ['The meeting ended at 4 p.m. on Friday.', 1],
    ['Prices rose 2.5 per cent. Wages did not.', 2],
    ['e.g. this is one sentence, i.e. a single one.', 1],
    ['', 0],
  ])('%s -> %i sentences', (paragraph, count) => {
    expect(splitSentences(paragraph)).toHaveLength(count);
  });

  test('keeps the text of each sentence as written', () => {
    expect(splitSentences('Mr. Trump tweeted on Friday. It is unclear what he meant.')).toEqual([
      'Mr. Trump tweeted on Friday.',
      'It is unclear what he meant.',
    ]);
  });

  test('ends a sentence after a closing curly quote', () => {
    expect(splitSentences('He said “we will cancel them.” Officials were surprised.')).toEqual([
      'He said “we will cancel them.”',
      'Officials were surprised.',
    ]);
  });
});
