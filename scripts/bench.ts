/**
 * Fine Print's speed and size, measured in one run and printed as one table.
 *
 *   npm run bench [-- <page folder>... [--fnc1 <folder>] [--quick]]
 *
 * Page timings are ratios to Mozilla Readability's parse of the same parsed page in the same
 * process, so the figures carry across machines; absolute milliseconds are shown beside them.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/analyze';
import { loadCorpora, type Page } from './bench/corpus';
import { pageOfText, timePage, type PageTiming } from './bench/pages';
import { batchInProcess, batchLines, batchThroughCli, jobsScaling } from './bench/batch';
import { BUILT_CLI, SOURCE_CLI } from './bench/cli';
import { checkBigPage } from './bench/memory';
import { builtSizes } from './bench/sizes';
import { onePagePeak, startupRatio } from './bench/startup';
import { fmt, median, percentile, timeMedian } from './bench/stats';
import { loadFnc1 } from './fnc1';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FOUNDING_PAGE = join(ROOT, 'test', 'fixtures', 'pages', 'founding-example.html');
const DEFAULT_PAGES = ['/work/shared/corpus/extraction-dev', '/work/shared/corpus/readability-pages'];
const DEFAULT_FNC1 = '/work/shared/corpus/fnc1-train';

const BUDGET = { ratio: 1.5, contentGzipKb: 27, longArticleMs: 20, pairsPerSecond: 300, peakMb: 400, jobsRatio: 1.7 };

function options(argv: string[]) {
  const folders: string[] = [];
  let fnc1 = DEFAULT_FNC1;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--fnc1') fnc1 = argv[++i] ?? '';
    else if (argv[i] === '--quick') quick = true;
    else folders.push(argv[i]);
  }
  return { folders: folders.length ? folders : DEFAULT_PAGES, fnc1, quick };
}

const rows: string[][] = [];
const verdicts: string[] = [];
const row = (...cells: (string | number)[]) => rows.push(cells.map(String));
const say = (text: string) => process.stderr.write(`${text}\n`);
const pass = (ok: boolean) => (ok ? 'PASS' : 'MISS');

function budget(name: string, ok: boolean | null, detail: string) {
  verdicts.push(`${ok === null ? 'n/a ' : pass(ok)}  ${name}: ${detail}`);
}

/** Per-page ratio statistics for one measure. */
function ratios(timings: PageTiming[], pick: (t: PageTiming) => number | null, label: string) {
  const usable = timings.filter((t) => pick(t) !== null && t.readability > 0);
  const r = usable.map((t) => pick(t)! / t.readability);
  const ms = usable.map((t) => pick(t)!);
  row(label, usable.length, `${fmt(median(r))}x`, `${fmt(percentile(r, 95))}x`, fmt(median(ms), 1), fmt(percentile(ms, 95), 1), '');
  return { median: median(r), p95: percentile(r, 95), worst: usable.sort((a, b) => pick(b)! / b.readability - pick(a)! / a.readability)[0] };
}

function pageSection(title: string, pages: Page[], reps: number): PageTiming[] {
  say(`timing ${title}: ${pages.length} pages, ${reps} runs each, the fastest kept…`);
  // warm-up: the first pages once, so JIT and compromise's lexicon are loaded before timing
  for (const page of pages.slice(0, 3)) timePage(page, 1);
  const timings: PageTiming[] = [];
  for (const [i, page] of pages.entries()) {
    timings.push(timePage(page, reps));
    if ((i + 1) % 20 === 0) say(`  ${i + 1}/${pages.length}`);
  }
  row(`${title}: pages`, pages.length, '', '', '', '', `articles found on ${timings.filter((t) => t.input).length}`);
  row(`${title}: Readability parse`, timings.length, '1.00x', '1.00x', fmt(median(timings.map((t) => t.readability)), 1), fmt(percentile(timings.map((t) => t.readability), 95), 1), '');
  ratios(timings, (t) => t.extract, `${title}: extract`);
  ratios(timings, (t) => t.analyse, `${title}: analyse`);
  const both = ratios(timings, (t) => t.both, `${title}: extract+analyse`);
  if (both.worst) row(`${title}: slowest page (extract+analyse)`, 1, `${fmt(both.worst.both! / both.worst.readability)}x`, '', fmt(both.worst.both!, 1), '', both.worst.name);
  return timings;
}

function firstCheck() {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'bench', 'first-check.ts')], { cwd: ROOT, timeout: 120_000 });
  try {
    return JSON.parse(run.stdout.toString('utf8').trim()) as { loadMs: number; firstMs: number; warmMs: number };
  } catch {
    say(`first check failed: ${run.stderr.toString('utf8').split('\n')[0]}`);
    return null;
  }
}

function main() {
  const { folders, fnc1, quick } = options(process.argv.slice(2));
  const reps = quick ? 1 : 3;
  const started = Date.now();

  // 0. the CLI as the package ships it (built here, so the figures are of these sources) against
  // the same sources run through tsx, as the CLI ran before it was built
  say('CLI start-up and one-page memory, from the sources through tsx and as built…');
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'build', 'cli.mjs')], { cwd: ROOT, stdio: 'inherit' });
  for (const [label, cli] of [['through tsx', SOURCE_CLI], ['built', BUILT_CLI]] as const) {
    const start = startupRatio(cli, quick ? 5 : 15);
    const page = onePagePeak(cli, FOUNDING_PAGE);
    row(`CLI start-up, ${label} (\`--version\`)`, 1, '', '', fmt(start.ms, 0), '', `${fmt(start.ratio, 1)}x \`node -e 0\` (${fmt(start.nodeMs, 0)} ms)`);
    row(`CLI one-page check, ${label}`, 1, '', '', '', '', `peak RSS ${fmt(page.peakMb ?? NaN, 0)} MB; exit ${page.exitCode}`);
  }

  // 1. the first check in a fresh process, before anything here is warm
  say('first check in a fresh process…');
  const first = firstCheck();
  if (first) {
    row('first check: load analyser (compromise; via tsx)', 1, '', '', fmt(first.loadMs, 0), '', `${fmt(first.loadMs / first.warmMs, 0)}x a warm check`);
    row('first check: first analyse() after load', 1, '', '', fmt(first.firstMs, 1), '', `${fmt(first.firstMs / first.warmMs, 1)}x a warm check (${fmt(first.warmMs, 2)} ms)`);
  }

  // 2. real pages
  const corpora = loadCorpora(folders);
  for (const m of corpora.missing) {
    say(`MISSING page folder: ${m} (skipped)`);
    row('page folder missing', 0, '', '', '', '', `${m} (skipped)`);
  }
  let pageTimings: PageTiming[] = [];
  if (corpora.pages.length) pageTimings = pageSection('real pages', corpora.pages, reps);
  else row('real pages', 0, '', '', '', '', 'no page folder found');

  // 3. FNC-1 bodies, as simple article pages and as batch pairs
  const data = loadFnc1(fnc1);
  let fncTimings: PageTiming[] = [];
  let pairsPerSecond = NaN;
  if (!data) {
    say(`MISSING FNC-1 folder: ${fnc1} (needs train_bodies.csv and train_stances.csv; skipped)`);
    row('FNC-1 folder missing', 0, '', '', '', '', `${fnc1}: no FNC-1 bodies or batch figures`);
    budget('batch over 300 pairs/s', null, 'no FNC-1 folder');
    budget('batch --jobs 2 at least 1.7x --jobs 1', null, 'no FNC-1 folder');
  }
  else {
    const headlineOf = new Map(data.pairs.map((p) => [p.bodyId, p.headline]));
    const ids = [...data.bodies.keys()].filter((id) => headlineOf.has(id));
    const step = Math.max(1, Math.floor(ids.length / (quick ? 40 : 150)));
    const sample = ids.filter((_, i) => i % step === 0).map((id) => pageOfText(`fnc1/${id}`, headlineOf.get(id)!, data.bodies.get(id)!));
    fncTimings = pageSection('FNC-1 bodies', sample, reps);

    const lines = batchLines(data, quick ? 1000 : 3000);
    say(`batch: ${lines.length} pairs in process…`);
    pairsPerSecond = batchInProcess(lines, 200);
    row('batch in process (createBatchAnalyzer)', lines.length, '', '', fmt(1000 / pairsPerSecond, 2), '', `${fmt(pairsPerSecond, 0)} pairs/s`);
    say(`batch: ${lines.length} pairs through the CLI…`);
    const cli = batchThroughCli(lines, BUILT_CLI, 1);
    row('batch through `fine-print batch --jobs 1` (whole process)', lines.length, '', '', fmt(cli.seconds * 1000, 0), '',
      `${fmt(cli.pairsPerSecond, 0)} pairs/s; exit ${cli.exitCode}, ${cli.linesOut} lines out, peak ${fmt(cli.peakMb ?? NaN, 0)} MB`);
    budget('batch over 300 pairs/s', pairsPerSecond > BUDGET.pairsPerSecond,
      `${fmt(pairsPerSecond, 0)} pairs/s in process (${fmt(pairsPerSecond / BUDGET.pairsPerSecond, 2)}x the budget); ${fmt(cli.pairsPerSecond, 0)} pairs/s through the CLI`);

    // the whole corpus: a pool pays for its threads' start and warm-up once, which a few thousand pairs do not hide
    const many = batchLines(data, quick ? 3000 : data.pairs.length);
    say(`batch: ${many.length} pairs through the CLI at --jobs 1 and --jobs 2, in turn…`);
    const rounds = quick ? 1 : 2;
    const scaling = jobsScaling(many, BUILT_CLI, rounds);
    for (const [jobs, run] of [[1, scaling.one], [2, scaling.two]] as const) {
      row(`batch --jobs ${jobs} (whole process, fastest of ${rounds})`, many.length, '', '', fmt(run.seconds * 1000, 0), '',
        `${fmt(run.pairsPerSecond, 0)} pairs/s; ${fmt(run.coresBusy ?? NaN, 1)} cores busy; exit ${run.exitCode}, ${run.linesOut} lines out, peak ${fmt(run.peakMb ?? NaN, 0)} MB`);
    }
    budget('batch --jobs 2 at least 1.7x --jobs 1', scaling.ratio >= BUDGET.jobsRatio,
      `${fmt(scaling.ratio, 2)}x on ${availableParallelism()} cores (load average ${loadavg()[0].toFixed(1)} at the end); output ${scaling.same ? 'identical' : 'DIFFERS'} between runs`);
  }

  // 4. a ~2,000-word article: the real page (or FNC-1 body) nearest that length
  const candidates = [...pageTimings, ...fncTimings].filter((t) => t.input);
  const long = candidates.sort((a, b) => Math.abs(a.words - 2000) - Math.abs(b.words - 2000))[0];
  if (long?.input) {
    const ms = timeMedian(quick ? 5 : 25, () => analyze(long.input!));
    row('analysis of a ~2,000-word article', 1, '', '', fmt(ms, 1), '', `${long.words} words: ${long.name}`);
    budget('2,000-word analysis under 20 ms', ms < BUDGET.longArticleMs, `${fmt(ms, 1)} ms for ${long.words} words (${fmt(ms / BUDGET.longArticleMs, 2)}x the budget)`);
  } else budget('2,000-word analysis under 20 ms', null, 'no article found to measure');

  // 5. the typical article against Readability
  const typical = [...pageTimings].filter((t) => t.both !== null);
  if (typical.length) {
    const r = median(typical.map((t) => t.both! / t.readability));
    budget('extract+analyse of the median real page within 1.5x Readability', r <= BUDGET.ratio, `${fmt(r)}x (${fmt(r / BUDGET.ratio, 2)}x the budget)`);
  } else budget('extract+analyse of the median real page within 1.5x Readability', null, 'no real pages measured');

  // 6. built sizes
  const sizes = builtSizes(ROOT);
  if (!sizes) {
    row('built sizes', 0, '', '', '', '', 'no .output/chrome-mv3 build: run `npx wxt build` first');
    budget('content script under 27 KiB gzipped', null, 'not built');
  } else {
    for (const f of sizes.files) row(`size: ${f.label}`, 1, '', '', '', '', `${fmt(f.gzip / 1024, 1)} KiB gzipped (${f.gzip} bytes), ${fmt(f.raw / 1024, 1)} KiB raw`);
    if (sizes.staleAgainst) row('size: build may be stale', 1, '', '', '', '', `built ${sizes.builtAt?.toISOString()}, newer source ${sizes.staleAgainst}`);
    const content = sizes.files[0];
    budget('content script under 27 KiB gzipped', content.gzip < BUDGET.contentGzipKb * 1024, `${fmt(content.gzip / 1024, 2)} KiB gz, ${content.gzip} bytes (${fmt(content.raw / 1024, 1)} KiB raw)`);
  }

  // 7. memory: the CLI on a generated 5 MB page
  say('memory: `fine-print check` on a generated 5 MB page…');
  const mem = checkBigPage(BUILT_CLI, 5 * 1024 * 1024, 300_000);
  row('CLI check of a 5 MB page', 1, '', '', fmt(mem.seconds * 1000, 0), '',
    `peak RSS ${fmt(mem.peakMb ?? NaN, 0)} MB; ${mem.timedOut ? 'killed after 300 s' : `exit ${mem.exitCode}${mem.message ? `: ${mem.message.split('\n')[0]}` : ''}`}`);
  budget('CLI peak memory on a 5 MB page under 400 MB', mem.peakMb === null ? null : mem.peakMb < BUDGET.peakMb,
    `${fmt(mem.peakMb ?? NaN, 0)} MB peak, ${fmt(mem.seconds, 1)} s wall`);

  print(started);
}

function print(started: number) {
  const head = ['measure', 'n', 'median x Rdb', 'p95 x Rdb', 'median ms', 'p95 ms', 'note'];
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [
    `Fine Print bench (${new Date().toISOString()}, node ${process.version}; ratios are to Readability's parse of the same page)`,
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    '',
    'Budgets:',
    ...verdicts.map((v) => `  ${v}`),
    '',
    `bench took ${fmt((Date.now() - started) / 1000, 0)} s`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
