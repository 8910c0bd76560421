import type { AnalysisInput, Article } from './types';

/** The plain-text view of an extracted article that the analyser reads. */
export function analysisInputOf(article: Article): AnalysisInput {
  return {
    headline: article.headline ?? '',
    paragraphs: article.paragraphs.map((p) => p.text),
    notes: article.notes.map(({ kind, text, date, placement }) => ({ kind, text, date, placement })),
    genre: article.genre,
  };
}

/** Plain body text to paragraphs: blank lines or single newlines both separate them. */
export function paragraphsOfPlainText(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}
