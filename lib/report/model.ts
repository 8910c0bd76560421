import type { Analysis, Article, FindingKind, Verdict } from '../types';
import { HEADLINE_KIND_LABELS, KIND_LABELS, noFindingsLine, NOTE_KIND_LABELS, VERDICT_LABELS } from './labels';
import { findingLocation } from './location';
import { formatPageDate } from './page-date';

/** Everything a report is made from; the extension and the CLI both build one. */
export interface ReportInput {
  url: string;
  article: Article;
  analysis: Analysis;
  checkedAt: string;
  version: string;
}

export interface ReportNote {
  label: string;
  date: string | null;
  text: string;
}

export interface ReportFinding {
  kind: FindingKind;
  label: string;
  text: string;
  headlinePart: string;
  location: string;
  explanation: string;
  buried: boolean;
}

/** The report's content in reading order, already in words; each format only lays it out. */
export interface ReportModel {
  url: string;
  headline: string;
  byline: string | null;
  published: string | null;
  modified: string | null;
  checkedAt: string;
  verdict: Verdict;
  verdictLabel: string;
  /** "Opinion", "Review": what kind of headline it is, when not a plain claim. */
  kindLabel: string | null;
  summary: string;
  /** What stands in place of findings when there are none. */
  noFindings: string;
  notes: ReportNote[];
  findings: ReportFinding[];
  truncated: boolean;
  version: string;
}

export function reportModel({ url, article, analysis, checkedAt, version }: ReportInput): ReportModel {
  return {
    url,
    headline: article.headline ?? analysis.claim.headline,
    byline: article.byline,
    published: article.published ? formatPageDate(article.published) : null,
    modified: article.modified ? formatPageDate(article.modified) : null,
    checkedAt,
    verdict: analysis.verdict,
    verdictLabel: VERDICT_LABELS[analysis.verdict],
    kindLabel: analysis.verdict === 'no-claim' ? null : HEADLINE_KIND_LABELS[analysis.claim.kind],
    summary: analysis.summary,
    noFindings: noFindingsLine(analysis.verdict),
    notes: article.notes.map((note) => ({
      label: NOTE_KIND_LABELS[note.kind],
      date: note.date ? formatPageDate(note.date) : null,
      text: note.text,
    })),
    findings: analysis.findings.map((finding) => ({
      kind: finding.kind,
      label: KIND_LABELS[finding.kind],
      text: finding.text,
      headlinePart: finding.headlinePart,
      location: findingLocation(finding, article),
      explanation: finding.explanation,
      buried: finding.buried,
    })),
    truncated: analysis.truncated,
    version,
  };
}
