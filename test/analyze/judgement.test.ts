import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { checkArticle } from '../../lib/check-article';
import { extractArticle } from '../../lib/extract/index';
import { isCalm, scorePage, totalsOf, verdictRight, type LabelledPage, type PageAnswer } from '../../scripts/real/score';

// hand-written pages in many platforms' markup, labelled by careful reading without sight of the analysis
const FIXTURES = join(__dirname, '..', 'fixtures');
const SETS = readdirSync(FIXTURES).filter((d) => d.startsWith('judgement') && existsSync(join(FIXTURES, d, 'labels.json')));

function answerFor(label: LabelledPage): PageAnswer {
  const extracted = extractArticle(parseHtmlDocument(readFileSync(join(FIXTURES, label.page), 'utf8')));
  if (!extracted.ok) return { verdict: null, findings: [], notes: [] };
  const notes = extracted.article.notes.map((n) => n.text);
  const checked = checkArticle(extracted.article);
  return checked.ok ? { verdict: checked.analysis.verdict, findings: checked.analysis.findings, notes } : { verdict: null, findings: [], notes };
}

// what each set is held to: the first two sets at the product's bar; the third, written after
// them and fixed only by general rules, at no less than where those fixes brought it
const BAR = { verdicts: 0.95, precision: 0.9, mustRecall: 0.7 };
const BARS: Record<string, typeof BAR> = { 'judgement-3': { verdicts: 0.9, precision: 0.9, mustRecall: 0.65 } };

describe.each(SETS)('judgement pages: %s', (set) => {
  const labels = JSON.parse(readFileSync(join(FIXTURES, set, 'labels.json'), 'utf8')) as LabelledPage[];
  const answers = new Map(labels.map((l) => [l.id, answerFor(l)]));

  // every calm page quiet: a headline the story backs, or one that claims nothing, is never flagged
  test.each(labels.filter(isCalm).map((l) => [l.id, l] as const))('%s: calm, and told so', (_id, label) => {
    const answer = answers.get(label.id)!;
    expect(verdictRight(label, answer.verdict), `${answer.verdict} for ${label.verdict}`).toBe(true);
  });

  test('the verdicts, the findings shown and the sentences a reader must see, measured as the reader labels define them', () => {
    const t = totalsOf(labels.map((l) => scorePage(l, answers.get(l.id)!)));
    const bar = BARS[set] ?? BAR;
    expect(t.verdicts.hit / t.verdicts.of).toBeGreaterThanOrEqual(bar.verdicts);
    expect(t.precision.hit / t.precision.of).toBeGreaterThanOrEqual(bar.precision);
    expect(t.cryWolf.hit).toBe(0);
    expect(t.mustRecall.hit / t.mustRecall.of).toBeGreaterThanOrEqual(bar.mustRecall);
  });
});
