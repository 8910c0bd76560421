import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Relation } from '../lib/types';

/** The corpus's 0–3 strengths in the product's words. */
export const RELATIONS: Relation[] = ['none', 'correlation', 'conditional-cause', 'cause'];

export interface LabelledSentence {
  text: string;
  relation: Relation;
}

/** One press release's main conclusion beside its paper abstract's, with each side's strength. */
export interface SciencePair {
  id: string;
  pressRelease: LabelledSentence;
  abstract: LabelledSentence;
  label: 'same' | 'exaggerates' | 'downplays';
}

export interface ScienceData {
  pubmed: LabelledSentence[];
  pairs: SciencePair[];
}

function relationOf(strength: unknown): Relation | null {
  const n = Number(strength);
  return Number.isInteger(n) && n >= 0 && n < RELATIONS.length ? RELATIONS[n]! : null;
}

/** Reads pubmed_claim_strength.csv and insciout_train.jsonl; exits with a plain message when either is missing. */
export function loadScienceOrExit(folder: string | undefined, usage: string): ScienceData {
  const csv = folder ? join(folder, 'pubmed_claim_strength.csv') : '';
  const jsonl = folder ? join(folder, 'insciout_train.jsonl') : '';
  if (!folder || !existsSync(csv) || !existsSync(jsonl)) {
    process.stderr.write(`${folder ? `science-claims folder not found or incomplete: ${folder} (needs pubmed_claim_strength.csv and insciout_train.jsonl)` : 'corpus folder missing'}\nusage: ${usage}\n`);
    process.exit(2);
  }
  const rows: Record<string, string>[] = parse(readFileSync(csv, 'utf8'), { columns: true, bom: true, skip_empty_lines: true });
  const pubmed = rows.flatMap((r) => {
    const relation = relationOf(r.label);
    return relation && r.sentence ? [{ text: r.sentence, relation }] : [];
  });
  const pairs = readFileSync(jsonl, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .flatMap((line): SciencePair[] => {
      const r = JSON.parse(line) as Record<string, unknown>;
      const pr = relationOf(r.press_release_strength);
      const ab = relationOf(r.abstract_strength);
      const label = r.exaggeration_label;
      if (!pr || !ab || (label !== 'same' && label !== 'exaggerates' && label !== 'downplays')) return [];
      return [{ id: String(r.original_file_id), pressRelease: { text: String(r.press_release_conclusion), relation: pr }, abstract: { text: String(r.abstract_conclusion), relation: ab }, label }];
    });
  return { pubmed, pairs };
}
