/**
 * Scores readStance (lib/claim/stance.ts) on Emergent's journalist-labelled headlines.
 *   npm run eval:stance-headlines -- <emergent folder> [--errors N]
 * Emergent's for / observing / against are asserts / reports / denies. The cues were written
 * from the headlines of four claims in five; the fifth (scripts/emergent.ts isHeldOutClaim) is
 * scored apart as the honest estimate. Also printed: the claim reader's fields before stance
 * existed, mapped to the three classes, and a learned alternative (logistic regression over the
 * same cues plus words and word pairs) in 5-fold cross-validation grouped by claim, the shape
 * it would have to beat to be worth shipping.
 */
import { readClaim } from '../lib/claim/index';
import { STANCE_CUES } from '../lib/claim/stance-cues';
import { readRelation } from '../lib/claim/relation';
import { attributionWord, readStance } from '../lib/claim/stance';
import { classScores, loadLinearModel } from '../lib/claim/linear-model';
import { modelTokens, wordFeatures } from '../lib/claim/word-features';
import { readModality } from '../lib/claim/modality';
import { normalizeText } from '../lib/text/normalize';
import type { Claim, HeadlineStance } from '../lib/types';
import { isHeldOutClaim, loadEmergentOrExit, type EmergentHeadline } from './emergent';
import { groupedFolds, meanSd } from './learn/folds';
import { classify, formatClassified } from './learn/report';
import { fitSoftmax, type SoftmaxOptions } from './learn/softmax';

const CLASSES: HeadlineStance[] = ['asserts', 'reports', 'denies'];
const FOLDS = 5;
const SEEDS = [1, 2, 3];
const LEARNED: SoftmaxOptions = { minCount: 2, minGroups: 1, maxFeatures: 3000, l2: 1e-3, steps: 300, rate: 0.05, balance: 0.5, prune: 0.01 };

interface Row {
  item: EmergentHeadline;
  claim: Claim;
  gold: number;
}

// the claim reader's fields as they stood before it read stance
function presentFields(row: Row): HeadlineStance {
  const c = row.claim;
  if (c.negated || /\b(?:hoax|fake|false|debunk\w*)\b/i.test(c.headline)) return 'denies';
  return c.attribution || c.question || c.modality === 'possible' ? 'reports' : 'asserts';
}

/** The learned alternative's input: the same cues and signals readStance reads, then words. */
export function learnedFeatures(claim: Claim): string[] {
  const text = normalizeText(claim.headline);
  const folded = text.toLowerCase();
  const out = STANCE_CUES.filter((cue) => cue.pattern.test(folded)).map((cue) => `cue:${cue.name}`);
  if (claim.attribution) out.push(`source:${attributionWord(folded, claim.attribution) ?? '?'}`);
  if (claim.question) out.push('question');
  out.push(`modality:${readModality(text, false)}`);
  return [...out, ...wordFeatures(modelTokens(text))];
}

function perFold(rows: Row[], predict: (train: Row[]) => (row: Row) => number) {
  const accuracies: number[] = [];
  const pooled: { gold: number[]; said: number[] } = { gold: [], said: [] };
  for (const seed of SEEDS) {
    const folds = groupedFolds(rows.map((r) => r.item.claim), FOLDS, seed);
    for (let k = 0; k < FOLDS; k++) {
      const test = rows.filter((_, i) => folds[i] === k);
      const guess = predict(rows.filter((_, i) => folds[i] !== k));
      const said = test.map(guess);
      accuracies.push(said.filter((s, i) => s === test[i]!.gold).length / test.length);
      if (seed === SEEDS[0]) test.forEach((r, i) => (pooled.gold.push(r.gold), pooled.said.push(said[i]!)));
    }
  }
  return { ...meanSd(accuracies), pooled: classify(CLASSES, pooled.gold, pooled.said) };
}

/** Microseconds readStance and readRelation add to reading one headline, after a warm-up. */
function costPerHeadline(rows: Row[]): number {
  const read = () => {
    for (const { claim } of rows) readStance(claim.headline, claim), readRelation(claim.headline);
  };
  read();
  const rounds = 5;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) read();
  return ((performance.now() - started) * 1000) / (rounds * rows.length);
}

function main() {
  const args = process.argv.slice(2);
  const folder = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  const errorsAt = args.indexOf('--errors');
  const showErrors = errorsAt >= 0 ? Number(args[errorsAt + 1]) || 20 : 0;
  const items = loadEmergentOrExit(folder, 'npm run eval:stance-headlines -- <emergent folder> [--errors N]');
  const rows: Row[] = items.map((item) => ({ item, claim: readClaim(item.headline), gold: CLASSES.indexOf(item.stance) }));
  const said = (r: Row) => CLASSES.indexOf(r.claim.stance);
  const out: string[] = [];
  const section = (title: string, gold: number[], guess: number[]) => out.push('', title, formatClassified(CLASSES, classify(CLASSES, gold, guess)));

  const heldOut = rows.filter((r) => isHeldOutClaim(r.item.claim));
  const dev = rows.filter((r) => !isHeldOutClaim(r.item.claim));
  const claimsOf = (rs: Row[]) => new Set(rs.map((r) => r.item.claim)).size;
  out.push(`${folder}: ${rows.length} headlines about ${claimsOf(rows)} claims`);
  section(`readStance, held-out claims (${heldOut.length} headlines, ${claimsOf(heldOut)} claims the cues were not written from): the estimate`, heldOut.map((r) => r.gold), heldOut.map(said));
  section(`readStance, the claims the cues were written from (${dev.length} headlines, ${claimsOf(dev)} claims; optimistic)`, dev.map((r) => r.gold), dev.map(said));
  const rulesFolds = perFold(rows, () => said);
  out.push('', `readStance per fold, ${FOLDS} folds by claim x ${SEEDS.length} seeds, all headlines: accuracy ${rulesFolds.mean.toFixed(3)} ± ${rulesFolds.sd.toFixed(3)}`);
  out.push(formatClassified(CLASSES, rulesFolds.pooled));
  section('baseline: the claim reader\'s fields before stance (attribution, "may", question -> reports; negation, "hoax" -> denies), held-out claims', heldOut.map((r) => r.gold), heldOut.map((r) => CLASSES.indexOf(presentFields(r))));

  const features = new Map(rows.map((r) => [r, learnedFeatures(r.claim)]));
  const learned = perFold(dev, (train) => {
    const model = loadLinearModel(fitSoftmax(CLASSES, train.map((r) => ({ features: features.get(r)!, label: r.gold, group: r.item.claim })), LEARNED, 'cv'));
    return (r) => {
      const s = classScores(model, features.get(r)!);
      return s.indexOf(Math.max(...s));
    };
  });
  const rulesDev = perFold(dev, () => said);
  out.push('', `learned alternative vs readStance, ${FOLDS}-fold CV by claim x ${SEEDS.length} seeds on the claims the cues were written from:`);
  out.push(`  logistic regression (cues + words + word pairs): accuracy ${learned.mean.toFixed(3)} ± ${learned.sd.toFixed(3)}`);
  out.push(`  readStance (cues, no fitting):                    accuracy ${rulesDev.mean.toFixed(3)} ± ${rulesDev.sd.toFixed(3)}`);
  out.push('  the logistic regression, pooled over the first seed\'s folds:', formatClassified(CLASSES, learned.pooled));

  out.push('', `cost: readStance + readRelation ${costPerHeadline(rows).toFixed(1)} µs a headline (Node, after a warm-up)`);

  if (showErrors) {
    out.push('', `held-out errors (first ${showErrors}): gold -> said`);
    for (const r of heldOut.filter((r) => said(r) !== r.gold).slice(0, showErrors)) out.push(`  ${r.item.stance} -> ${r.claim.stance}: ${r.item.headline}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
