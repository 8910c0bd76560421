/**
 * Measures the cue tagger as "is this sentence uncertain" on the Szeged Uncertainty Corpus,
 * the CoNLL-2010 task 1 measure (a sentence is uncertain when it carries a speculation cue).
 *   npm run eval:cues -- <uncertainty folder> [--words]
 * Each *.jsonl file of the folder is scored on its own; --words lists the cue words that cost
 * most precision (tagged in certain sentences) and the labelled cues most often missed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { tagCues, UNCERTAIN_KINDS } from '../lib/cues/tagger';

interface Sentence {
  text: string;
  uncertain: boolean;
  cues: { type: string; text: string }[];
}

const USAGE = 'usage: npm run eval:cues -- <uncertainty folder> [--words]';

async function* sentences(file: string): AsyncGenerator<Sentence> {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line.trim()) yield JSON.parse(line) as Sentence;
}

function top(counts: Map<string, number>, n: number): string {
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n).map(([w, c]) => `${w} ${c}`).join(', ');
}

async function scoreFile(file: string, words: boolean) {
  let [tp, fp, fn, n] = [0, 0, 0, 0];
  const costly = new Map<string, number>();
  const missed = new Map<string, number>();
  for await (const s of sentences(file)) {
    n++;
    const cues = tagCues(s.text).filter((c) => UNCERTAIN_KINDS.has(c.kind));
    const said = cues.length > 0;
    if (said && s.uncertain) tp++;
    else if (said) {
      fp++;
      for (const c of cues) {
        const key = `${c.kind}:${c.text.toLowerCase()}`;
        costly.set(key, (costly.get(key) ?? 0) + 1);
      }
    } else if (s.uncertain) {
      fn++;
      for (const c of s.cues) missed.set(c.text.toLowerCase(), (missed.get(c.text.toLowerCase()) ?? 0) + 1);
    }
  }
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  process.stdout.write(`${file.split('/').pop()!.padEnd(16)} ${String(n).padStart(6)} sentences  P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}\n`);
  if (words) {
    process.stdout.write(`  costly: ${top(costly, 15)}\n  missed: ${top(missed, 15)}\n`);
  }
  return { tp, fp, fn };
}

async function main() {
  const args = process.argv.slice(2);
  const folder = args.find((a) => !a.startsWith('--'));
  if (!folder || !existsSync(folder)) {
    process.stderr.write(`eval-cues: ${folder ? `"${folder}" not found` : 'corpus folder missing'}\n${USAGE}\n`);
    process.exit(2);
  }
  const files = readdirSync(folder).filter((f) => f.endsWith('.jsonl')).sort();
  if (files.length === 0) {
    process.stderr.write(`eval-cues: no .jsonl files in "${folder}"\n${USAGE}\n`);
    process.exit(2);
  }
  process.stdout.write('cue tagger, "is this sentence uncertain" (hedge, condition or uncertainty cue found)\n');
  for (const f of files) await scoreFile(join(folder, f), args.includes('--words'));
}

await main();
