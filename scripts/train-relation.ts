/**
 * Trains readRelation's model and writes lib/claim/relation-weights.json.
 *   npm run train:relation -- <science-claims folder>
 * On all 3,061 PubMed sentences and both sides of the 100 InSciOut pairs (scripts/relation-model.ts).
 * The fit is full-batch and deterministic: the same data give the same file.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fitRelation, IN_DOMAIN_WEIGHT, pairExamples, pubmedExamples } from './relation-model';
import { loadScienceOrExit } from './science';

const data = loadScienceOrExit(process.argv[2], 'npm run train:relation -- <science-claims folder>');
const model = fitRelation(
  [...pubmedExamples(data.pubmed), ...pairExamples(data.pairs)],
  `${data.pubmed.length} PubMed sentences and ${data.pairs.length * 2} InSciOut sentences (weight ${IN_DOMAIN_WEIGHT} each)`,
);
const path = fileURLToPath(new URL('../lib/claim/relation-weights.json', import.meta.url));
const text = `${JSON.stringify(model)}\n`;
writeFileSync(path, text);
process.stdout.write(`wrote ${path}: ${Object.keys(model.weights).length} features, ${(text.length / 1024).toFixed(1)} KB\n`);
