/**
 * The tokeniser the stance model was trained with. It is kept apart from the detectors' own
 * tokens on purpose: the model's weights are only valid for exactly this tokenisation.
 */

const STOPWORDS = new Set(
  (
    'a an the and or but if of at by for with about against between into through during before after above below to from up down in out on off over under ' +
    'again further then once here there when where why how all any both each few more most other some such no nor not only own same so than too very ' +
    'can will just don should now i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself ' +
    'they them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing ' +
    'would could ought im youre hes shes its were theyre ive youve weve theyve id youd hed shed wed theyd ill youll hell shell well theyll isnt arent wasnt ' +
    'werent hasnt havent hadnt doesnt dont didnt wont wouldnt shant shouldnt cant cannot couldnt mustnt lets thats whos whats heres theres whens wheres whys ' +
    'hows as until while also said says say s t via new one two like get got us mr mrs ms'
  ).split(' '),
);

// "reports" -> "report", "claimed" -> "claim", "studies" -> "study": a light suffix stripper,
// enough to match a headline's word to the body's form of it.
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith('es') && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

function undouble(word: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(word) && !/(ll|ss|zz)$/.test(word) ? word.slice(0, -1) : word;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lower-case words of a text, apostrophes folded ("didn't" -> "didnt"). */
export function lowerWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) out.push(m[0].replace(/['’]/g, ''));
  return out;
}

/** Stemmed content words: stopwords and one-letter tokens dropped. */
export function contentStems(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Numbers written in digits ("1,500" -> "1500"). */
export function numbersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\d[\d,.]*\d|\d/g)) out.push(m[0].replace(/,/g, '').replace(/\.$/, ''));
  return out;
}

// "on Sunday", "in March": capitalised, but dates, not names a story is about
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);

/** Capitalised words not at the start of a sentence: a cheap stand-in for names. */
export function namesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![.!?]\s|^)\b(\p{Lu}[\p{L}’'-]+)/gu)) {
    const w = stem(m[1].toLowerCase().replace(/['’]s?$/, ''));
    if (!STOPWORDS.has(w) && !CALENDAR.has(w)) out.push(w);
  }
  return out;
}
