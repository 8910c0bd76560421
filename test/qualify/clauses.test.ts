import { describe, expect, test } from 'vitest';
import { leftScope, rightScope } from '../../lib/qualify/clauses';

const after = (text: string, cue: string) => {
  const at = text.indexOf(cue) + cue.length;
  const span = rightScope(text, at);
  return text.slice(span.start, span.end).trim();
};
const before = (text: string, cue: string) => {
  const span = leftScope(text, text.indexOf(cue));
  return text.slice(span.start, span.end).trim();
};

describe('clauses: what a cue governs after it', () => {
  test.each([
    ['it is unclear what sanctions mr. trump was referring to.', 'it is unclear', 'what sanctions mr. trump was referring to.'],
    ['the stabbing may have occurred after the attacker tried to steal shoes.', 'may', 'have occurred'],
    ['he said it could close, which would cost 400 jobs.', 'could', 'close,'],
    ['the vote could pass; the mayor is opposed.', 'could', 'pass;'],
  ])('%s | %s', (text, cue, expected) => {
    expect(after(text, cue)).toBe(expected);
  });
});

describe('clauses: what a cue is said of before it', () => {
  test.each([
    ['three people died, but the exact circumstances of the deaths remained unclear.', 'remained unclear', 'but the exact circumstances of the deaths'],
    // a relative clause reaches back to its noun
    ['the image, which spread quickly on twitter, turned out to be a hoax.', 'be a hoax', 'the image, which spread quickly on twitter, turned out to'],
    ['the video could not be verified.', 'could not be verified', 'the video'],
  ])('%s | %s', (text, cue, expected) => {
    expect(before(text, cue)).toBe(expected);
  });
});
