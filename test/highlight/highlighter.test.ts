import { beforeEach, describe, expect, test, vi } from 'vitest';
import { PageHighlighter, ROOT_ATTRIBUTE } from '../../lib/highlight';
import type { HighlightRequest } from '../../lib/messages';
import { articlePage, FakeHighlight, fakeRegistry, QUOTE_SENTENCE, UNCLEAR, UPDATE } from './page';

const request = (): HighlightRequest => ({
  targets: [
    { id: 0, kind: 'note', text: UPDATE, explanation: 'An update says otherwise.', anchor: { path: 'body > article > p:nth-of-type(1)', quote: '', prefix: '', suffix: '' } },
    { id: 1, kind: 'uncertainty', text: UNCLEAR, explanation: 'The article does not know.', anchor: { path: 'body > article > p:nth-of-type(2)', quote: '', prefix: '', suffix: '' } },
    { id: 2, kind: 'quote', text: QUOTE_SENTENCE, explanation: 'The quote is his.', anchor: { path: 'body > article > p:nth-of-type(2)', quote: '', prefix: '', suffix: '' } },
    { id: 3, kind: 'hedge', text: 'A sentence that is nowhere on this page at all.', explanation: 'x', anchor: null },
  ],
  colors: { note: '#f6c453', uncertainty: '#c9b6f2', quote: '#f2b3d6', hedge: '#f3e38d' },
  labels: { note: 'Editor’s note', uncertainty: 'Uncertain', quote: 'Quote differs', hedge: 'Hedged' },
});

describe('with the Custom Highlight API', () => {
  let page: ReturnType<typeof articlePage>;
  let registry: ReturnType<typeof fakeRegistry>;
  let highlighter: PageHighlighter;
  beforeEach(() => {
    page = articlePage();
    registry = fakeRegistry();
    highlighter = new PageHighlighter({ doc: page.document, registry, Highlight: FakeHighlight });
  });

  test('one highlight per kind, the page DOM untouched but for the root attribute', () => {
    const body = page.document.body.outerHTML;
    expect(highlighter.show(request())).toBe(3);
    expect([...registry.keys()].sort()).toEqual(['fine-print-note', 'fine-print-quote', 'fine-print-uncertainty']);
    expect(registry.get('fine-print-uncertainty')!.ranges).toHaveLength(1);
    expect(page.document.body.outerHTML).toBe(body);
    expect(page.document.documentElement.getAttribute(ROOT_ATTRIBUTE)).toBe('3');
  });

  test('clearing leaves the page exactly as it was', () => {
    const before = page.document.documentElement.outerHTML;
    highlighter.show(request());
    expect(highlighter.clear()).toBe(3);
    expect(registry.size).toBe(0);
    expect(page.document.documentElement.outerHTML).toBe(before);
  });

  test('the toggle hides and shows again', () => {
    highlighter.show(request());
    expect(highlighter.setVisible(false)).toBe(0);
    expect(registry.size).toBe(0);
    expect(page.document.documentElement.hasAttribute(ROOT_ATTRIBUTE)).toBe(false);
    expect(highlighter.setVisible(true)).toBe(3);
    expect(registry.size).toBe(3);
    expect(page.document.documentElement.getAttribute(ROOT_ATTRIBUTE)).toBe('3');
  });

  test('scrolling to a finding brings its paragraph into view and flashes it', () => {
    vi.useFakeTimers();
    const scrolled: Element[] = [];
    const proto = Object.getPrototypeOf(page.document.body) as { scrollIntoView?: unknown };
    proto.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    highlighter.show(request());
    expect(highlighter.scrollTo(1)).toBe(true);
    expect(scrolled[0].textContent).toContain('It is unclear');
    expect(registry.has('fine-print-flash')).toBe(true);
    vi.advanceTimersByTime(2000);
    expect(registry.has('fine-print-flash')).toBe(false);
    expect(highlighter.scrollTo(3)).toBe(false);
    delete proto.scrollIntoView;
    vi.useRealTimers();
  });
});

describe('without the Custom Highlight API', () => {
  test('sentences are wrapped in marks, and clearing restores the HTML and the text nodes', () => {
    const page = articlePage();
    const before = page.document.documentElement.outerHTML;
    const paragraph = page.document.querySelector('article p:nth-of-type(2)')!;
    const textNode = paragraph.firstChild;
    const highlighter = new PageHighlighter({ doc: page.document, registry: null, Highlight: null });
    expect(highlighter.show(request())).toBe(3);
    const marks = [...page.document.querySelectorAll('mark[data-fine-print-kind]')];
    expect(marks.map((m) => m.getAttribute('data-fine-print-kind')).sort()).toEqual(['note', 'note', 'quote', 'uncertainty']);
    expect(paragraph.querySelector('mark[data-fine-print-kind="uncertainty"]')!.textContent).toContain('It is unclear what');
    expect(highlighter.clear()).toBe(3);
    expect(page.document.documentElement.outerHTML).toBe(before);
    expect(paragraph.firstChild).toBe(textNode);
    expect(paragraph.childNodes).toHaveLength(1);
  });

  test('hiding unwraps, showing wraps again', () => {
    const page = articlePage();
    const before = page.document.body.outerHTML;
    const highlighter = new PageHighlighter({ doc: page.document, registry: null, Highlight: null });
    highlighter.show(request());
    highlighter.setVisible(false);
    expect(page.document.body.outerHTML).toBe(before);
    expect(highlighter.setVisible(true)).toBe(3);
    expect(page.document.querySelectorAll('mark').length).toBeGreaterThan(0);
  });

  test('page text set through the request never becomes markup', () => {
    const page = articlePage();
    const highlighter = new PageHighlighter({ doc: page.document, registry: null, Highlight: null });
    const hostile = request();
    hostile.targets[1].explanation = '<img src=x onerror=alert(1)>';
    hostile.colors.uncertainty = 'red; background-image: url(https://evil.example/)';
    highlighter.show(hostile);
    const mark = page.document.querySelector('mark[data-fine-print-kind="uncertainty"]') as HTMLElement;
    expect(mark.getAttribute('style')).not.toContain('evil');
    expect(page.document.querySelector('img')).toBeNull();
  });
});
