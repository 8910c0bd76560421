/**
 * Scores `check` on real pages labelled by careful reading, as the corpus README defines it.
 *   npm run eval:real -- <reader-labels folder> [--verbose] [--json]
 * Each English page of labels.json is read from the corpus folder beside it (its `page` path),
 * extracted and checked by the same library calls as `fine-print check`.
 * --verbose lists every false alarm, every missed `must` sentence, every wrong verdict and every calm page flagged.
 */
import { checkArticle } from '../lib/check-article';
import { reliability } from './calibration/fit';
import { englishArticles, loadLabelsOrExit, type LabelledArticle } from './real/pages';
import { percent, quoteMatches, scorePage, totalsOf, type PageAnswer, type PageScore } from './real/score';
import { analyzeInDetail } from '../lib/analyze';
import { analysisInputOf } from '../lib/analysis-input';
import { calibratedStrength } from '../lib/qualify/calibration';
import { isMuted } from '../lib/qualify/muted';

const USAGE = 'npm run eval:real -- <reader-labels folder> [--verbose] [--json]';

function answerOf({ article }: LabelledArticle): PageAnswer {
  if (!article) return { verdict: null, findings: [], notes: [] };
  const notes = article.notes.map((n) => n.text);
  const checked = checkArticle(article);
  if (!checked.ok) return { verdict: null, findings: [], notes };
  return { verdict: checked.analysis.verdict, findings: checked.analysis.findings, notes };
}

/** Every finding the detectors offer a page a reader could be shown, with whether the labels agree. */
function candidatesOf(pages: LabelledArticle[]): { strength: number; agreed: boolean }[] {
  const out: { strength: number; agreed: boolean }[] = [];
  for (const { label, article } of pages) {
    if (!article) continue;
    const bearing = [...label.evidence.map((e) => e.quote), ...label.notes.filter((n) => n.bears_on_headline).map((n) => n.quote)];
    const { analysis, candidates } = analyzeInDetail(analysisInputOf(article));
    for (const f of candidates) {
      if (isMuted(analysis.claim, f)) continue;
      out.push({ strength: calibratedStrength(f.kind, f.strength), agreed: bearing.some((q) => quoteMatches(q, f.text)) });
    }
  }
  return out;
}

function printVerbose(scores: PageScore[]) {
  const out = process.stdout;
  for (const s of scores) {
    const wrong = s.findings.filter((f) => !f.right);
    const missed = s.mustShown.filter((m) => !m.shown);
    if (s.verdictRight && !s.cryWolf && wrong.length === 0 && missed.length === 0) continue;
    out.write(`\n[${s.label.id.slice(0, 12)}] ${s.label.headline}\n`);
    const ok = [s.label.verdict, ...s.label.also_ok].join('/');
    // a calm page flagged counts as crying wolf even where its labels also accept the verdict
    const flag = s.verdictRight ? (s.cryWolf ? `  CRY-WOLF, a calm page (labelled ${ok})` : '') : `  WRONG, labelled ${ok}`;
    out.write(`  verdict ${s.answer.verdict ?? '(none)'}${flag}\n`);
    for (const f of wrong) out.write(`  false alarm (${f.kind}): ${f.text}\n`);
    for (const m of missed) out.write(`  missed must: ${m.quote}\n`);
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const { labels, corpus } = loadLabelsOrExit(args.find((a) => !a.startsWith('--')), USAGE);
  const pages = await englishArticles(labels, corpus);
  const scores = pages.map((p) => scorePage(p.label, answerOf(p)));
  const t = totalsOf(scores);
  const bands = reliability(candidatesOf(pages));
  if (args.includes('--json')) {
    const kinds = Object.fromEntries([...t.precisionByKind].map(([k, r]) => [k, r]));
    process.stdout.write(`${JSON.stringify({ ...t, precisionByKind: kinds, reliability: bands }, null, 2)}\n`);
    return 0;
  }
  const out = process.stdout;
  out.write(`reader labels: ${t.pages} English pages\n`);
  out.write(`verdicts right      ${percent(t.verdicts)}\n`);
  out.write(`finding precision   ${percent(t.precision)}\n`);
  out.write(`must-recall         ${percent(t.mustRecall)}\n`);
  out.write(`cry-wolf            ${percent(t.cryWolf)}\n`);
  out.write(`missed              ${percent(t.missed)}\n`);
  out.write(`notes recall        ${percent(t.noteRecall)}\n`);
  out.write(`notes precision     ${percent(t.notePrecision)}\n`);
  out.write('precision by kind\n');
  for (const [kind, r] of [...t.precisionByKind].sort((a, b) => b[1].of - a[1].of)) out.write(`  ${kind.padEnd(14)} ${percent(r)}\n`);
  out.write('calibration: every finding offered, by calibrated strength (shown from 0.5)\n');
  for (const b of bands) {
    if (b.count === 0) continue;
    out.write(`  ${b.lo.toFixed(1)}–${b.hi.toFixed(1)}  ${String(b.count).padStart(3)} offered, mean strength ${b.meanStrength.toFixed(2)}, readers agree ${percent({ hit: b.agreed, of: b.count })}\n`);
  }
  if (args.includes('--verbose')) printVerbose(scores);
  return 0;
}

process.exitCode = await main();
