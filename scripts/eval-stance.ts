/**
 * Scores the shipped analysis on FNC-1 pairs the shipped weights never saw.
 *   npm run eval:stance -- <fnc1 folder> [--split claim|body] [--kfold K] [--limit N]
 * By default the held-out pairs are whole claim clusters (new headlines and new bodies, as in the
 * competition's test set); --split body holds out bodies only, whose headlines recur in training.
 * The weights must have been trained with the same split (npm run train:stance -- <folder> --split ...).
 * The held-out pairs go through createBatchAnalyzer (lib/analyze-batch.ts), the same library
 * call as `fine-print batch`; the verdict a reader would see is what is scored.
 * --kfold K also cross-validates the model alone over K folds of claim clusters (or bodies).
 */
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/analyze';
import { createBatchAnalyzer } from '../lib/analyze-batch';
import { shippedStanceKit, createStanceKit } from '../lib/stance/index';
import { STANCE_OF_VERDICT, STANCES, VERDICT_OF_STANCE } from '../lib/stance/labels';
import { argmax, type Example } from '../lib/stance/learn';
import { confusion, f1PerClass, fncScore, macroF1 } from '../lib/stance/metrics';
import { byBody, bodySide, claimClusters, claimSide, heldOutSplit, loadFnc1OrExit, pairInput, progress, splitKindOf, type Fnc1Pair, type SplitKind } from './fnc1';
import { examplesOf, fitWithOffsets, idfTableOf, scoreModel, validationSideFor } from './train-stance';

function printScores(title: string, matrix: number[][]) {
  const out = process.stdout;
  out.write(`\n${title}\n`);
  out.write(`confusion (rows gold, columns predicted)\n`);
  out.write(`${''.padEnd(11)}${STANCES.map((s) => s.padStart(10)).join('')}\n`);
  matrix.forEach((row, i) => out.write(`${STANCES[i].padEnd(11)}${row.map((n) => String(n).padStart(10)).join('')}\n`));
  const f1 = f1PerClass(matrix);
  out.write(`F1         ${f1.map((f) => f.toFixed(3).padStart(10)).join('')}\n`);
  out.write(`macro-F1 ${macroF1(matrix).toFixed(4)}   FNC score ${(fncScore(matrix) * 100).toFixed(2)}% of max\n`);
}

function heldOutEval(pairs: Fnc1Pair[], bodies: Map<number, string>, kind: SplitKind, description: string) {
  const kit = shippedStanceKit();
  if (!kit.model) {
    process.stderr.write('no trained weights in lib/stance/weights.json: run npm run train:stance first\n');
    process.exit(2);
  }
  const expected = kind === 'claim' ? 'outside the held-out claim clusters' : 'outside the held-out bodies';
  if (!kit.model.trainedOn.includes(expected)) {
    process.stderr.write(`warning: the shipped weights were trained on ${kit.model.trainedOn.split(' (')[0]}, not ${expected}; these held-out figures are not honest\n`);
  }
  const analyzer = createBatchAnalyzer();
  const ordered = byBody(pairs);
  const gold: number[] = [];
  const verdicts: number[] = [];
  const modelOnly: number[] = [];
  let truncated = 0;
  const tick = progress('held-out', ordered.length);
  const start = performance.now();
  ordered.forEach((pair, i) => {
    const { analysis, probabilities } = analyzer.analyzeInDetail(pairInput(pair, bodies), String(pair.bodyId));
    gold.push(STANCES.indexOf(pair.stance));
    verdicts.push(STANCES.indexOf(STANCE_OF_VERDICT[analysis.verdict]));
    modelOnly.push(probabilities ? argmax(STANCES.map((s) => probabilities[VERDICT_OF_STANCE[s]])) : 3);
    if (analysis.truncated) truncated++;
    tick(i + 1);
  });
  const seconds = (performance.now() - start) / 1000;
  const bodyCount = new Set(pairs.map((p) => p.bodyId)).size;
  process.stdout.write(`split: ${description}\n`);
  const headlineCount = new Set(pairs.map((p) => p.headline)).size;
  process.stdout.write(`held out: ${pairs.length} pairs over ${bodyCount} bodies and ${headlineCount} headlines; model trained on ${kit.model.trainedOn.split(' (')[0]}\n`);
  process.stdout.write(`path: lib/analyze-batch.ts createBatchAnalyzer().analyze, as the CLI's batch command calls it\n`);
  process.stdout.write(
    `speed: ${(pairs.length / seconds).toFixed(0)} pairs/s (${seconds.toFixed(1)} s, ${bodyCount} bodies prepared once each, one thread); truncated at budget: ${truncated}\n`,
  );
  printScores('verdicts shown to the reader (model choice checked against the findings)', confusion(gold, verdicts, 4));
  printScores('model alone (its top class, before the findings check)', confusion(gold, modelOnly, 4));
}

/** Median time of one full analysis of the held-out body nearest 2,000 words, compromise loaded. */
function articleTiming(pairs: Fnc1Pair[], bodies: Map<number, string>) {
  const words = (id: number) => (bodies.get(id) ?? '').split(/\s+/).length;
  const pair = pairs.reduce((best, p) => (Math.abs(words(p.bodyId) - 2000) < Math.abs(words(best.bodyId) - 2000) ? p : best));
  const input = pairInput(pair, bodies);
  const kit = shippedStanceKit();
  const median = (f: () => void) => {
    f();
    const times = Array.from({ length: 15 }, () => {
      const t = performance.now();
      f();
      return performance.now() - t;
    }).sort((a, b) => a - b);
    return times[7].toFixed(1);
  };
  const whole = median(() => analyze(input, { budgetMs: 10_000 }));
  const stance = median(() => {
    const body = kit.prepareBody(input.paragraphs);
    kit.probabilities(kit.features(kit.prepareHeadline(input.headline), body, []));
  });
  process.stdout.write(
    `one article of ${words(pair.bodyId)} words: ${whole} ms median for the whole analysis (claim, detectors, model); ${stance} ms of it is the stance features and model\n`,
  );
}

function kfold(k: number, pairs: Fnc1Pair[], data: Parameters<typeof examplesOf>[1], kind: SplitKind) {
  process.stdout.write(
    `\n${k}-fold cross-validation by ${kind === 'claim' ? 'claim cluster' : 'body'} (model alone; each fold trains on the other folds, offsets tuned on one validation fifth inside them; idf from all pairs)\n`,
  );
  const clusters = claimClusters(pairs);
  const kit = createStanceKit(idfTableOf(pairs, data), null);
  const examples = examplesOf(pairs, data, kit);
  const total = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
  const scores: number[] = [];
  for (let fold = 0; fold < k; fold++) {
    const side = (e: { pair: Fnc1Pair }) =>
      kind === 'claim' ? claimSide(e.pair, clusters, k, fold, 23) : bodySide(e.pair.bodyId, k, 23) === fold ? 'in' : 'out';
    const training = examples.filter((e) => side(e) === 'out');
    const model = fitWithOffsets(training, `fold ${fold}`, validationSideFor(kind, training.map((e) => e.pair)), false, [11]);
    const test: Example[] = examples.filter((e) => side(e) === 'in').map((e) => e.example);
    const { matrix, macroF1: f } = scoreModel(model, test);
    scores.push(f);
    matrix.forEach((row, i) => row.forEach((n, j) => (total[i][j] += n)));
    process.stdout.write(`fold ${fold}: ${test.length} pairs, macro-F1 ${f.toFixed(4)}, disagree F1 ${f1PerClass(matrix)[2].toFixed(3)}\n`);
  }
  const mean = scores.reduce((a, b) => a + b, 0) / k;
  const sd = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / k);
  process.stdout.write(`mean macro-F1 over folds ${mean.toFixed(4)} ± ${sd.toFixed(4)}\n`);
  printScores(`${k} folds pooled`, total);
}

function main() {
  const args = process.argv.slice(2);
  const usage = 'npm run eval:stance -- <fnc1 folder> [--split claim|body] [--kfold K] [--limit N]';
  const valueOf = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? Number(args[i + 1]) : null;
  };
  const folder = args.find((a, i) => !a.startsWith('--') && !['--kfold', '--limit', '--split'].includes(args[i - 1] ?? ''));
  const data = loadFnc1OrExit(folder, usage);
  const limit = valueOf('--limit');
  const kind = splitKindOf(args);
  const { heldOut, description } = heldOutSplit(kind, data.pairs);
  heldOutEval(limit ? heldOut.slice(0, limit) : heldOut, data.bodies, kind, description);
  articleTiming(heldOut, data.bodies);
  const k = valueOf('--kfold');
  if (k && k >= 2) kfold(k, data.pairs, data, kind);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
