/** The reader-labels corpus: its labels and each English page's extracted article. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadArticle } from '../../cli/load-article';
import type { Article } from '../../lib/types';
import type { LabelledPage } from './score';

export interface LabelledArticle {
  label: LabelledPage;
  /** Null when no article could be read from the page. */
  article: Article | null;
}

/** Reads labels.json of a reader-labels folder, or says what is missing and exits. */
export function loadLabelsOrExit(folder: string | undefined, usage: string): { labels: LabelledPage[]; corpus: string } {
  const file = folder ? join(folder, 'labels.json') : '';
  if (!folder || !existsSync(file)) {
    process.stderr.write(`${folder ? `no labels.json in "${folder}"` : 'corpus folder missing'}\nusage: ${usage}\n`);
    process.exit(2);
  }
  return { labels: JSON.parse(readFileSync(file, 'utf8')) as LabelledPage[], corpus: dirname(resolve(folder)) };
}

/** Each English page, extracted by the same library calls as `fine-print check`; missing pages are reported and skipped. */
export async function englishArticles(labels: LabelledPage[], corpus: string): Promise<LabelledArticle[]> {
  const out: LabelledArticle[] = [];
  for (const label of labels.filter((l) => l.language === 'en')) {
    const path = join(corpus, label.page);
    if (!existsSync(path)) {
      process.stderr.write(`page missing: ${path}\n`);
      continue;
    }
    const loaded = await loadArticle({ input: path });
    out.push({ label, article: 'article' in loaded ? loaded.article : null });
  }
  return out;
}
