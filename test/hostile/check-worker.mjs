// Runs extraction and analysis in a worker thread, so a test can stop a check that hangs
// (a synchronous loop cannot be interrupted from the thread that runs it).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const lib = new URL('../../lib/', import.meta.url);
const { parseHtmlDocument } = await import(new URL('../../cli/parse-html.ts', import.meta.url).href);
const { extractArticle } = await import(new URL('extract/index.ts', lib).href);
const { analysisInputOf } = await import(new URL('analysis-input.ts', lib).href);
const { checkArticle } = await import(new URL('check-article.ts', lib).href);
const { analyze } = await import(new URL('analyze.ts', lib).href);

const describe = (error) => (error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error));

function checkPage({ html, url, budgetMs }) {
  const t0 = performance.now();
  const extract = extractArticle(parseHtmlDocument(html, url ?? undefined), url ?? null);
  const t1 = performance.now();
  if (!extract.ok) return { extract, input: null, analysis: null, ms: { extract: t1 - t0, analyse: 0 } };
  const input = analysisInputOf(extract.article);
  const check = checkArticle(extract.article, (given) => analyze(given, budgetMs ? { budgetMs } : {}));
  const analysis = check.ok ? check.analysis : null;
  return { extract, input, check, analysis, ms: { extract: t1 - t0, analyse: performance.now() - t1 } };
}

function checkInput({ input, budgetMs }) {
  const t0 = performance.now();
  const analysis = analyze(input, budgetMs ? { budgetMs } : {});
  return { extract: null, input, analysis, ms: { extract: 0, analyse: performance.now() - t0 } };
}

parentPort.on('message', (job) => {
  try {
    parentPort.postMessage({ id: job.id, ...(job.kind === 'input' ? checkInput(job) : checkPage(job)) });
  } catch (error) {
    parentPort.postMessage({ id: job.id, thrown: describe(error) });
  }
});
parentPort.postMessage({ ready: true });
