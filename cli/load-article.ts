import { extractArticle } from '../lib/extract/index';
import type { Article } from '../lib/types';
import { InputError, messageOf } from './errors';
import { withoutListeners } from './lean-dom';
import type { PageSource } from './pages/source';
import { parseHtmlDocument } from './parse-html';
import { readInput } from './read-input';

export type Loaded = { article: Article } | { error: string };

/** Reads (unless read already), parses and extracts one page with the same lib/extract code the content script runs. */
export async function loadArticle(source: PageSource): Promise<Loaded> {
  try {
    const page = source.page ?? (await readInput(source.input));
    // The page and its document live only inside this call: nothing of them outlasts the article.
    const result = withoutListeners(() => extractArticle(parseHtmlDocument(page.html, page.url ?? undefined), page.url));
    return result.ok ? { article: result.article } : { error: result.error };
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    return { error: `could not read an article: ${messageOf(error)}` };
  }
}
