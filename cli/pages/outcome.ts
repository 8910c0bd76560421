import { articleToJson } from '../../lib/extract/index';
import { reportHtml, reportMarkdown, reportText } from '../../lib/report/index';
import type { Analysis, Article } from '../../lib/types';
import { collectGarbage } from '../collect-garbage';
import { loadArticle } from '../load-article';
import { VERSION } from '../version';
import type { PageSource } from './source';

export type PageCommand = 'extract' | 'check';

/** One page for `extract` or `check`, in the format asked for. */
export interface PageTask {
  command: PageCommand;
  format: string;
  source: PageSource;
}

/** What a page gives: its JSON (for the json formats) or its text, or why there is none. */
export type PageOutcome = { ok: true; value: unknown } | { ok: false; error: string };

let analysisModule: typeof import('../../lib/check-article') | null = null;

/**
 * Analysis loads the language models (tens of MB). Loading them once the first page is parsed,
 * extracted and collected keeps them off the memory peak that parsing a large page makes.
 */
async function loadAnalysis() {
  if (!analysisModule) {
    collectGarbage();
    analysisModule = await import('../../lib/check-article');
  }
  return analysisModule;
}

/** A page's outcome, the same in this thread or in a worker thread; it never throws. */
export async function pageOutcome({ command, format, source }: PageTask): Promise<PageOutcome> {
  const loaded = await loadArticle(source);
  if ('error' in loaded) return { ok: false, error: loaded.error };
  const { article } = loaded;
  if (command === 'extract') {
    const json = { ...source.record, ...articleToJson(article) };
    return { ok: true, value: format === 'text' ? articleText(json) : json };
  }
  const checked = (await loadAnalysis()).checkArticle(article);
  if (!checked.ok) return { ok: false, error: checked.reason };
  const report = { url: article.url ?? source.page?.url ?? source.input, article, analysis: checked.analysis, checkedAt: new Date().toISOString(), version: VERSION };
  if (format === 'md') return { ok: true, value: reportMarkdown(report) };
  if (format === 'html') return { ok: true, value: reportHtml(report) };
  if (format === 'text') return { ok: true, value: reportText(report) };
  return { ok: true, value: { ...source.record, ...checkJson(report) } };
}

interface CheckReport {
  url: string;
  article: Article;
  analysis: Analysis;
  checkedAt: string;
  version: string;
}

/** The machine-readable check: the article as `extract` prints it, then the analysis. */
function checkJson({ url, article, analysis, checkedAt, version }: CheckReport) {
  return {
    url,
    checkedAt,
    version,
    article: articleToJson(article),
    claim: analysis.claim,
    verdict: analysis.verdict,
    summary: analysis.summary,
    findings: analysis.findings,
    truncated: analysis.truncated,
  };
}

function articleText(json: ReturnType<typeof articleToJson>): string {
  const lines = [json.headline ?? '(no headline)'];
  if (json.dek) lines.push(json.dek);
  const meta = [json.byline, json.published && `published ${json.published}`, json.modified && `updated ${json.modified}`]
    .filter(Boolean)
    .join(' · ');
  if (meta) lines.push(meta);
  lines.push('');
  for (const note of json.notes) lines.push(`[${note.kind}${note.date ? `, ${note.date}` : ''}] ${note.text}`, '');
  for (const paragraph of json.paragraphs) lines.push(paragraph, '');
  for (const credit of json.credits) lines.push(credit);
  return lines.join('\n').trimEnd() + '\n';
}
