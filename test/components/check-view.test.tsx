import { describe, expect, test, vi } from 'vitest';
import { CheckView, type CheckViewProps } from '../../components/CheckView';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOSTILE, sampleAnalysis, sampleArticle } from '../report/sample-check';
import { mount } from './mount';

const props = (over: Partial<CheckViewProps> = {}): CheckViewProps => ({
  article: sampleArticle(),
  analysis: sampleAnalysis(),
  changes: [],
  shownKinds: DEFAULT_SETTINGS.kinds,
  highlightsOn: true,
  highlighted: 2,
  exportLinks: [{ label: 'Save Markdown', href: 'blob:x', filename: 'fine-print.md' }],
  copyStatus: '',
  scrollStatus: '',
  onShow: vi.fn(),
  onToggleHighlights: vi.fn(),
  onCopy: vi.fn(),
  ...over,
});

describe('a finished check', () => {
  test('shows the verdict badge with its summary', () => {
    const { root } = mount(<CheckView {...props()} />);
    const badge = root.querySelector('[data-verdict]')!;
    expect(badge.getAttribute('data-verdict')).toBe('contradicted');
    expect(badge.textContent).toBe('Contradicted');
    expect(root.querySelector('.verdict-summary')!.textContent).toBe(sampleAnalysis().summary);
  });

  test('marks who and what in the headline', () => {
    const { root } = mount(<CheckView {...props()} />);
    const parts = [...root.querySelectorAll('h1 mark')].map((m) => [m.getAttribute('data-part'), m.textContent]);
    expect(parts).toEqual([
      ['who', 'Trump'],
      ['what', 'reverse new North Korea sanctions'],
    ]);
    expect(root.querySelector('h1')!.textContent).toBe(sampleArticle().headline);
  });

  test('notes come first, in full, with what was found in them', () => {
    const { root } = mount(<CheckView {...props()} />);
    const sections = [...root.querySelectorAll('section[aria-labelledby]')].map((s) => s.getAttribute('aria-labelledby'));
    expect(sections.indexOf('notes-title')).toBeLessThan(sections.indexOf('findings-title'));
    const note = root.querySelector('.note')!;
    expect(note.querySelector('.note-text')!.textContent).toBe(sampleArticle().notes[0].text);
    expect(note.querySelector('.note-date')!.textContent).toBe('22 March 2019, 7:45 PM');
    const finding = note.querySelector('[data-finding-kind="note"]')!;
    expect(finding.textContent).toContain('A later update says the sanctions were not the new ones.');
    expect(finding.textContent).toContain('update note, 22 March 2019, 7:45 PM');
  });

  test('body findings are grouped by kind with quote, headline words, place and explanation', () => {
    const { root } = mount(<CheckView {...props()} />);
    const item = root.querySelector('.findings [data-finding-kind="uncertainty"]')!;
    expect(item.querySelector('q.finding-quote')!.textContent).toBe('It is unclear what sanctions Mr. Trump was referring to.');
    expect(item.querySelector('.finding-part')!.textContent).toBe('new North Korea sanctions');
    expect(item.querySelector('.finding-where')!.textContent).toBe('paragraph 1 of 3');
    expect(item.querySelector('.finding-why')!.textContent).toBe('The article itself says it does not know which sanctions he meant.');
    expect(root.querySelector('.finding-group h3')!.textContent).toBe('Uncertain');
  });

  test('clicking a finding asks for it by its index in the analysis', () => {
    const onShow = vi.fn();
    const { root, click } = mount(<CheckView {...props({ onShow })} />);
    click(root.querySelector('[data-finding-kind="uncertainty"] button')!);
    expect(onShow).toHaveBeenCalledWith(1);
  });

  test('a finding with no sentence on the page is not a button', () => {
    const analysis = sampleAnalysis();
    analysis.findings.push({ ...analysis.findings[1], kind: 'unaddressed', text: '', paragraph: -1, explanation: 'The body never mentions Treasury.' });
    const { root } = mount(<CheckView {...props({ analysis })} />);
    const item = root.querySelector('[data-finding-kind="unaddressed"]')!;
    expect(item.querySelector('button')).toBeNull();
    expect(item.textContent).toContain('nowhere in the article body');
  });

  test('kinds turned off in settings are counted, not shown', () => {
    const { root } = mount(<CheckView {...props({ shownKinds: { ...DEFAULT_SETTINGS.kinds, uncertainty: false } })} />);
    expect(root.querySelector('[data-finding-kind="uncertainty"]')).toBeNull();
    expect(root.textContent).toContain('1 finding is hidden by your settings.');
  });

  test('changes since the last check are shown', () => {
    const { root } = mount(<CheckView {...props({ changes: ['A new update note was added: “x”'] })} />);
    expect(root.querySelector('.changes li')!.textContent).toBe('A new update note was added: “x”');
  });

  test('the highlight switch and copy button call back', () => {
    const onToggleHighlights = vi.fn();
    const onCopy = vi.fn();
    const { root, click } = mount(<CheckView {...props({ onToggleHighlights, onCopy })} />);
    const box = root.querySelector('input[type="checkbox"]') as HTMLInputElement;
    box.checked = false;
    box.dispatchEvent(new (box.ownerDocument.defaultView as unknown as typeof globalThis).Event('change', { bubbles: true }));
    expect(onToggleHighlights).toHaveBeenCalledWith(false);
    click(root.querySelector('[data-export="copy"]')!);
    expect(onCopy).toHaveBeenCalled();
    const link = root.querySelector('a[data-export="Save Markdown"]')!;
    expect(link.getAttribute('download')).toBe('fine-print.md');
  });

  test('page text is rendered as text, never as markup', () => {
    const article = sampleArticle({ headline: HOSTILE });
    article.notes[0] = { ...article.notes[0], text: HOSTILE };
    const analysis = sampleAnalysis({ summary: HOSTILE });
    analysis.findings[1] = { ...analysis.findings[1], text: HOSTILE, explanation: HOSTILE };
    const { root } = mount(<CheckView {...props({ article, analysis })} />);
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h1')!.textContent).toBe(HOSTILE);
  });

  test('a headline that claims nothing: a calm verdict of its own, no findings, the notes still shown', () => {
    const claim = { ...sampleAnalysis().claim, kind: 'no-claim' as const, kindReason: 'a list title, not a claim' };
    const analysis = sampleAnalysis({ claim, verdict: 'no-claim', findings: [], summary: 'Nothing to check: the headline is a list title, not a claim.' });
    const { root } = mount(<CheckView {...props({ analysis })} />);
    expect(root.querySelector('[data-verdict]')!.getAttribute('data-verdict')).toBe('no-claim');
    expect(root.querySelector('[data-verdict]')!.textContent).toBe('No claim to check');
    expect(root.textContent).toContain('The headline makes no claim, so nothing in the article is weighed against it.');
    expect(root.querySelector('.note-text')!.textContent).toBe(sampleArticle().notes[0].text);
    expect(root.querySelector('.headline-kind')).toBeNull();
  });

  test('an opinion column is labelled as such beside its verdict', () => {
    const analysis = sampleAnalysis({ claim: { ...sampleAnalysis().claim, kind: 'opinion' }, verdict: 'supported', findings: [] });
    const { root } = mount(<CheckView {...props({ analysis })} />);
    expect(root.querySelector('.headline-kind')!.textContent).toBe('Opinion');
  });
});
