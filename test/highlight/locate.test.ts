import { describe, expect, test } from 'vitest';
import { createLocator } from '../../lib/highlight';
import { foldForMatch } from '../../lib/highlight/text-index';
import { articlePage, QUOTE_SENTENCE, UNCLEAR, UPDATE } from './page';

const textOf = (span: { pieces: { node: Text; start: number; end: number }[] } | null) =>
  span?.pieces.map((p) => p.node.data.slice(p.start, p.end)).join('') ?? null;

describe('locating a sentence on the page', () => {
  test('the anchor path picks the body paragraph over an earlier teaser with the same words', () => {
    const { document } = articlePage();
    const locate = createLocator(document);
    const span = locate(UNCLEAR, { path: 'body > article > p:nth-of-type(2)', quote: '', prefix: '', suffix: '' });
    expect(span!.pieces[0].node.parentElement!.tagName).toBe('P');
    expect(span!.pieces[0].node.parentElement!.parentElement!.tagName).toBe('ARTICLE');
    expect(foldForMatch(textOf(span)!)).toBe(foldForMatch(UNCLEAR));
  });

  test('without an anchor the first place on the page is taken', () => {
    const { document } = articlePage();
    const span = createLocator(document)(UNCLEAR, null);
    expect(span!.pieces[0].node.parentElement!.className).toBe('teaser');
  });

  test('prefix and suffix choose between repeats when the path is stale', () => {
    const { document } = articlePage();
    const span = createLocator(document)(UNCLEAR, {
      path: 'body > main > p:nth-of-type(9)',
      quote: UNCLEAR,
      prefix: 'ordered the withdrawal of those additional sanctions!”',
      suffix: 'White House press secretary',
    });
    expect(span!.pieces[0].node.parentElement!.parentElement!.tagName).toBe('ARTICLE');
  });

  test.each([
    ['text split across elements', UPDATE, 'UPDATE:A National'],
    ['curly quotes on the page, straight in the sentence', QUOTE_SENTENCE, 'President Trump'],
    ['extra spaces and a line break on the page', UNCLEAR, 'It is unclear'],
  ])('%s', (_name, sentence, starts) => {
    const { document } = articlePage();
    const span = createLocator(document)(sentence, { path: 'body > article > p:nth-of-type(2)', quote: '', prefix: '', suffix: '' });
    expect(span).not.toBeNull();
    expect(foldForMatch(textOf(span)!)).toBe(foldForMatch(sentence));
    expect(foldForMatch(textOf(span)!).startsWith(foldForMatch(starts))).toBe(true);
  });

  test('a sentence worded a little differently is found by its first and last words', () => {
    const { document } = articlePage();
    const span = createLocator(document)(
      'President Trump tweeted on Friday that he would cancel all of them: "I have today ordered the withdrawal of those additional sanctions!"',
      null,
    );
    expect(textOf(span)!.startsWith('President Trump tweeted')).toBe(true);
  });

  test.each([
    ['a sentence not on the page', 'The sanctions were lifted on Monday by the Treasury Department.'],
    ['text only inside a script', 'var x ='],
    ['empty text', ''],
  ])('%s is not found', (_name, sentence) => {
    const { document } = articlePage();
    expect(createLocator(document)(sentence, null)).toBeNull();
  });
});
