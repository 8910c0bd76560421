import { articleToJson } from '../lib/extract/index';
import { reportHtml, reportMarkdown, reportText } from '../lib/report/index';
import type { Analysis, Article } from '../lib/types';
import { chooseFormat, type ParsedArgs } from './args';
import { collectGarbage } from './collect-garbage';
import { UsageError } from './errors';
import { loadArticle } from './load-article';
import type { Output } from './output';
import { VERSION } from './version';

const FORMATS = ['text', 'json', 'jsonl', 'md', 'html'] as const;

let analysisModule: typeof import('../lib/check-article') | null = null;

/**
 * Analysis loads the language models (tens of MB). Loading them once the first page is parsed,
 * extracted and collected keeps them off the memory peak that parsing a large page makes.
 */
async function loadAnalysis() {
  if (!analysisModule) {
    collectGarbage();
    analysisModule = await import('../lib/check-article');
  }
  return analysisModule;
}

export async function checkCommand(args: ParsedArgs, out: Output): Promise<number> {
  if (args.inputs.length === 0) throw new UsageError('check needs at least one file or URL');
  const format = chooseFormat(args.format, FORMATS, args.inputs.length > 1 ? 'jsonl' : 'text');
  if (format === 'html' && args.inputs.length > 1) throw new UsageError('--format html takes one input (a report is one page)');
  let found = 0;
  const all: unknown[] = [];
  for (const [i, input] of args.inputs.entries()) {
    const loaded = await loadArticle(input);
    const article = 'article' in loaded ? loaded.article : null;
    const checked = article ? (await loadAnalysis()).checkArticle(article) : null;
    if (!article || !checked?.ok) {
      const reason = 'error' in loaded ? loaded.error : checked && !checked.ok ? checked.reason : 'no article found';
      out.error(`${input}: ${reason}`);
      if (format === 'jsonl') out.line(JSON.stringify({ file: input, error: reason }));
      if (format === 'json' && args.inputs.length > 1) all.push({ file: input, error: reason });
      continue;
    }
    found++;
    const analysis = checked.analysis;
    const report = { url: article.url ?? input, article, analysis, checkedAt: new Date().toISOString(), version: VERSION };
    if (format === 'json') all.push(checkJson(report));
    else if (format === 'jsonl') out.line(JSON.stringify(checkJson(report)));
    else if (format === 'md') out.line((i > 0 ? '\n---\n\n' : '') + reportMarkdown(report));
    else if (format === 'html') out.line(reportHtml(report));
    else out.line((i > 0 ? '\n' : '') + reportText(report));
  }
  if (format === 'json' && all.length > 0) out.line(JSON.stringify(args.inputs.length === 1 ? all[0] : all, null, 2));
  return found > 0 ? 0 : 1;
}

interface CheckReport {
  url: string;
  article: Article;
  analysis: Analysis;
  checkedAt: string;
  version: string;
}

/** The machine-readable check: the article as `extract` prints it, then the analysis. */
export function checkJson({ url, article, analysis, checkedAt, version }: CheckReport) {
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
