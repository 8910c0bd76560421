/**
 * Trains the stance model on FNC-1 and writes lib/stance/idf.json and lib/stance/weights.json,
 * and lib/qualify/rarity.json, the detectors' view of the same idf table.
 *   npm run train:stance -- <fnc1 folder> [--split claim|body] [--all] [--compare]
 * By default it trains on the claim clusters outside the held-out fifth (see scripts/fnc1.ts), so
 * that eval:stance scores the shipped weights on claims and bodies they never saw; --split body
 * holds out bodies only; --all trains on every pair. --compare prints the validation score of each
 * feature set in FEATURE_SETS and writes nothing.
 */
import { writeFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createBatchAnalyzer } from '../lib/analyze-batch';
import { DENSE_FEATURES, SPARSE_FAMILIES, SPARSE_FAMILIES_ALL, type SparseFamily } from '../lib/stance/features';
import { rarityTableOf } from '../lib/qualify/rarity';
import { countIdf } from '../lib/stance/idf';
import { createStanceKit, type StanceKit } from '../lib/stance/index';
import { STANCES } from '../lib/stance/labels';
import { argmax, DEFAULT_LEARN, learnStanceModel, tuneOffsetsOn, type Example } from '../lib/stance/learn';
import { confusion, f1PerClass, fncScore, macroF1 } from '../lib/stance/metrics';
import { rawProbabilities, shiftProbabilities, type StanceModel } from '../lib/stance/model';
import { contentStems, lowerWords } from '../lib/stance/words';
import { bodySide, byBody, claimClusters, claimSide, heldOutSplit, loadFnc1OrExit, pairInput, progress, splitKindOf, VALIDATION, type Fnc1Data, type Fnc1Pair, type PairSide, type SplitKind } from './fnc1';

/** Minimum documents a stem must appear in to be listed in the shipped idf table. */
const MIN_DF = 3;

/** Features of each pair exactly as the analyser computes them (claim, findings and all). */
export function examplesOf(pairs: Fnc1Pair[], data: Fnc1Data, kit: StanceKit): { pair: Fnc1Pair; example: Example }[] {
  // a generous budget: training must see every sentence, whatever else runs on the machine
  const analyzer = createBatchAnalyzer({ stance: kit, budgetMs: 5000, maxBodies: 8 });
  const tick = progress('features', pairs.length);
  return byBody(pairs).map((pair, i) => {
    const { features } = analyzer.analyzeInDetail(pairInput(pair, data.bodies), String(pair.bodyId));
    // the batch analyser reads pairs with the pair prior, which always computes the features
    if (!features) throw new Error('pair features missing: the batch analyser must read pairs as pairs');
    tick(i + 1);
    return { pair, example: { features: { dense: features.dense, sparse: features.sparse }, label: STANCES.indexOf(pair.stance) } };
  });
}

export function idfTableOf(pairs: Fnc1Pair[], data: Fnc1Data) {
  const docs: string[][] = [];
  for (const id of new Set(pairs.map((p) => p.bodyId))) docs.push(contentStems(lowerWords(data.bodies.get(id) ?? '')));
  for (const h of new Set(pairs.map((p) => p.headline))) docs.push(contentStems(lowerWords(h)));
  return countIdf(docs, MIN_DF);
}

export function scoreModel(model: StanceModel, examples: Example[], offsets = model.offsets) {
  const predicted = examples.map((e) => argmax(shiftProbabilities(rawProbabilities(model, e.features), offsets)));
  const m = confusion(examples.map((e) => e.label), predicted, STANCES.length);
  return { macroF1: macroF1(m), fnc: fncScore(m), matrix: m };
}

/** Seeds of the validation splits whose predictions are pooled to tune the offsets. */
const VALIDATION_SEEDS = [11, 13, 17];

/** A pair's side of one validation split inside the training part ('in' = validation). */
export type ValidationSide = (pair: Fnc1Pair, seed: number) => PairSide;

/** Validation by the same rule as the held-out split: whole claim clusters, or bodies. */
export function validationSideFor(kind: SplitKind, pairs: Fnc1Pair[]): ValidationSide {
  if (kind === 'body') return (p, seed) => (bodySide(p.bodyId, VALIDATION.folds, seed) === VALIDATION.fold ? 'in' : 'out');
  const clusters = claimClusters(pairs);
  return (p, seed) => claimSide(p, clusters, VALIDATION.folds, VALIDATION.fold, seed);
}

/**
 * Predictions on validation pairs inside the training part: for each of a few splits, fits on
 * the rest and predicts its validation fifth (pairs whose body and headline fall apart are in
 * neither). One small split alone holds too few disagree pairs, so they are pooled.
 */
export function validationPredictions(examples: { pair: Fnc1Pair; example: Example }[], side: ValidationSide, seeds = VALIDATION_SEEDS) {
  const raw: number[][] = [];
  const gold: number[] = [];
  for (const seed of seeds) {
    const fitted = learnStanceModel(DENSE_FEATURES, examples.filter((e) => side(e.pair, seed) === 'out').map((e) => e.example), DEFAULT_LEARN);
    for (const e of examples.filter((e) => side(e.pair, seed) === 'in')) {
      raw.push(rawProbabilities(fitted, e.example.features));
      gold.push(e.example.label);
    }
  }
  return { raw, gold };
}

export function pooledScore(raw: number[][], gold: number[], offsets: number[]) {
  const m = confusion(gold, raw.map((p) => argmax(shiftProbabilities(p, offsets))), STANCES.length);
  return { macroF1: macroF1(m), fnc: fncScore(m), matrix: m };
}

/** Tunes the decision offsets on the pooled validation predictions, then refits on all of it. */
export function fitWithOffsets(examples: { pair: Fnc1Pair; example: Example }[], trainedOn: string, side: ValidationSide, log = true, seeds = VALIDATION_SEEDS): StanceModel {
  const { raw, gold } = validationPredictions(examples, side, seeds);
  const offsets = tuneOffsetsOn(raw, gold);
  if (log) {
    process.stderr.write(
      `validation (${seeds.length} splits inside the training part, ${gold.length} pooled predictions): macro-F1 ${pooledScore(raw, gold, [0, 0, 0, 0]).macroF1.toFixed(4)} -> ${pooledScore(raw, gold, offsets).macroF1.toFixed(4)} with offsets [${offsets.join(', ')}]\n`,
    );
  }
  const model = learnStanceModel(DENSE_FEATURES, examples.map((e) => e.example), DEFAULT_LEARN, trainedOn);
  model.offsets = offsets;
  return model;
}

/** The dense features the model read before the claim-independent ones were added. */
const FIRST_DENSE = DENSE_FEATURES.slice(0, DENSE_FEATURES.indexOf('rel_neg_mismatch'));

/** Candidate feature sets: which dense features and which hashed families each keeps. */
export const FEATURE_SETS: { name: string; dense: string[]; sparse: SparseFamily[] }[] = [
  { name: 'first dense + hw hc bw', dense: FIRST_DENSE, sparse: ['hw', 'hc', 'bw'] },
  { name: 'all dense + hw hc bw', dense: DENSE_FEATURES, sparse: ['hw', 'hc', 'bw'] },
  { name: 'all dense + bw', dense: DENSE_FEATURES, sparse: ['bw'] },
  { name: 'all dense + bw rc hq', dense: DENSE_FEATURES, sparse: ['bw', 'rc', 'hq'] },
  { name: 'all dense + rc hq', dense: DENSE_FEATURES, sparse: ['rc', 'hq'] },
  { name: 'all dense + rc', dense: DENSE_FEATURES, sparse: ['rc'] },
  { name: 'all dense, no hashed', dense: DENSE_FEATURES, sparse: [] },
  { name: 'first dense + rc hq', dense: FIRST_DENSE, sparse: ['rc', 'hq'] },
];

/** Validation macro-F1 (claim clusters inside the training part) of each candidate feature set. */
function compareFeatureSets(examples: { pair: Fnc1Pair; example: Example }[], side: ValidationSide) {
  for (const set of FEATURE_SETS) {
    const keep = new Set(set.dense);
    const masked = examples.map(({ pair, example }) => ({
      pair,
      example: {
        label: example.label,
        features: {
          // a dropped dense feature is held constant, which the model cannot use
          dense: example.features.dense.map((v, i) => (keep.has(DENSE_FEATURES[i]) ? v : 0)),
          sparse: new Map([...example.features.sparse].filter(([name]) => (set.sparse as string[]).includes(name.slice(0, name.indexOf(':'))))),
        },
      },
    }));
    const { raw, gold } = validationPredictions(masked, side);
    const offsets = tuneOffsetsOn(raw, gold);
    const tuned = pooledScore(raw, gold, offsets);
    const f1 = f1PerClass(tuned.matrix);
    process.stdout.write(
      `${set.name.padEnd(28)} validation macro-F1 ${pooledScore(raw, gold, [0, 0, 0, 0]).macroF1.toFixed(4)} untuned, ${tuned.macroF1.toFixed(4)} tuned (agree ${f1[0].toFixed(3)} discuss ${f1[1].toFixed(3)} disagree ${f1[2].toFixed(3)} unrelated ${f1[3].toFixed(3)}), FNC ${(tuned.fnc * 100).toFixed(2)}%\n`,
    );
  }
}

function main() {
  const args = process.argv.slice(2);
  const all = args.includes('--all');
  const kind = splitKindOf(args);
  const data = loadFnc1OrExit(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--split'), 'npm run train:stance -- <fnc1 folder> [--split claim|body] [--all] [--compare]');
  const split = heldOutSplit(kind, data.pairs);
  const pairs = all ? data.pairs : split.training;
  const trainedOn = all
    ? `all ${data.pairs.length} FNC-1 training pairs`
    : `${pairs.length} FNC-1 pairs outside the held-out ${kind === 'claim' ? 'claim clusters' : 'bodies'} (${split.description})`;
  process.stderr.write(`training on ${trainedOn}\n`);
  const table = idfTableOf(pairs, data);
  const compare = args.includes('--compare');
  const kit = createStanceKit(table, null, compare ? SPARSE_FAMILIES_ALL : SPARSE_FAMILIES);
  const examples = examplesOf(pairs, data, kit);
  const side = validationSideFor(all ? 'claim' : kind, pairs);
  if (compare) return compareFeatureSets(examples, side);
  const model = fitWithOffsets(examples, trainedOn, side);
  model.sparse = [...SPARSE_FAMILIES];
  const idfPath = fileURLToPath(new URL('../lib/stance/idf.json', import.meta.url));
  const weightsPath = fileURLToPath(new URL('../lib/stance/weights.json', import.meta.url));
  writeFileSync(idfPath, JSON.stringify(table) + '\n');
  writeFileSync(weightsPath, JSON.stringify(model) + '\n');
  writeFileSync(fileURLToPath(new URL('../lib/qualify/rarity.json', import.meta.url)), JSON.stringify(rarityTableOf(table)) + '\n');
  const kb = (p: string) => (statSync(p).size / 1024).toFixed(0);
  process.stdout.write(`wrote ${weightsPath} (${kb(weightsPath)} KB) and ${idfPath} (${kb(idfPath)} KB)\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
