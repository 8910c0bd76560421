import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from '../../cli/parse-html';
import { analyze } from '../../lib/analyze';
import { analysisInputOf } from '../../lib/analysis-input';
import { extractArticle } from '../../lib/extract/index';
import type { AnalysisInput } from '../../lib/types';
import type { Page } from './corpus';
import { timeMedian } from './stats';

export interface PageTiming {
  name: string;
  bytes: number;
  /** Mozilla Readability's parse alone, over the same parsed document. */
  readability: number;
  extract: number;
  /** null when no article was found (nothing to analyse). */
  analyse: number | null;
  both: number | null;
  words: number;
  input: AnalysisInput | null;
}

/** Readability, extraction, analysis and the two together on one page, median of `reps` runs each. */
export function timePage(page: Page, reps: number): PageTiming {
  const doc = parseHtmlDocument(page.html);
  const readability = timeMedian(reps, () => new Readability(doc.cloneNode(true) as Document).parse());
  const extract = timeMedian(reps, () => extractArticle(doc, null));
  const result = extractArticle(doc, null);
  const base = { name: page.name, bytes: page.html.length, readability, extract };
  if (!result.ok) return { ...base, analyse: null, both: null, words: 0, input: null };
  const input = analysisInputOf(result.article);
  const analyse = timeMedian(reps, () => analyze(input));
  const both = timeMedian(reps, () => {
    const r = extractArticle(doc, null);
    if (r.ok) analyze(analysisInputOf(r.article));
  });
  const words = input.paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
  return { ...base, analyse, both, words, input };
}

/** A plain-text body as the simple article page a site would serve it in. */
export function pageOfText(name: string, headline: string, body: string): Page {
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = body.split(/\n+/).map((p) => p.trim()).filter(Boolean).map((p) => `<p>${escape(p)}</p>`);
  return {
    name,
    html: `<!DOCTYPE html><html lang="en"><head><title>${escape(headline)}</title></head><body><main><article><h1>${escape(headline)}</h1>${paragraphs.join('\n')}</article></main></body></html>`,
  };
}
