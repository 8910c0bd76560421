import fc from 'fast-check';

export const SEED = 20261128;

// text as pages carry it: news words, punctuation, odd spaces, quotes, dashes and other scripts
const PIECES = ['Mr.', 'U.S.', 'Jan.', 'No.', '5', '3.5%', 'said.', 'It', 'is', 'unclear', '"Fake"', '“quoted”', 'it’s', '—', '–', '...', '…', '?', '!', ')', '(', '\u00a0', '\u200b', '\u00ad', '\u2009', '\u3000', '\n', '\t', 'İstanbul', 'Straße', 'ǅ', 'ﬁ', 'جسر', 'הארץ', '漢字', '😀', 'e.g.', 'The', 'he', 'J.', 'Inc.', 'a.m.', '<', '>', '&', '\\', '*', '_', '#', '[', ']'];

export const pageText: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
);

export const nonSpace = (text: string) => text.replace(/\s+/g, '');
