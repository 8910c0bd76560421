/** Text folding shared by the sentence splitter, the claim reader and the detectors. */

// "“Fake”" -> "\"Fake\"", "it’s" -> "it's"
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
// "2014–2015", "officials — who" -> "-"
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// zero-width characters and soft hyphens copied from pages
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Folds whitespace to single spaces and trims. */
export function foldWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Curly and angled quotes to straight ones, every dash to "-", whitespace folded. */
export function normalizeText(text: string): string {
  return foldWhitespace(
    text.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(DASHES, '-').replace('\u2026', '...'),
  );
}

/** Lower-cased, normalised form used for cue matching. */
export function foldForMatch(text: string): string {
  return normalizeText(text).toLowerCase();
}

/**
 * Lower-cased with quotes, dashes and odd spaces mapped one character to one, so an index
 * found in the folded text points at the same place in the original.
 */
export function foldSameLength(text: string): string {
  const folded = text
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
  const lower = folded.toLowerCase();
  return lower.length === folded.length ? lower : Array.from(folded, lowerOneForOne).join('');
}

// "İ".toLowerCase() is "i̇" (two characters): such letters keep their case so positions line up
function lowerOneForOne(char: string): string {
  const lower = char.toLowerCase();
  return lower.length === char.length ? lower : char;
}
