import { describe, expect, test } from 'vitest';
import { createContentHandlers, RECENT_READ_MS } from '../../entrypoints/content/handlers';
import { pageHighlighter, releasePage } from '../../entrypoints/content/page-state';
import { ROOT_ATTRIBUTE } from '../../lib/highlight';
import { dispatch } from '../../lib/messages';
import { articlePage, UNCLEAR } from '../highlight/page';

const asWindow = (w: unknown) => w as Window & typeof globalThis;

describe('the content script', () => {
  test('a second injection takes over the first one’s highlighter', () => {
    const { window } = articlePage();
    const first = pageHighlighter(asWindow(window));
    expect(pageHighlighter(asWindow(window))).toBe(first);
    releasePage(asWindow(window));
    expect(pageHighlighter(asWindow(window))).not.toBe(first);
    releasePage(asWindow(window));
  });

  test('answers highlight, toggle, scroll and clear through its handler map, and leaves the page as it was', async () => {
    const { window, document } = articlePage();
    const before = document.documentElement.outerHTML;
    const handlers = createContentHandlers(asWindow(window), pageHighlighter(asWindow(window)));
    const target = { id: 4, kind: 'uncertainty' as const, text: UNCLEAR, explanation: 'x', anchor: null };
    expect(await dispatch(handlers, { type: 'ping', payload: {} }, undefined)).toEqual({ ready: true });
    expect(await dispatch(handlers, { type: 'highlight', payload: { targets: [target], colors: {}, labels: {} } }, undefined)).toEqual({ count: 1 });
    expect(document.documentElement.getAttribute(ROOT_ATTRIBUTE)).toBe('1');
    expect(await dispatch(handlers, { type: 'toggleHighlights', payload: { visible: false } }, undefined)).toEqual({ count: 0 });
    expect(await dispatch(handlers, { type: 'toggleHighlights', payload: { visible: true } }, undefined)).toEqual({ count: 1 });
    expect(await dispatch(handlers, { type: 'scrollToFinding', payload: { id: 9 } }, undefined)).toEqual({ found: false });
    expect(await dispatch(handlers, { type: 'clearHighlights', payload: {} }, undefined)).toEqual({ count: 1 });
    expect(document.documentElement.outerHTML).toBe(before);
    releasePage(asWindow(window));
  });

  test('extracting never throws into the page, even on an empty one', async () => {
    const { window, document } = articlePage();
    document.body.replaceChildren();
    const handlers = createContentHandlers(asWindow(window), pageHighlighter(asWindow(window)));
    const result = (await dispatch(handlers, { type: 'extract', payload: {} }, undefined)) as { ok: boolean };
    expect(result.ok).toBe(false);
    releasePage(asWindow(window));
  });

  // [what the second request asks, ms after the first read, whether the page moved, reused?]
  test.each<[string, { recent?: boolean }, number, boolean, boolean]>([
    ['the check after the popup’s read takes it', { recent: true }, 300, false, true],
    ['at the edge of the window, still taken', { recent: true }, RECENT_READ_MS, false, true],
    ['a read older than the window is not', { recent: true }, RECENT_READ_MS + 1, false, false],
    ['a page that moved to another address is read again', { recent: true }, 300, true, false],
    ['“check again” reads afresh', {}, 300, false, false],
  ])('%s', async (_name, request, after, moved, reused) => {
    const { window } = articlePage();
    let clock = 1_000;
    const tab = { document: window.document, location: { href: 'https://news.example/story' } };
    const handlers = createContentHandlers(asWindow(tab), pageHighlighter(asWindow(window)), () => clock);
    const first = await dispatch(handlers, { type: 'extract', payload: {} }, undefined);
    clock += after;
    if (moved) tab.location.href = 'https://news.example/another-story';
    const second = await dispatch(handlers, { type: 'extract', payload: request }, undefined);
    expect(second === first).toBe(reused);
    // read again, the page gives the same article, at the address it is at now
    const urlOf = (read: unknown) => (read as { article: { url: string | null } }).article.url;
    expect(urlOf(second)).toBe(tab.location.href);
    if (!moved) expect(second).toEqual(first);
    releasePage(asWindow(window));
  });
});
