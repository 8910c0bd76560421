import { describe, expect, test } from 'vitest';
import { isUncertain, tagCues, type CueKind } from '../../lib/cues/tagger';

const kinds = (text: string) => tagCues(text).map((c) => [c.kind, c.text] as [CueKind, string]);

describe('cue tagger: what it marks', () => {
  test.each<[string, [CueKind, string][]]>([
    ['It is unclear what sanctions Mr. Trump was referring to.', [['uncertainty', 'It is unclear']]],
    ['The council could ban plastic bags.', [['hedge', 'could']]],
    ['The ban will take effect if parliament approves it.', [['condition', 'if']]],
    ['The city plans to ban plastic bags.', [['plan', 'plans to']]],
    ['Apple is buying Beats, a source said.', [['attribution', 'a source said']]],
    ['Apple declined to comment.', [['attribution', 'declined to comment']]],
    ['Apple did not buy Beats.', [['negation', 'not']]],
    ['Police believe the man was stabbed.', [['hedge', 'believe']]],
    ['The video could not be independently verified.', [['uncertainty', 'could not be independently verified'], ['negation', 'not']]],
    ['Apple will buy Beats, the Financial Times reported.', [['attribution', 'the Financial Times reported']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('offsets point at the cue in the text as written', () => {
    const text = 'Ministers “may” ban energy drinks — reportedly.';
    for (const cue of tagCues(text)) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
  });
});

describe('cue tagger: near misses', () => {
  test.each([
    // the month, not the modal
    'She was elected in May and took office on May 5.',
    // a plain report, on the record
    'The minister said on Tuesday that the house will become a police station.',
    // "as if", "even if" are no conditions of the claim
    'He ran as if the race had already been won.',
    // "could not" is inability, not possibility
    'The company could not be reached.',
  ])('%s', (text) => {
    expect(isUncertain(text)).toBe(false);
  });
});
