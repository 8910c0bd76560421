import { normalizeText } from '../text/normalize';

// "Trump calls sanctions \"unnecessary\"" -> unnecessary
const DOUBLE = /"([^"]{1,160})"/g;
// "Obama's 'red line' remark" -> red line; not "he'll" nor "players' union"
const SINGLE = /(?:^|(?<=[\s(\[:;,-]))'([^'\s](?:(?:[^']|(?<=\p{L})'(?=\p{L})){0,158}[^'\s])?)'(?=$|[\s,.;:!?)\]-])/gu;

/** Each quoted stretch of a text, marks and all: double, curly and single quotes alike ("he's" is no quote). */
export const QUOTED_SPANS = /["“”]+[^"“”]*["“”]+|(?<![\p{L}])['‘][^'‘’]*['’](?![\p{L}])/gu;

/** Words a text puts in quotation marks: straight, curly and single quotes alike. */
export function quotedPhrases(text: string): string[] {
  const folded = normalizeText(text);
  const out: string[] = [];
  for (const m of folded.matchAll(DOUBLE)) pushTrimmed(out, m[1]!);
  const withoutDouble = folded.replace(DOUBLE, ' ');
  for (const m of withoutDouble.matchAll(SINGLE)) pushTrimmed(out, m[1]!);
  return out;
}

function pushTrimmed(out: string[], phrase: string): void {
  const clean = phrase.trim().replace(/[,.;:]+$/, '');
  if (clean && !out.includes(clean)) out.push(clean);
}
