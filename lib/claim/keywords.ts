import { contentTokens } from '../text/tokens';

// "Trump, parting with Treasury, says": speech verbs and headline labels carry no claim
const NOT_KEYWORDS = new Set(['exclusive', 'breaking', 'watch', 'video', 'update', 'claim', 'warn', 'reveal', 'confirm', 'announc', 'tweet', 'find', 'show', 'suggest', 'insist', 'admit']);

/** Content words of the claim (stemmed like contentTokens so they meet a body's tokens). */
export function readKeywords(...texts: (string | null)[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    if (!text) continue;
    for (const t of contentTokens(text)) if (!NOT_KEYWORDS.has(t) && !out.includes(t)) out.push(t);
  }
  return out;
}
