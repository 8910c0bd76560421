import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { hashName } from '../lib/stance/hash';
import type { HeadlineStance } from '../lib/types';

/** One Emergent headline: the claim it is about and how journalists read its stance. */
export interface EmergentHeadline {
  claim: string;
  headline: string;
  stance: HeadlineStance;
}

// Emergent's labels in the product's words
const STANCE_OF_LABEL: Record<string, HeadlineStance> = { for: 'asserts', observing: 'reports', against: 'denies' };

/** Reads train.csv (claimHeadline, articleHeadline, articleHeadlineStance); exits with a plain message when it is not there. */
export function loadEmergentOrExit(folder: string | undefined, usage: string): EmergentHeadline[] {
  const file = folder ? join(folder, 'train.csv') : '';
  if (!folder || !existsSync(file)) {
    process.stderr.write(`${folder ? `Emergent folder not found or incomplete: ${folder} (needs train.csv)` : 'corpus folder missing'}\nusage: ${usage}\n`);
    process.exit(2);
  }
  const rows: Record<string, string>[] = parse(readFileSync(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true });
  return rows
    .filter((r) => Object.hasOwn(STANCE_OF_LABEL, r.articleHeadlineStance ?? '') && r.articleHeadline)
    .map((r) => ({ claim: r.claimHeadline ?? '', headline: r.articleHeadline!, stance: STANCE_OF_LABEL[r.articleHeadlineStance!]! }));
}

/**
 * The claims kept apart while the stance cues were written (one in five, by a hash of the claim):
 * their headlines score the cues on wording they were not built from.
 */
export function isHeldOutClaim(claim: string): boolean {
  return hashName(claim) % 5 === 0;
}
