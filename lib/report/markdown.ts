import { escapeMarkdown as md } from './escape';
import { reportModel, type ReportInput } from './model';

/** The check as Markdown: safe to paste anywhere, since no page text can become markup. */
export function reportMarkdown(input: ReportInput): string {
  const r = reportModel(input);
  const lines: string[] = [`# Fine Print: ${md(r.headline)}`, ''];
  lines.push(`- Page: <${encodeURI(r.url).replace(/>/g, '%3E')}>`);
  if (r.byline) lines.push(`- By: ${md(r.byline)}`);
  if (r.published) lines.push(`- Published: ${md(r.published)}`);
  if (r.modified) lines.push(`- Updated: ${md(r.modified)}`);
  lines.push(`- Checked: ${md(r.checkedAt)}`, '');
  lines.push(`## Verdict: ${r.verdictLabel}${r.kindLabel ? ` (${md(r.kindLabel)})` : ''}`, '', md(r.summary), '');
  if (r.truncated) lines.push('_The check stopped at its time limit before reading the whole article._', '');
  if (r.notes.length > 0) {
    lines.push('## Notes on the article', '');
    for (const note of r.notes) {
      lines.push(`**${note.label}${note.date ? `, ${md(note.date)}` : ''}**`, '', `> ${md(note.text)}`, '');
    }
  }
  lines.push('## Findings', '');
  if (r.findings.length === 0) lines.push(md(r.noFindings), '');
  r.findings.forEach((f, i) => {
    lines.push(`${i + 1}\\. **${f.label}** (${md(f.location)}${f.buried ? ', late in the article' : ''})`, '');
    lines.push(`> ${md(f.text)}`, '');
    if (f.headlinePart) lines.push(`Bears on: “${md(f.headlinePart)}”`, '');
    lines.push(md(f.explanation), '');
  });
  lines.push('---', '', `Checked with Fine Print ${r.version.replace(/[^\w.+-]/g, "")}, on the reader’s device.`, '');
  return lines.join('\n');
}
