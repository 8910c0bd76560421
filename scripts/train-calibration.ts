/**
 * Fits how each kind of finding's strength maps to how often careful readers agree, on
 * labelled pages (the reader-labels corpus, and any other folder labelled the same way), and
 * writes lib/qualify/calibration.json.
 *   npm run train:calibration -- <labels folder>... [--folds K] [--prior P] [--dry-run]
 * --prior: how firmly the detectors' own strengths are kept (prior precision on the shift of
 * every kind, twice that on each kind apart; default 40). A firmer prior shows fewer findings the labels
 * alone would lift over the threshold.
 * Also cross-validates: pages are split into K folds; each fold is checked with a calibration
 * fitted on the other folds, and the README's measures are printed for the pages so checked.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeInDetail } from '../lib/analyze';
import { analysisInputOf } from '../lib/analysis-input';
import type { Calibration } from '../lib/qualify/calibration';
import { isMuted } from '../lib/qualify/muted';
import { articleLanguage } from '../lib/text/language';
import { type CalibrationPoint, DEFAULT_FIT, fitCalibration } from './calibration/fit';
import { englishArticles, loadLabelsOrExit, type LabelledArticle } from './real/pages';
import { percent, quoteMatches, scorePage, totalsOf, type PageScore } from './real/score';

const USAGE = 'npm run train:calibration -- <labels folder>... [--folds K] [--prior P] [--dry-run]';
const OUT = join(import.meta.dirname, '../lib/qualify/calibration.json');

function pointsOf(page: LabelledArticle): CalibrationPoint[] {
  const { label, article } = page;
  if (!article || !article.headline || !articleLanguage(article).english) return [];
  const bearing = [...label.evidence.map((e) => e.quote), ...label.notes.filter((n) => n.bears_on_headline).map((n) => n.quote)];
  const { analysis, candidates } = analyzeInDetail(analysisInputOf(article));
  return candidates.filter((f) => !isMuted(analysis.claim, f)).map((f) => ({ kind: f.kind, raw: f.strength, agreed: bearing.some((q) => quoteMatches(q, f.text)) }));
}

function scoreWith(page: LabelledArticle, calibration: Calibration): PageScore {
  const { label, article } = page;
  if (!article || !article.headline || !articleLanguage(article).english) return scorePage(label, { verdict: null, findings: [], notes: article?.notes.map((n) => n.text) ?? [] });
  const analysis = analyze(analysisInputOf(article), { calibration });
  return scorePage(label, { verdict: analysis.verdict, findings: analysis.findings, notes: article.notes.map((n) => n.text) });
}

function printTotals(title: string, scores: PageScore[]) {
  const t = totalsOf(scores);
  process.stdout.write(
    `${title}: verdicts ${percent(t.verdicts)}, precision ${percent(t.precision)}, must-recall ${percent(t.mustRecall)}, cry-wolf ${percent(t.cryWolf)}, missed ${percent(t.missed)}\n`,
  );
}

async function main() {
  const args = process.argv.slice(2);
  const valueOf = (flag: string, fallback: number) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : fallback);
  const folds = valueOf('--folds', 5);
  const prior = valueOf('--prior', DEFAULT_FIT.priorBias);
  const options = { ...DEFAULT_FIT, priorBias: prior, priorKind: prior * 2 };
  const values = new Set(['--folds', '--prior'].map((f) => args.indexOf(f) + 1).filter((i) => i > 0));
  const folders = args.filter((a, i) => !a.startsWith('--') && !values.has(i));
  if (folders.length === 0) loadLabelsOrExit(undefined, USAGE);
  const pages: LabelledArticle[] = [];
  for (const folder of folders) {
    const { labels, corpus } = loadLabelsOrExit(folder, USAGE);
    pages.push(...(await englishArticles(labels, corpus)));
  }
  const points = pages.map(pointsOf);
  const all = points.flat();
  process.stdout.write(`${all.length} findings offered on ${pages.length} pages, ${all.filter((p) => p.agreed).length} agreed by the labels\n`);

  // pages dealt into folds in a fixed order (by id), so a rerun gives the same folds
  const order = pages.map((_, i) => i).sort((a, b) => (pages[a]!.label.id < pages[b]!.label.id ? -1 : 1));
  const foldOf = new Map(order.map((page, rank) => [page, rank % folds]));
  const crossScores: PageScore[] = [];
  for (let k = 0; k < folds; k++) {
    const training = points.filter((_, i) => foldOf.get(i) !== k).flat();
    const calibration = fitCalibration(training, `fold ${k + 1} of ${folds}`, options);
    pages.forEach((page, i) => foldOf.get(i) === k && crossScores.push(scoreWith(page, calibration)));
  }
  printTotals(`${folds}-fold cross-validated (calibration fitted without the page's fold)`, crossScores);

  const fitted = fitCalibration(all, `${folders.map((f) => f.replace(/\/+$/, '').split('/').pop()).join(' + ')}: ${pages.length} English pages, ${all.length} findings offered, prior ${prior}`, options);
  printTotals('fitted on all pages (in sample)', pages.map((p) => scoreWith(p, fitted)));
  process.stdout.write(`${JSON.stringify(fitted.kinds)}\n`);
  if (!args.includes('--dry-run')) {
    writeFileSync(OUT, `${JSON.stringify(fitted, null, 2)}\n`);
    process.stdout.write(`wrote ${OUT}\n`);
  }
}

await main();
