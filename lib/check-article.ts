import { analyze } from './analyze';
import { analysisInputOf } from './analysis-input';
import { articleLanguage, unsupportedLanguageReason } from './text/language';
import type { Analysis, AnalysisInput, Article } from './types';

export type ArticleCheck =
  | { ok: true; analysis: Analysis }
  | { ok: false; state: 'no-headline' | 'unsupported-language'; reason: string };

/**
 * Analyses an extracted article when there is a claim to check and a language the analysis
 * reads; otherwise says plainly why not, rather than giving a verdict it cannot stand behind.
 */
export function checkArticle(article: Article, analyzeInput: (input: AnalysisInput) => Analysis = analyze): ArticleCheck {
  if (!article.headline?.trim()) {
    return { ok: false, state: 'no-headline', reason: 'The page has story text but no headline, so there is no claim to check.' };
  }
  const language = articleLanguage(article);
  if (!language.english) return { ok: false, state: 'unsupported-language', reason: unsupportedLanguageReason(language) };
  return { ok: true, analysis: analyzeInput(analysisInputOf(article)) };
}
