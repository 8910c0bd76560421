/**
 * Scores readRelation (lib/claim/relation.ts) and readExaggeration (lib/claim/exaggeration.ts)
 * on the science-claims corpus.
 *   npm run eval:science -- <science-claims folder>
 * Relation: macro-F1 over none / correlation / conditional-cause / cause, in 5-fold CV on PubMed,
 * and on the InSciOut press-release and abstract sentences both from PubMed alone and from the
 * shipped recipe (PubMed plus the other InSciOut studies) in 5-fold CV by study.
 * Exaggeration: precision, recall and F1 of `exaggerates` on the InSciOut pairs, the press
 * release read as the headline and the abstract's conclusion as the body, beside saying
 * "exaggerates" to every pair. Last, the pairs through the whole analysis (fullAnalysisOfPairs).
 */
import { analyze } from '../lib/analyze';
import { firmestRelation as firmest, readExaggeration } from '../lib/claim/exaggeration';
import { bestClass, loadLinearModel, type LinearModel } from '../lib/claim/linear-model';
import { readRelation, relationBy } from '../lib/claim/relation';
import { relationFeatures } from '../lib/claim/relation-features';
import { splitSentences } from '../lib/text/sentences';
import type { Relation } from '../lib/types';
import { groupedFolds, meanSd } from './learn/folds';
import { classify } from './learn/report';
import { fitRelation, pairExamples, pubmedExamples } from './relation-model';
import { loadScienceOrExit, RELATIONS, type LabelledSentence, type SciencePair } from './science';

const FOLDS = 5;
const SEEDS = [1, 2, 3];

type Reader = (sentence: string) => Relation;

const f3 = (x: number) => x.toFixed(3);

function relationLine(title: string, gold: readonly LabelledSentence[], said: readonly Relation[], spread?: { mean: number; sd: number }): string {
  const r = classify(RELATIONS, gold.map((s) => RELATIONS.indexOf(s.relation)), said.map((s) => RELATIONS.indexOf(s)));
  const perClass = RELATIONS.map((c, i) => `${c} ${f3(r.perClass[i]!.f1)}`).join(', ');
  const folds = spread ? `; per fold ${f3(spread.mean)} ± ${f3(spread.sd)}` : '';
  return `  ${title}: macro-F1 ${f3(r.macroF1)} (${perClass}); accuracy ${f3(r.accuracy)}${folds}`;
}

const readerOf = (model: LinearModel<Relation>): Reader => (sentence) => relationBy(model, sentence);
// the model's own answer, without readRelation's reading of a denied relation as none
const modelAloneOf = (model: LinearModel<Relation>): Reader => (sentence) => bestClass(model, relationFeatures(sentence));

/** PubMed in 5-fold CV, trained on PubMed alone; said[i] for sentence i, per reader. */
function pubmedCv(pubmed: readonly LabelledSentence[]) {
  const examples = pubmedExamples(pubmed);
  const folds = groupedFolds(examples.map((e) => e.group), FOLDS, SEEDS[0]!);
  const said = { alone: new Array<Relation>(pubmed.length), read: new Array<Relation>(pubmed.length) };
  const perFold = { alone: [] as number[], read: [] as number[] };
  for (let k = 0; k < FOLDS; k++) {
    const model = loadLinearModel(fitRelation(examples.filter((_, i) => folds[i] !== k), 'cv'));
    const test = pubmed.map((_, i) => i).filter((i) => folds[i] === k);
    for (const [key, reader] of [['alone', modelAloneOf(model)], ['read', readerOf(model)]] as const) {
      for (const i of test) said[key][i] = reader(pubmed[i]!.text);
      perFold[key].push(classify(RELATIONS, test.map((i) => RELATIONS.indexOf(pubmed[i]!.relation)), test.map((i) => RELATIONS.indexOf(said[key][i]!))).macroF1);
    }
  }
  return { said, spread: { alone: meanSd(perFold.alone), read: meanSd(perFold.read) } };
}

interface PairReading {
  pressRelease: Relation;
  /** One relation per sentence of the abstract's conclusion (its label is scored against the firmest). */
  abstract: Relation[];
}

const readPair = (pair: SciencePair, read: Reader): PairReading => ({
  pressRelease: read(pair.pressRelease.text),
  abstract: splitSentences(pair.abstract.text).map(read),
});

interface CvRun {
  seed: number;
  folds: number[];
  readings: PairReading[];
}

/** Each pair read by the shipped recipe fitted without its study, for several fold seeds. */
function insciOutCv(data: ReturnType<typeof loadScienceOrExit>): CvRun[] {
  const pubmed = pubmedExamples(data.pubmed);
  const runs: CvRun[] = [];
  for (const seed of SEEDS) {
    const folds = groupedFolds(data.pairs.map((p) => p.id), FOLDS, seed);
    const readings = new Array<PairReading>(data.pairs.length);
    for (let k = 0; k < FOLDS; k++) {
      const model = loadLinearModel(fitRelation([...pubmed, ...pairExamples(data.pairs.filter((_, i) => folds[i] !== k))], 'cv'));
      data.pairs.forEach((p, i) => {
        if (folds[i] === k) readings[i] = readPair(p, readerOf(model));
      });
    }
    runs.push({ seed, folds, readings });
  }
  return runs;
}

/** Macro-F1 of one side of the pairs, per fold of every run. */
function foldSpread(pairs: readonly SciencePair[], runs: readonly CvRun[], side: 'pressRelease' | 'abstract') {
  const scores = runs.flatMap(({ folds, readings }) =>
    Array.from({ length: FOLDS }, (_, k) => {
      const idx = pairs.map((_, i) => i).filter((i) => folds[i] === k);
      const said = idx.map((i) => (side === 'pressRelease' ? readings[i]!.pressRelease : firmest(readings[i]!.abstract)));
      return classify(RELATIONS, idx.map((i) => RELATIONS.indexOf(pairs[i]![side].relation)), said.map((r) => RELATIONS.indexOf(r))).macroF1;
    }),
  );
  return meanSd(scores);
}

function exaggerationLine(title: string, pairs: readonly SciencePair[], says: (i: number) => boolean): string {
  let [tp, fp, fn] = [0, 0, 0];
  pairs.forEach((p, i) => {
    const gold = p.label === 'exaggerates';
    const said = says(i);
    if (gold && said) tp++;
    else if (said) fp++;
    else if (gold) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return `  ${title}: precision ${f3(precision)}, recall ${f3(recall)}, F1 ${f3(f1)} (${tp} of ${tp + fn} found, ${fp} false)`;
}

const exaggerates = (r: PairReading) => readExaggeration(r.pressRelease, r.abstract) !== null;

/**
 * The hook for the whole analysis: each pair through analyze (lib/analyze.ts), the press release
 * as the headline and the abstract's conclusion as the body. An exaggerating pair should come out
 * `qualified` with a `scope` finding; no pair about one study should be `unaddressed`.
 */
export function fullAnalysisOfPairs(pairs: readonly SciencePair[]) {
  let flagged = 0;
  let wrongly = 0;
  let unaddressed = 0;
  for (const p of pairs) {
    const { verdict, findings } = analyze({ headline: p.pressRelease.text, paragraphs: [p.abstract.text], notes: [] });
    if (verdict === 'unaddressed') unaddressed++;
    const said = verdict === 'qualified' && findings.some((f) => f.kind === 'scope');
    if (said && p.label === 'exaggerates') flagged++;
    else if (said) wrongly++;
  }
  const exaggerating = pairs.filter((p) => p.label === 'exaggerates').length;
  const precision = flagged + wrongly ? flagged / (flagged + wrongly) : 0;
  const recall = exaggerating ? flagged / exaggerating : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { flagged, wrongly, exaggerating, unaddressed, pairs: pairs.length, precision, recall, f1 };
}

function readSentences(sentences: readonly LabelledSentence[]) {
  for (const s of sentences) readRelation(s.text);
}

function main() {
  const data = loadScienceOrExit(process.argv[2], 'npm run eval:science -- <science-claims folder>');
  const { pubmed, pairs } = data;
  const out: string[] = [`${process.argv[2]}: ${pubmed.length} PubMed sentences, ${pairs.length} InSciOut pairs`];

  out.push('', `relation, PubMed, ${FOLDS}-fold CV trained on PubMed alone (published: BioBERT 0.883):`);
  const cv = pubmedCv(pubmed);
  out.push(relationLine("the model alone (PubMed's scheme: a denied relation keeps its kind)", pubmed, cv.said.alone, cv.spread.alone));
  out.push(relationLine('readRelation (a denied relation is none, as press releases are coded)', pubmed, cv.said.read, cv.spread.read));

  const pubmedOnly = readerOf(loadLinearModel(fitRelation(pubmedExamples(pubmed), 'all PubMed')));
  const pubmedReadings = pairs.map((p) => readPair(p, pubmedOnly));
  out.push('', 'relation, InSciOut sentences, trained on PubMed alone:');
  out.push(relationLine('press releases', pairs.map((p) => p.pressRelease), pubmedReadings.map((r) => r.pressRelease)));
  out.push(relationLine('abstracts', pairs.map((p) => p.abstract), pubmedReadings.map((r) => firmest(r.abstract))));

  const runs = insciOutCv(data);
  out.push('', `relation, InSciOut sentences, the shipped recipe (PubMed + the other studies) in ${FOLDS}-fold CV by study x ${SEEDS.length} seeds (pooled: first seed):`);
  const first = runs[0]!.readings;
  out.push(relationLine('press releases', pairs.map((p) => p.pressRelease), first.map((r) => r.pressRelease), foldSpread(pairs, runs, 'pressRelease')));
  out.push(relationLine('abstracts', pairs.map((p) => p.abstract), first.map((r) => firmest(r.abstract)), foldSpread(pairs, runs, 'abstract')));
  const shipped = pairs.map((p) => readPair(p, readRelation));
  out.push(relationLine('shipped weights, trained on these sentences (not an estimate): press releases', pairs.map((p) => p.pressRelease), shipped.map((r) => r.pressRelease)));

  out.push('', 'exaggeration, InSciOut pairs (press release = headline, abstract conclusion = body), readExaggeration:');
  for (const { seed, readings } of runs) out.push(exaggerationLine(`relations from the shipped recipe in CV by study, seed ${seed}`, pairs, (i) => exaggerates(readings[i]!)));
  out.push(exaggerationLine('relations from PubMed alone', pairs, (i) => exaggerates(pubmedReadings[i]!)));
  out.push(exaggerationLine('the labelled relations (the rule itself)', pairs, (i) => exaggerates({ pressRelease: pairs[i]!.pressRelease.relation, abstract: [pairs[i]!.abstract.relation] })));
  out.push(exaggerationLine('baseline: "exaggerates" to every pair', pairs, () => true));

  readSentences(pubmed);
  const started = performance.now();
  readSentences(pubmed);
  out.push('', `cost: readRelation ${(((performance.now() - started) * 1000) / pubmed.length).toFixed(1)} µs a PubMed sentence (Node, after a warm-up)`);

  const full = fullAnalysisOfPairs(pairs);
  out.push('', 'the whole analysis (analyze), InSciOut pairs:');
  out.push(`  exaggerating pairs called qualified with a scope finding: ${full.flagged} of ${full.exaggerating}; other pairs so called: ${full.wrongly}`);
  out.push(`  exaggeration through the analysis: P ${f3(full.precision)} R ${f3(full.recall)} F1 ${f3(full.f1)}`);
  out.push(`  pairs about one study called unaddressed: ${full.unaddressed} of ${full.pairs}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
