import { escapeHtml as h } from './escape';
import { reportModel, type ReportInput } from './model';

const VERDICT_COLORS = {
  supported: '#1f7a4d',
  qualified: '#9a6400',
  contradicted: '#b42318',
  unaddressed: '#5b6470',
  'no-claim': '#41607a',
} as const;

const STYLE = `
  :root { color-scheme: light; --ink: #1d232b; --muted: #5b6470; --rule: #d9dde3; }
  * { box-sizing: border-box; }
  body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
    max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; }
  header p { margin: .15rem 0; color: var(--muted); font-size: .9rem; }
  h1 { font: 600 1.55rem/1.3 Georgia, "Times New Roman", serif; margin: .3rem 0 .6rem; }
  h2 { font-size: .8rem; letter-spacing: .06em; text-transform: uppercase; color: var(--muted);
    border-bottom: 1px solid var(--rule); padding-bottom: .3rem; margin: 2rem 0 .8rem; }
  .brand { font-weight: 600; letter-spacing: .04em; color: var(--muted); font-size: .8rem; text-transform: uppercase; }
  .url { word-break: break-all; }
  .verdict { display: inline-block; color: #fff; border-radius: 999px; padding: .2rem .8rem; font-weight: 600; }
  .kind { display: inline-block; border: 1px solid var(--rule); border-radius: 999px; padding: .1rem .6rem; color: var(--muted); font-size: .85em; }
  .summary { font-size: 1.05rem; }
  .note, .finding { border-left: 3px solid var(--rule); padding: .1rem 0 .1rem .9rem; margin: 0 0 1.2rem; break-inside: avoid; }
  .note { border-left-color: #b7791f; }
  .label { font-weight: 600; }
  .where { color: var(--muted); font-size: .88rem; }
  blockquote { margin: .35rem 0; font-family: Georgia, "Times New Roman", serif; font-size: 1.02rem; }
  .bears { margin: .2rem 0; font-size: .9rem; }
  .why { margin: .2rem 0; }
  footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--rule); padding-top: .6rem; }
  @media print { body { margin: 0 auto; font-size: 11pt; } .verdict { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
`;

/** The check as a standalone page that prints well; every piece of page text is escaped. */
export function reportHtml(input: ReportInput): string {
  const r = reportModel(input);
  const meta = [
    r.byline && `By ${h(r.byline)}`,
    r.published && `Published ${h(r.published)}`,
    r.modified && `Updated ${h(r.modified)}`,
  ].filter(Boolean);
  const notes = r.notes
    .map(
      (n) => `<section class="note"><p class="label">${h(n.label)}${n.date ? `<span class="where">, ${h(n.date)}</span>` : ''}</p>
<p>${h(n.text)}</p></section>`,
    )
    .join('\n');
  const findings = r.findings
    .map(
      (f) => `<li class="finding" data-finding-kind="${h(f.kind)}"><p><span class="label">${h(f.label)}</span>
<span class="where">· ${h(f.location)}${f.buried ? ' · late in the article' : ''}</span></p>
<blockquote>“${h(f.text)}”</blockquote>
${f.headlinePart ? `<p class="bears">Bears on “${h(f.headlinePart)}”</p>` : ''}
<p class="why">${h(f.explanation)}</p></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fine Print: ${h(r.headline)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<p class="brand">Fine Print report</p>
<h1>${h(r.headline)}</h1>
${meta.length ? `<p>${meta.join(' · ')}</p>` : ''}
<p class="url">${h(r.url)}</p>
<p>Checked ${h(r.checkedAt)}</p>
</header>
<h2>Verdict</h2>
<p><span class="verdict" data-verdict="${h(r.verdict)}" style="background:${VERDICT_COLORS[r.verdict]}">${h(r.verdictLabel)}</span>${r.kindLabel ? ` <span class="kind">${h(r.kindLabel)}</span>` : ''}</p>
<p class="summary">${h(r.summary)}</p>
${r.truncated ? '<p class="where">The check stopped at its time limit before reading the whole article.</p>' : ''}
${r.notes.length ? `<h2>Notes on the article</h2>\n${notes}` : ''}
<h2>Findings</h2>
${r.findings.length ? `<ol style="list-style:none;padding:0">\n${findings}\n</ol>` : `<p>${h(r.noFindings)}</p>`}
<footer>Checked with Fine Print ${h(r.version)}, on the reader’s device. No page text leaves it.</footer>
</body>
</html>
`;
}
