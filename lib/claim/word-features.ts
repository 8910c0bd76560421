import { stem } from '../text/stem';
import { words } from '../text/tokens';

// "19", "2.5", "1,200" -> one token: a model learns nothing from which number it was
const NUMBER = /^\d/;

/** Lower-case, stemmed word tokens, every number folded to "#" ("Apple's" -> "apple"). */
export function modelTokens(text: string): string[] {
  return words(text).map((w) => (NUMBER.test(w) ? '#' : stem(w.replace(/['\u2019]s$/, '').replace(/['\u2019]/g, ''))));
}

/**
 * Word and word-pair features for the claim readers' models: "w:deny", "b:may_reduc", with
 * "^" and "$" marking the ends so "b:^no" is a headline that opens with "No".
 */
export function wordFeatures(tokens: readonly string[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) out.add(`w:${tokens[i]}`);
  const ends = ['^', ...tokens, '$'];
  for (let i = 0; i + 1 < ends.length; i++) out.add(`b:${ends[i]}_${ends[i + 1]}`);
  return [...out];
}
