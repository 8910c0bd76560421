import { extractArticle } from '../lib/extract/index';
import type { Article } from '../lib/types';
import { InputError, messageOf } from './errors';
import { withoutListeners } from './lean-dom';
import { parseHtmlDocument } from './parse-html';
import { readInput } from './read-input';

export type Loaded = { input: string; article: Article } | { input: string; error: string };

/** Reads, parses and extracts one input with the same lib/extract code the content script runs. */
export async function loadArticle(input: string): Promise<Loaded> {
  try {
    const page = await readInput(input);
    // The page and its document live only inside this call: nothing of them outlasts the article.
    const result = withoutListeners(() => extractArticle(parseHtmlDocument(page.html, page.url ?? undefined), page.url));
    return result.ok ? { input, article: result.article } : { input, error: result.error };
  } catch (error) {
    if (error instanceof InputError) return { input, error: error.message };
    return { input, error: `could not read an article: ${messageOf(error)}` };
  }
}
