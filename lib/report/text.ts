import { reportModel, type ReportInput } from './model';

/** The check as plain text for a terminal. */
export function reportText(input: ReportInput): string {
  const r = reportModel(input);
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  const lines: string[] = [oneLine(r.headline), r.url];
  const dates = [r.published && `published ${r.published}`, r.modified && `updated ${r.modified}`].filter(Boolean);
  if (r.byline) lines.push(`By ${oneLine(r.byline)}`);
  if (dates.length) lines.push(dates.join(', '));
  lines.push(`Checked ${r.checkedAt}`, '', `Verdict: ${r.verdictLabel}${r.kindLabel ? ` (${r.kindLabel})` : ''}`, oneLine(r.summary));
  if (r.truncated) lines.push('(The check stopped at its time limit before reading the whole article.)');
  if (r.notes.length > 0) {
    lines.push('', 'Notes on the article:');
    // The note's own words often repeat its label ("Correction, 16 March: …"), so the text goes on its own line.
    for (const note of r.notes) lines.push(`  ${note.label}${note.date ? `, ${note.date}` : ''}`, `     "${oneLine(note.text)}"`);
  }
  lines.push('', r.findings.length ? 'Findings:' : r.noFindings);
  r.findings.forEach((f, i) => {
    lines.push(`  ${i + 1}. ${f.label} (${f.location})`);
    lines.push(`     "${oneLine(f.text)}"`);
    if (f.headlinePart) lines.push(`     Bears on: "${oneLine(f.headlinePart)}"`);
    lines.push(`     ${oneLine(f.explanation)}`);
  });
  lines.push('', `Fine Print ${r.version}`);
  return lines.join('\n');
}
