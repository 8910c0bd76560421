/**
 * Scores lib/extract's article body against a corpus, beside Readability alone on the same pages.
 *   npm run eval:extract -- <corpus folder> [--json] [--worst N]
 * Layouts: ground-truth.json {id: {articleBody, url}} with html/<id>.html, or one folder per page
 * with source.html, expected.html and expected-metadata.json (title).
 * Body score: the article-extraction benchmark's shingle matching (Unicode \w+ tokens, lower-cased,
 * 4-token shingles as a bag; per-page precision and recall averaged; F1 from the two averages).
 * Text scored for Fine Print: paragraphs then notes, since notes are article text too; credits
 * ("… contributed to this report") are left out as not story text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from '../cli/parse-html';
import { extractArticle } from '../lib/extract/index';

interface Page {
  id: string;
  html: string;
  url: string | null;
  truth: string;
  title: string | null;
}

type Counts = [tp: number, fp: number, fn: number];

function loadPages(folder: string): Page[] {
  const truthFile = join(folder, 'ground-truth.json');
  if (existsSync(truthFile)) {
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody: string; url?: string }>;
    return Object.entries(truth)
      .filter(([id]) => existsSync(join(folder, 'html', `${id}.html`)))
      .map(([id, t]) => ({ id, html: readFileSync(join(folder, 'html', `${id}.html`), 'utf8'), url: t.url ?? null, truth: t.articleBody ?? '', title: null }));
  }
  return readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(folder, d.name, 'source.html')))
    .map((d) => {
      const dir = join(folder, d.name);
      const expected = existsSync(join(dir, 'expected.html')) ? readFileSync(join(dir, 'expected.html'), 'utf8') : '';
      const metaFile = join(dir, 'expected-metadata.json');
      const meta = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as { title?: string }) : {};
      return { id: d.name, html: readFileSync(join(dir, 'source.html'), 'utf8'), url: null, truth: spacedText(parseHtmlDocument(expected).body), title: meta.title ?? null };
    });
}

/** Text with a space at every element boundary, so words in adjacent blocks stay apart. */
function spacedText(node: Node | null): string {
  if (!node) return '';
  if (node.nodeType === 3) return node.textContent ?? '';
  return ` ${Array.from(node.childNodes).map(spacedText).join('')} `;
}

const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];

function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const bag = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const key = t.slice(i, i + 4).join(' ');
    if (key) bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

/** tp, fp, fn over shingles, normalised to sum to 1 so long pages weigh no more than short ones. */
function match(truth: string, predicted: string): Counts {
  const a = shingles(truth);
  const b = shingles(predicted);
  let [tp, fp, fn] = [0, 0, 0];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const [t, p] = [a.get(key) ?? 0, b.get(key) ?? 0];
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

const precisionOf = ([tp, fp, fn]: Counts) => (fp === 0 && fn === 0 ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp));
const recallOf = ([tp, fp, fn]: Counts) => (fp === 0 && fn === 0 ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function summary(all: Counts[]) {
  const precision = mean(all.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(all.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const normalise = (s: string) => tokens(s).join(' ');

function tokenF1(a: string, b: string): number {
  const x = tokens(a);
  const y = tokens(b);
  const left = new Map<string, number>();
  for (const w of x) left.set(w, (left.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of y) if ((left.get(w) ?? 0) > 0) (shared++, left.set(w, left.get(w)! - 1));
  return x.length + y.length ? (2 * shared) / (x.length + y.length) : 1;
}

function main(): number {
  const args = process.argv.slice(2);
  const folder = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  const asJson = args.includes('--json');
  const worstAt = args.indexOf('--worst');
  const worstN = worstAt >= 0 ? Number(args[worstAt + 1]) || 10 : 10;
  if (!folder || !existsSync(folder)) {
    process.stderr.write(`eval-extract: corpus folder ${folder ? `"${folder}" not found` : 'missing'}\n` +
      'usage: npm run eval:extract -- <folder> [--json] [--worst N]\n' +
      '  folder: ground-truth.json + html/<id>.html, or page folders with source.html + expected.html\n');
    return 2;
  }
  const pages = loadPages(folder);
  if (!pages.length) {
    process.stderr.write(`eval-extract: no pages found in ${folder}\n`);
    return 2;
  }
  const rows = pages.map((page) => {
    const started = performance.now();
    const result = extractArticle(parseHtmlDocument(page.html, page.url ?? undefined), page.url);
    const ms = performance.now() - started;
    const ours = result.ok ? [...result.article.paragraphs.map((p) => p.text), ...result.article.notes.map((n) => n.text)].join('\n') : '';
    let baseline = '';
    try {
      baseline = new Readability(parseHtmlDocument(page.html, page.url ?? undefined)).parse()?.textContent ?? '';
    } catch {
      baseline = '';
    }
    const headline = result.ok ? result.article.headline ?? '' : '';
    return {
      id: page.id,
      ours: match(page.truth, ours),
      baseline: match(page.truth, baseline),
      error: result.ok ? null : result.error,
      ms,
      title: page.title,
      headline,
    };
  });
  const ours = summary(rows.map((r) => r.ours));
  const baseline = summary(rows.map((r) => r.baseline));
  const titled = rows.filter((r) => r.title);
  const headlines = titled.length
    ? { pages: titled.length, exact: mean(titled.map((r) => (normalise(r.title!) === normalise(r.headline) ? 1 : 0))), tokenF1: mean(titled.map((r) => tokenF1(r.title!, r.headline))) }
    : null;
  const f1Of = (c: Counts) => summary([c]).f1;
  const worst = [...rows].sort((a, b) => f1Of(a.ours) - f1Of(b.ours)).slice(0, worstN)
    .map((r) => ({ id: r.id, f1: f1Of(r.ours), precision: precisionOf(r.ours), recall: recallOf(r.ours), readabilityF1: f1Of(r.baseline), error: r.error }));
  const times = rows.map((r) => r.ms).sort((a, b) => a - b);
  const report = { folder, pages: rows.length, ours, readability: baseline, headlines, failures: rows.filter((r) => r.error).length, medianMs: times[Math.floor(times.length / 2)], worst };
  if (asJson) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `${folder}: ${rows.length} pages (body text scored: paragraphs + notes)`,
    '',
    'extractor            precision  recall     F1',
    `Fine Print           ${f(ours.precision)}      ${f(ours.recall)}      ${f(ours.f1)}`,
    `Readability alone    ${f(baseline.precision)}      ${f(baseline.recall)}      ${f(baseline.f1)}`,
    '',
    headlines ? `headline vs given title (${headlines.pages} pages): exact ${f(headlines.exact)}, token F1 ${f(headlines.tokenF1)}` : 'headline: no titles given in this corpus',
    `no article returned: ${report.failures} pages; median ${report.medianMs.toFixed(0)} ms a page`,
    '',
    `worst ${worst.length} pages (F1 ours / Readability, precision, recall):`,
    ...worst.map((w) => `  ${f(w.f1)} / ${f(w.readabilityF1)}  p=${f(w.precision)} r=${f(w.recall)}  ${w.id}${w.error ? `  (${w.error})` : ''}`),
  ];
  if (titled.length) {
    const misses = titled.filter((r) => normalise(r.title!) !== normalise(r.headline)).slice(0, worstN);
    lines.push('', `headline misses (first ${misses.length}):`, ...misses.map((r) => `  ${r.id}: "${r.headline}" vs "${r.title}"`));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = main();
