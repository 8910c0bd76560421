import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from '../../cli/parse-html';
import { analyze } from '../../lib/analyze';
import { analysisInputOf } from '../../lib/analysis-input';
import { extractArticle } from '../../lib/extract/index';
import type { AnalysisInput } from '../../lib/types';
import type { Page } from './corpus';

export interface PageTiming {
  name: string;
  bytes: number;
  /** Mozilla Readability's parse alone, over the same parsed document (ms, fastest run). */
  readability: number;
  extract: number;
  /** null when no article was found (nothing to analyse). */
  analyse: number | null;
  both: number | null;
  words: number;
  input: AnalysisInput | null;
}

/** Milliseconds one call of fn takes. */
function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Readability, extraction, analysis and the two together on one page: each run `reps` times, the
 * four taken in turn within every round so a slower moment of the machine touches all alike, and
 * the fastest run of each kept (Readability's parse, heavy on allocation, is the measure most
 * slowed by such moments, and a slowed reference flatters every ratio to it).
 */
export function timePage(page: Page, reps: number): PageTiming {
  const doc = parseHtmlDocument(page.html);
  const result = extractArticle(doc, null);
  const base = { name: page.name, bytes: page.html.length };
  const input = result.ok ? analysisInputOf(result.article) : null;
  const fastest = { readability: Infinity, extract: Infinity, analyse: Infinity, both: Infinity };
  for (let i = 0; i < reps; i++) {
    fastest.readability = Math.min(fastest.readability, timeOnce(() => new Readability(doc.cloneNode(true) as Document).parse()));
    fastest.extract = Math.min(fastest.extract, timeOnce(() => extractArticle(doc, null)));
    if (!input) continue;
    fastest.analyse = Math.min(fastest.analyse, timeOnce(() => analyze(input)));
    fastest.both = Math.min(
      fastest.both,
      timeOnce(() => {
        const r = extractArticle(doc, null);
        if (r.ok) analyze(analysisInputOf(r.article));
      }),
    );
  }
  const timed = { ...base, readability: fastest.readability, extract: fastest.extract };
  if (!input) return { ...timed, analyse: null, both: null, words: 0, input: null };
  const words = input.paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
  return { ...timed, analyse: fastest.analyse, both: fastest.both, words, input };
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
