import type { Analysis, AnalysisInput, ExtractResult } from '../../lib/types';

const NOTE_KINDS = ['update', 'correction', 'clarification', 'editors-note', 'retraction'];
const PLACEMENTS = ['top', 'inline', 'bottom'];
const VERDICTS = ['supported', 'qualified', 'contradicted', 'unaddressed', 'no-claim'];
const FINDING_KINDS = ['note', 'uncertainty', 'hedge', 'attribution', 'contradiction', 'numbers', 'scope', 'quote', 'unaddressed'];
const MODALITIES = ['asserted', 'future', 'planned', 'possible', 'conditional'];
const TENSES = ['past', 'present', 'future'];

const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';
const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
const within01 = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;

/** A message a reader can take: one line of plain words, no stack frames, not a wall of text. */
export function isPlainMessage(text: unknown): boolean {
  return typeof text === 'string' && text.trim().length > 0 && !text.includes('\n') && !/\bat \S+ \(|\.ts:\d+|\.js:\d+/.test(text) && text.length <= 300;
}

/** Everything wrong with an extraction result's shape; empty when it is well formed. */
export function extractProblems(result: ExtractResult): string[] {
  const problems: string[] = [];
  if (!result || typeof result.ok !== 'boolean') return ['result has no ok flag'];
  if (!result.ok) {
    if (!isPlainMessage(result.error)) problems.push(`error is not one plain line: ${JSON.stringify(result.error).slice(0, 300)}`);
    return problems;
  }
  const a = result.article;
  for (const key of ['headline', 'dek', 'byline', 'published', 'modified', 'lang', 'url'] as const) {
    if (!isStringOrNull(a[key])) problems.push(`article.${key} is ${typeof a[key]}`);
  }
  if (a.headline !== null && !a.headline.trim()) problems.push('headline is an empty string');
  if (!Array.isArray(a.paragraphs) || a.paragraphs.length === 0) problems.push('an article without paragraphs');
  a.paragraphs?.forEach((p, i) => {
    if (typeof p.text !== 'string' || !p.text.trim()) problems.push(`paragraph ${i} has no text`);
    else if (p.text !== p.text.trim()) problems.push(`paragraph ${i} is not trimmed`);
    if (p.anchor !== null) {
      const { path, quote, prefix, suffix } = p.anchor;
      if (![path, quote, prefix, suffix].every((s) => typeof s === 'string')) problems.push(`paragraph ${i} anchor is malformed`);
      if (prefix.length > 64 || suffix.length > 64) problems.push(`paragraph ${i} anchor context over 64 characters`);
    }
  });
  a.notes?.forEach((n, i) => {
    if (!NOTE_KINDS.includes(n.kind)) problems.push(`note ${i} kind ${n.kind}`);
    if (!PLACEMENTS.includes(n.placement)) problems.push(`note ${i} placement ${n.placement}`);
    if (typeof n.text !== 'string' || !n.text.trim()) problems.push(`note ${i} has no text`);
    if (!isStringOrNull(n.date)) problems.push(`note ${i} date is ${typeof n.date}`);
  });
  if (!isStrings(a.credits)) problems.push('credits are not strings');
  return problems;
}

/** Everything wrong with an analysis of `input`; empty when it is well formed. */
export function analysisProblems(analysis: Analysis, input: AnalysisInput): string[] {
  const problems: string[] = [];
  if (!analysis || typeof analysis !== 'object') return ['no analysis'];
  if (!VERDICTS.includes(analysis.verdict)) problems.push(`verdict ${analysis.verdict}`);
  if (typeof analysis.summary !== 'string' || !analysis.summary.trim()) problems.push('no summary');
  if (typeof analysis.truncated !== 'boolean') problems.push('truncated is not a boolean');
  const c = analysis.claim;
  if (!c || typeof c.headline !== 'string') problems.push('claim has no headline');
  else {
    if (!MODALITIES.includes(c.modality)) problems.push(`claim modality ${c.modality}`);
    if (!TENSES.includes(c.tense)) problems.push(`claim tense ${c.tense}`);
    for (const key of ['subject', 'predicate', 'object', 'attribution'] as const) if (!isStringOrNull(c[key])) problems.push(`claim.${key} is ${typeof c[key]}`);
    for (const key of ['people', 'places', 'organizations', 'quotes', 'keywords'] as const) if (!isStrings(c[key])) problems.push(`claim.${key} is not strings`);
    if (c.keywords?.some((k) => k !== k.toLowerCase())) problems.push('claim keywords not lower-case');
    c.numbers?.forEach((n, i) => {
      if (typeof n.text !== 'string' || typeof n.value !== 'number' || Number.isNaN(n.value)) problems.push(`claim number ${i} malformed`);
    });
  }
  if (!Array.isArray(analysis.findings)) return [...problems, 'findings is not a list'];
  const everything = [input.headline, ...input.paragraphs, ...input.notes.map((n) => n.text)];
  analysis.findings.forEach((f, i) => {
    const at = `finding ${i} (${f.kind})`;
    if (!FINDING_KINDS.includes(f.kind)) problems.push(`${at}: kind`);
    if (f.source !== 'body' && f.source !== 'note') problems.push(`${at}: source ${f.source}`);
    const limit = f.source === 'note' ? input.notes.length : input.paragraphs.length;
    if (!Number.isInteger(f.paragraph) || f.paragraph < -1 || f.paragraph >= limit) problems.push(`${at}: paragraph ${f.paragraph} of ${limit}`);
    if (!within01(f.position)) problems.push(`${at}: position ${f.position}`);
    if (!within01(f.strength)) problems.push(`${at}: strength ${f.strength}`);
    if (typeof f.buried !== 'boolean') problems.push(`${at}: buried`);
    if (typeof f.headlinePart !== 'string') problems.push(`${at}: headlinePart`);
    if (typeof f.explanation !== 'string' || !f.explanation.trim()) problems.push(`${at}: no explanation`);
    if (typeof f.text !== 'string') problems.push(`${at}: text is ${typeof f.text}`);
    else if (f.paragraph >= 0 && f.paragraph < limit) {
      const source = f.source === 'note' ? input.notes[f.paragraph].text : input.paragraphs[f.paragraph];
      if (!f.text || !source.includes(f.text)) problems.push(`${at}: text not found in its ${f.source} ${f.paragraph}: ${JSON.stringify(f.text).slice(0, 120)}`);
    } else if (f.text && !everything.some((t) => t.includes(f.text))) problems.push(`${at}: text not found in the input`);
  });
  return problems;
}
