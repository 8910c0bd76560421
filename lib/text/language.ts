/**
 * Whether an article is in English, the one language the analysis reads. The page's declared
 * language is evidence, weighed against how much of the text is English function words.
 */

// the, of, and, to… make up about a third of any English news text and little of other languages
const ENGLISH_FUNCTION_WORDS = new Set(
  ('the of and to in is that for it was on with as he she they his her their at by from ' +
    'this be are were has have had not but or an which who said will would been its after').split(' '),
);

/** Below this share of function words an undeclared text is not taken as English. */
const ENGLISH_SHARE = 0.12;
/** A page that declares English but reads below this is mislabelled. */
const MISLABELLED_SHARE = 0.04;
/** A page that declares another language but reads above this is English after all. */
const CLEARLY_ENGLISH_SHARE = 0.2;
const SAMPLE_CHARS = 6000;

export interface LanguageReading {
  /** The declared or read language code (lower-case BCP 47 primary tag), or null when unknown. */
  code: string | null;
  english: boolean;
  /** Share of the sampled words that are English function words. */
  share: number;
}

export function englishShare(text: string): number {
  const words = text.slice(0, SAMPLE_CHARS).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  let hits = 0;
  for (const word of words) if (ENGLISH_FUNCTION_WORDS.has(word)) hits++;
  return hits / words.length;
}

export function readLanguage(text: string, declared: string | null = null): LanguageReading {
  const share = englishShare(text);
  const code = declared ? declared.toLowerCase().split(/[-_]/)[0] || null : null;
  // "en-GB" -> English unless the text plainly is not
  if (code === 'en') return { code, english: share >= MISLABELLED_SHARE, share };
  // "de" with German text -> not English; "de" over English text (a wrong template) -> English
  if (code) return { code: share >= CLEARLY_ENGLISH_SHARE ? 'en' : code, english: share >= CLEARLY_ENGLISH_SHARE, share };
  // undeclared -> by the text alone
  return { code: share >= ENGLISH_SHARE ? 'en' : null, english: share >= ENGLISH_SHARE, share };
}

/** The language of an extracted article, from its declared lang and its story text. */
export function articleLanguage(article: { lang: string | null; headline: string | null; paragraphs: { text: string }[] }): LanguageReading {
  const text = [article.headline ?? '', ...article.paragraphs.map((p) => p.text)].join(' ');
  return readLanguage(text, article.lang);
}

/** "de" -> "German"; an unknown or missing code -> "another language". */
export function languageName(code: string | null): string {
  if (!code) return 'another language';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The one-line reason a non-English article is not analysed. */
export function unsupportedLanguageReason(reading: LanguageReading): string {
  return `This article is in ${languageName(reading.code)}; Fine Print checks English articles only.`;
}

// Built from: the founding example (en, share ≈ 0.33), German, Spanish, Arabic and Hebrew news
// paragraphs (share under 0.03), and English stories on pages declaring another language.
