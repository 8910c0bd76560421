import { describe, expect, test } from 'vitest';
import { reportHtml, reportJson, reportMarkdown, reportText } from '../../lib/report';
import { HOSTILE, sampleAnalysis, sampleArticle } from './sample-check';

const input = () => ({
  url: 'https://news.example/trump-north-korea-sanctions/',
  article: sampleArticle(),
  analysis: sampleAnalysis(),
  checkedAt: '2026-11-28T03:30:00.000Z',
  version: '0.1.0',
});

const hostileInput = () => {
  const base = input();
  const article = sampleArticle({ headline: HOSTILE, byline: HOSTILE });
  article.notes[0] = { ...article.notes[0], text: HOSTILE, date: HOSTILE };
  const analysis = sampleAnalysis({ summary: HOSTILE });
  analysis.findings[1] = { ...analysis.findings[1], text: HOSTILE, explanation: HOSTILE, headlinePart: HOSTILE };
  return { ...base, url: `https://news.example/?q="><script>x</script>`, article, analysis };
};

describe('reports carry the whole check', () => {
  test.each([
    ['markdown', reportMarkdown],
    ['html', reportHtml],
    ['json', reportJson],
    ['text', reportText],
  ])('%s names the page, verdict, every finding and the note in full', (_name, render) => {
    const out = render(input());
    expect(out).toContain('news.example/trump-north-korea-sanctions');
    expect(out).toMatch(/North Korea sanctions/);
    expect(out).toContain('2026-11-28T03:30:00.000Z');
    expect(out).toMatch(/[Cc]ontradicted/);
    expect(out).toContain('An update says the sanctions he meant were not the new ones the headline names.');
    expect(out).toContain('the sanctions President Trump was referring to in his tweet were not the sanctions announced Thursday by the Treasury Department.');
    expect(out).toContain('It is unclear what sanctions Mr. Trump was referring to.');
    expect(out).toContain('The article itself says it does not know which sanctions he meant.');
    expect(out).toContain('0.1.0');
  });

  test.each([
    ['markdown', reportMarkdown],
    ['html', reportHtml],
    ['text', reportText],
  ])('%s says where each finding sits', (_name, render) => {
    const out = render(input());
    expect(out).toContain('paragraph 1 of 3');
    expect(out).toContain('update note, 22 March 2019, 7:45 PM');
  });

  test('json parses and keeps findings in order with their locations', () => {
    const parsed = JSON.parse(reportJson(input()));
    expect(parsed.verdict).toBe('contradicted');
    expect(parsed.findings.map((f: { kind: string }) => f.kind)).toEqual(['note', 'uncertainty']);
    expect(parsed.findings[1].location).toBe('paragraph 1 of 3');
    expect(parsed.article.notes[0].kind).toBe('update');
  });

  test('a check with no findings says so', () => {
    const out = reportText({ ...input(), analysis: sampleAnalysis({ findings: [], verdict: 'supported' }) });
    expect(out).toContain('Nothing in the article qualifies the headline.');
    expect(out).toContain('Verdict: Supported');
  });

  const noClaim = () => {
    const claim = { ...sampleAnalysis().claim, kind: 'no-claim' as const, kindReason: 'a list title, not a claim' };
    return { ...input(), analysis: sampleAnalysis({ claim, findings: [], verdict: 'no-claim', summary: 'Nothing to check: the headline is a list title, not a claim.' }) };
  };

  test.each([
    ['markdown', reportMarkdown, '## Verdict: No claim to check'],
    ['html', reportHtml, 'data-verdict="no-claim"'],
    ['text', reportText, 'Verdict: No claim to check'],
  ])('%s shows a headline that claims nothing as a calm state of its own, notes still shown', (_name, render, verdictLine) => {
    const out = render(noClaim());
    expect(out).toContain(verdictLine);
    expect(out).toContain('The headline makes no claim, so nothing in the article is weighed against it.');
    expect(out).not.toContain('Nothing in the article qualifies the headline.');
    expect(out).toContain('Notes on the article');
  });

  test.each([
    ['markdown', reportMarkdown, '## Verdict: Supported (Opinion)'],
    ['html', reportHtml, '<span class="kind">Opinion</span>'],
    ['text', reportText, 'Verdict: Supported (Opinion)'],
  ])('%s names an opinion column beside its verdict', (_name, render, line) => {
    const claim = { ...sampleAnalysis().claim, kind: 'opinion' as const };
    expect(render({ ...input(), analysis: sampleAnalysis({ claim, findings: [], verdict: 'supported' }) })).toContain(line);
  });
});

describe('hostile page text stays text', () => {
  test('html escapes every piece of page text', () => {
    const out = reportHtml(hostileInput());
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).not.toMatch(/"><img/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt; &amp;');
    expect(out.match(/<script/gi)).toBeNull();
    expect(out).toContain("default-src 'none'");
  });

  test('markdown leaves no raw markup, links or emphasis', () => {
    const out = reportMarkdown(hostileInput());
    const [pageLine] = out.split('\n').filter((line) => line.startsWith('- Page: '));
    expect(pageLine).toBe('- Page: <https://news.example/?q=%22%3E%3Cscript%3Ex%3C/script%3E>');
    expect(out.replace(pageLine, '')).not.toMatch(/(^|[^\\])</m);
    expect(out).not.toContain('](javascript:');
    expect(out).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
    expect(out).toContain('\\*bold\\*');
  });

  test('json round-trips hostile text unchanged', () => {
    const parsed = JSON.parse(reportJson(hostileInput()));
    expect(parsed.article.headline).toBe(HOSTILE);
    expect(parsed.summary).toBe(HOSTILE);
  });
});
