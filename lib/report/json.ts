import { reportModel, type ReportInput } from './model';

/** The check as JSON: the report's words plus the analyser's claim, for other tools. */
export function reportJson(input: ReportInput): string {
  const r = reportModel(input);
  return JSON.stringify(
    {
      fineprint: r.version,
      url: r.url,
      checkedAt: r.checkedAt,
      article: {
        headline: r.headline,
        byline: r.byline,
        published: input.article.published,
        modified: input.article.modified,
        paragraphs: input.article.paragraphs.length,
        notes: input.article.notes.map(({ kind, text, date, placement }) => ({ kind, text, date, placement })),
      },
      verdict: r.verdict,
      summary: r.summary,
      claim: input.analysis.claim,
      findings: input.analysis.findings.map((finding, i) => ({ ...finding, location: r.findings[i].location })),
      truncated: r.truncated,
    },
    null,
    2,
  );
}
