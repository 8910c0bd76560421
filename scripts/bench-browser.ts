/**
 * How long the popup takes to show its verdict on real pages, in Chromium with the e2e build.
 *   npm run bench:browser -- <page folder>... [--limit N] [--warm-worker] [--extension <dir>]
 * A folder holds pages as html/<id>.html or <name>/source.html (the corpus layouts) or *.html.
 * Pages are served on 127.0.0.1; for each, a tab opens the page, the extension's service worker
 * is stopped, as the browser stops it after half a minute idle, and the popup opens on the page
 * (a cold popup and a cold worker in a warm browser: what a reader meets). The time from the
 * popup's start to its verdict is read from the popup's own performance mark. The first check
 * after the browser starts is reported apart. --warm-worker leaves the worker running.
 * Where the time goes (the background's marks: content script, extraction, analysis) is printed
 * as medians beside it. Needs `npm run build:e2e` first; --extension times another e2e build
 * (an earlier version's, for a before and after).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension, openPopup, tabIdOf } from '../test/browser/chromium';
import { median, percentile } from './bench/stats';

const USAGE = 'usage: npm run bench:browser -- <page folder>... [--limit N] [--warm-worker] [--extension <dir>]';
const STATES = '[data-popup-state="done"], [data-popup-state="no-article"], [data-popup-state="unsupported-language"], [data-popup-state="error"], [data-popup-state="restricted"]';

function pagesIn(folder: string): string[] {
  if (existsSync(join(folder, 'html'))) return readdirSync(join(folder, 'html')).filter((f) => f.endsWith('.html')).sort().map((f) => join(folder, 'html', f));
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() && existsSync(join(folder, d.name, 'source.html')) ? [join(folder, d.name, 'source.html')] : d.name.endsWith('.html') ? [join(folder, d.name)] : []))
    .sort();
}

interface Timing {
  page: string;
  ms: number;
  /** When the headline and notes showed, before the verdict; NaN where they did not show first. */
  articleMs: number;
  state: string;
  phases: Record<string, number>;
}

/** Stops every service worker, as Chromium does to an idle extension's, over the DevTools protocol. */
async function stopWorker(page: import('playwright-core').Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

async function main() {
  const args = process.argv.slice(2);
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
  const warm = args.includes('--warm-worker');
  const extensionAt = args.indexOf('--extension');
  const extensionDir = extensionAt >= 0 ? args[extensionAt + 1]! : EXTENSION_DIR;
  const folders = args.filter((a, i) => !a.startsWith('--') && (limitAt < 0 || i !== limitAt + 1) && (extensionAt < 0 || i !== extensionAt + 1));
  if (folders.length === 0 || folders.some((f) => !existsSync(f))) {
    process.stderr.write(`bench-browser: ${folders.length ? `folder not found: ${folders.find((f) => !existsSync(f))}` : 'page folder missing'}\n${USAGE}\n`);
    process.exit(2);
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    process.stderr.write(`bench-browser: no e2e build at ${extensionDir}: run npm run build:e2e\n`);
    process.exit(2);
  }
  const files = folders.flatMap(pagesIn).slice(0, limit);
  const server = createServer((req, res) => {
    const n = Number(/^\/p\/(\d+)\.html$/.exec(req.url ?? '')?.[1]);
    const file = files[n];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const ext = await launchWithExtension(extensionDir);
  const timings: Timing[] = [];
  try {
    for (const [n, file] of files.entries()) {
      const page = await ext.context.newPage();
      await page.goto(`${origin}/p/${n}.html`, { waitUntil: 'load' }).catch(() => undefined);
      const tabId = await tabIdOf(ext, page);
      if (!warm && n > 0) await stopWorker(page);
      const popup = await openPopup(ext, tabId);
      await popup.locator(STATES).first().waitFor({ timeout: 60_000 });
      const { ms, state, articleMs } = await popup.evaluate(() => {
        const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('fine-print:'));
        const verdict = marks.find((m) => m.name !== 'fine-print:article');
        const article = marks.find((m) => m.name === 'fine-print:article');
        return { ms: verdict?.startTime ?? NaN, state: verdict?.name.slice('fine-print:'.length) ?? '', articleMs: article?.startTime ?? NaN };
      });
      const worker = ext.context.serviceWorkers().find((w) => w.url().includes(ext.extensionId)) ?? ext.worker;
      const phases = await worker.evaluate(() => {
        const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('fine-print:'));
        const last = new Map(marks.map((m) => [m.name, m.startTime]));
        const started = last.get('fine-print:check') ?? NaN;
        performance.clearMarks();
        // the check's own start is measured from the worker's start: what waking it costs
        const fromStart = new Set(['fine-print:check', 'fine-print:loaded']);
        return Object.fromEntries([...last].map(([name, at]) => [`${name.slice('fine-print:'.length)}${fromStart.has(name) ? ' (from worker start)' : ''}`, fromStart.has(name) ? at : at - started]));
      });
      timings.push({ page: file, ms, articleMs, state, phases });
      await popup.close();
      await page.close();
      process.stderr.write(`  ${n + 1}/${files.length} ${ms.toFixed(0)} ms ${state}\n`);
    }
  } finally {
    await ext.close();
    server.close();
  }
  const [first, ...rest] = timings;
  const ms = rest.map((t) => t.ms).filter(Number.isFinite);
  const out = process.stdout;
  out.write(`popup verdict on ${timings.length} real pages (Chromium, cold popup, ${warm ? 'warm' : 'cold'} worker, warm browser; ms from the popup's start)\n`);
  out.write(`  median ${median(ms).toFixed(0)} ms, 90th percentile ${percentile(ms, 90).toFixed(0)} ms, slowest ${Math.max(...ms).toFixed(0)} ms\n`);
  const early = rest.map((t) => t.articleMs).filter(Number.isFinite);
  if (early.length) out.write(`  headline and notes shown first on ${early.length} of ${rest.length}: median ${median(early).toFixed(0)} ms\n`);
  if (first) out.write(`  first check after the browser started: ${first.ms.toFixed(0)} ms (${first.state})\n`);
  const states = new Map<string, number>();
  for (const t of timings) states.set(t.state, (states.get(t.state) ?? 0) + 1);
  out.write(`  states: ${[...states].map(([s, n]) => `${s} ${n}`).join(', ')}\n`);
  const names = [...new Set(rest.flatMap((t) => Object.keys(t.phases)))];
  if (names.length) {
    out.write('where the time goes in the background (median ms from the check request, or from the worker start)\n');
    for (const name of names) out.write(`  ${name.padEnd(20)} ${median(rest.map((t) => t.phases[name]).filter((x): x is number => Number.isFinite(x))).toFixed(1)}\n`);
  }
}

await main();
