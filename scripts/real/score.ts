/**
 * The reader-labels scoring (../shared/corpus/reader-labels/README.md), written once so the
 * eval script and its tests read the same rules.
 */

export type LabelVerdict = 'supported' | 'qualified' | 'contradicted' | 'unaddressed' | 'no-claim';

export interface LabelledPage {
  id: string;
  page: string;
  language: string;
  headline: string;
  genre: string;
  claim: string | null;
  verdict: LabelVerdict;
  also_ok: LabelVerdict[];
  why: string;
  evidence: { quote: string; kind: string; must: boolean }[];
  notes: { quote: string; kind: string; bears_on_headline: boolean }[];
}

/** What the product showed on one page: null verdict when it gave none (no headline found). */
export interface PageAnswer {
  verdict: string | null;
  findings: { kind: string; text: string }[];
  notes: string[];
}

const STOP = new Set(
  'a an the of to in on for and or but is are was were be been it its this that with as at by from he she they his her their we you i not'.split(' '),
);

/** Lower-cased [a-z0-9]+ words minus the short stop list, curly apostrophes read as straight. */
export function contentWords(text: string): string[] {
  return (text.replace(/[‘’]/g, "'").toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP.has(w));
}

/** The shorter text's content words are at least 60% found in the other's. */
export function quoteMatches(a: string, b: string): boolean {
  const [wa, wb] = [contentWords(a), contentWords(b)];
  const [shorter, longer] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  if (shorter.length === 0) return false;
  return shorter.filter((w) => longer.has(w)).length / shorter.length >= 0.6;
}

/** Right when the label's verdict or one of its also_ok; where no-claim is allowed, supported or no-claim. */
export function verdictRight(label: LabelledPage, verdict: string | null): boolean {
  if (verdict === null) return false;
  const ok = new Set<string>([label.verdict, ...label.also_ok]);
  if (ok.has('no-claim')) ok.add('supported');
  return ok.has(verdict);
}

/** Calm: supported or no-claim with no evidence a reader must be shown. */
export function isCalm(label: LabelledPage): boolean {
  return (label.verdict === 'supported' || label.verdict === 'no-claim') && !label.evidence.some((e) => e.must);
}

export interface FindingVerdict {
  kind: string;
  text: string;
  /** Matches an evidence quote or a note that bears on the headline. */
  right: boolean;
}

export interface PageScore {
  label: LabelledPage;
  answer: PageAnswer;
  verdictRight: boolean;
  findings: FindingVerdict[];
  mustShown: { quote: string; shown: boolean }[];
  calm: boolean;
  cryWolf: boolean;
  /** A qualified or contradicted page given supported. */
  missed: boolean | null;
  notesFound: number;
  notesRight: number;
}

export function scorePage(label: LabelledPage, answer: PageAnswer): PageScore {
  const bearing = [...label.evidence.map((e) => e.quote), ...label.notes.filter((n) => n.bears_on_headline).map((n) => n.quote)];
  const findings = answer.findings.map((f) => ({ kind: f.kind, text: f.text, right: bearing.some((q) => quoteMatches(q, f.text)) }));
  const mustShown = label.evidence
    .filter((e) => e.must)
    .map((e) => ({ quote: e.quote, shown: answer.findings.some((f) => quoteMatches(e.quote, f.text)) }));
  const calm = isCalm(label);
  const harsh = answer.verdict === 'qualified' || answer.verdict === 'contradicted';
  const doubted = label.verdict === 'qualified' || label.verdict === 'contradicted';
  return {
    label,
    answer,
    verdictRight: verdictRight(label, answer.verdict),
    findings,
    mustShown,
    calm,
    cryWolf: calm && harsh,
    missed: doubted ? answer.verdict === 'supported' : null,
    notesFound: label.notes.filter((n) => answer.notes.some((t) => quoteMatches(n.quote, t))).length,
    notesRight: answer.notes.filter((t) => label.notes.some((n) => quoteMatches(n.quote, t))).length,
  };
}

export interface Ratio {
  hit: number;
  of: number;
}

export interface Totals {
  pages: number;
  verdicts: Ratio;
  precision: Ratio;
  precisionByKind: Map<string, Ratio>;
  mustRecall: Ratio;
  cryWolf: Ratio;
  missed: Ratio;
  noteRecall: Ratio;
  notePrecision: Ratio;
}

export function totalsOf(scores: PageScore[]): Totals {
  const count = (pred: (s: PageScore) => boolean, among: (s: PageScore) => boolean = () => true): Ratio => {
    const pool = scores.filter(among);
    return { hit: pool.filter(pred).length, of: pool.length };
  };
  const all = scores.flatMap((s) => s.findings);
  const byKind = new Map<string, Ratio>();
  for (const f of all) {
    const r = byKind.get(f.kind) ?? { hit: 0, of: 0 };
    r.of++;
    if (f.right) r.hit++;
    byKind.set(f.kind, r);
  }
  const musts = scores.flatMap((s) => s.mustShown);
  return {
    pages: scores.length,
    verdicts: count((s) => s.verdictRight),
    precision: { hit: all.filter((f) => f.right).length, of: all.length },
    precisionByKind: byKind,
    mustRecall: { hit: musts.filter((m) => m.shown).length, of: musts.length },
    cryWolf: count((s) => s.cryWolf, (s) => s.calm),
    missed: count((s) => s.missed === true, (s) => s.missed !== null),
    noteRecall: { hit: scores.reduce((a, s) => a + s.notesFound, 0), of: scores.reduce((a, s) => a + s.label.notes.length, 0) },
    notePrecision: { hit: scores.reduce((a, s) => a + s.notesRight, 0), of: scores.reduce((a, s) => a + s.answer.notes.length, 0) },
  };
}

export function percent({ hit, of }: Ratio): string {
  return of === 0 ? 'n/a' : `${((100 * hit) / of).toFixed(0)}% (${hit} of ${of})`;
}
