import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createChecker } from '../../entrypoints/background/checker';
import { createBackgroundHandlers } from '../../entrypoints/background/handlers';
import { restrictionOf } from '../../entrypoints/background/restricted';
import { dispatch, type HighlightRequest } from '../../lib/messages';
import { listHistory } from '../../lib/history';
import { DEFAULT_SETTINGS, saveSettings, storageAreaStore } from '../../lib/settings';
import { sampleAnalysis, sampleArticle } from '../report/sample-check';
import { fakeContentScript } from './fake-tab';

const ARTICLE_URL = 'https://news.example/trump-north-korea-sanctions/';

async function openTab(url: string) {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

describe('checking a tab', () => {
  beforeEach(() => fakeBrowser.reset());

  test('injects the content script, analyses here, highlights, records and sets the badge', async () => {
    const page = fakeContentScript();
    const analyze = vi.fn(() => sampleAnalysis());
    const tabId = await openTab(ARTICLE_URL);
    const result = await createChecker(analyze).check(tabId);

    expect(result.state).toBe('done');
    if (result.state !== 'done') return;
    expect(page.executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/content.js'] });
    expect(analyze).toHaveBeenCalledWith(expect.objectContaining({ headline: sampleArticle().headline, paragraphs: expect.any(Array) }));
    expect(result.analysis.verdict).toBe('contradicted');
    expect(result.highlighted).toBe(2);
    const highlight = page.received.find((m) => m.type === 'highlight')!.payload as HighlightRequest;
    expect(highlight.targets.map((t) => [t.id, t.kind, t.anchor?.path])).toEqual([
      [0, 'note', 'article > p:nth-of-type(1)'],
      [1, 'uncertainty', 'article > p:nth-of-type(2)'],
    ]);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId })).toEqual([180, 35, 24, 255]);
    const history = await listHistory(storageAreaStore(fakeBrowser.storage.local));
    expect(history.map((h) => [h.url, h.verdict])).toEqual([[ARTICLE_URL, 'contradicted']]);
  });

  test('a second look at the same page reuses the check; "check again" reads it afresh', async () => {
    const page = fakeContentScript();
    const checker = createChecker(() => sampleAnalysis());
    const tabId = await openTab(ARTICLE_URL);
    await checker.check(tabId);
    await checker.check(tabId);
    expect(page.received.filter((m) => m.type === 'extract')).toHaveLength(1);
    await checker.check(tabId, true);
    expect(page.received.filter((m) => m.type === 'extract')).toHaveLength(2);
    // a first check may take the read the popup made as it opened; "check again" may not
    expect(page.received.filter((m) => m.type === 'extract').map((m) => m.payload)).toEqual([{ recent: true }, { recent: false }]);
    expect(page.executeScript).toHaveBeenCalledTimes(1);
  });

  test('two checks at once share one run', async () => {
    const page = fakeContentScript();
    const checker = createChecker(() => sampleAnalysis());
    const tabId = await openTab(ARTICLE_URL);
    const [a, b] = await Promise.all([checker.check(tabId, true), checker.check(tabId, true)]);
    expect(a).toBe(b);
    expect(page.received.filter((m) => m.type === 'extract')).toHaveLength(1);
  });

  test('says what changed since the last check of the page', async () => {
    let article = sampleArticle({ notes: [] });
    fakeContentScript({ extract: () => ({ ok: true, article }) });
    const checker = createChecker(() => sampleAnalysis());
    const tabId = await openTab(ARTICLE_URL);
    expect((await checker.check(tabId)).state).toBe('done');
    article = sampleArticle();
    const again = await checker.check(tabId, true);
    expect(again.state === 'done' && again.changes).toEqual([expect.stringMatching(/^A new update note was added: “A National Security Council official/)]);
  });

  test('kinds turned off in settings are neither highlighted nor counted on the badge', async () => {
    const page = fakeContentScript();
    await saveSettings(storageAreaStore(fakeBrowser.storage.local), { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, uncertainty: false } });
    const tabId = await openTab(ARTICLE_URL);
    await createChecker(() => sampleAnalysis()).check(tabId);
    const highlight = page.received.find((m) => m.type === 'highlight')!.payload as HighlightRequest;
    expect(highlight.targets.map((t) => t.kind)).toEqual(['note']);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('1');
  });

  test('no article on the page', async () => {
    fakeContentScript({ extract: () => ({ ok: false, error: 'no article found' }) });
    const tabId = await openTab('https://news.example/');
    expect(await createChecker(() => sampleAnalysis()).check(tabId)).toEqual({ state: 'no-article', reason: 'no article found' });
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
  });

  test.each([
    'chrome://settings/',
    'edge://extensions',
    'about:blank',
    'view-source:https://news.example/a',
    'https://chromewebstore.google.com/detail/abc',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://news.example/report.pdf',
    'chrome-extension://abcdef/popup.html',
    'file:///home/reader/article.html',
  ])('%s is restricted and nothing is injected', async (url) => {
    const page = fakeContentScript();
    const tabId = await openTab(url);
    const result = await createChecker(() => sampleAnalysis()).check(tabId);
    expect(result.state).toBe('restricted');
    expect(page.executeScript).not.toHaveBeenCalled();
  });

  test.each([
    ['https://news.example/a', null],
    ['https://news.example/pdf-guide', null],
    ['http://127.0.0.1:4321/founding-example.html', null],
  ])('%s may be checked', (url, expected) => expect(restrictionOf(url)).toBe(expected));

  test('a page the browser will not let us script is restricted', async () => {
    fakeContentScript({ injectError: 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.' });
    const tabId = await openTab('https://news.example/a');
    expect((await createChecker(() => sampleAnalysis()).check(tabId)).state).toBe('restricted');
  });

  test('any other failure is an error, with the badge saying so', async () => {
    fakeContentScript({ injectError: 'Frame with ID 0 was removed.' });
    const tabId = await openTab('https://news.example/a');
    const result = await createChecker(() => sampleAnalysis()).check(tabId);
    expect(result.state).toBe('error');
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('!');
  });

  test('an analyser that throws gives an error, not a silent popup', async () => {
    fakeContentScript();
    const tabId = await openTab('https://news.example/a');
    const result = await createChecker(() => {
      throw new Error('compromise failed');
    }).check(tabId);
    expect(result).toEqual({ state: 'error', reason: 'compromise failed' });
  });

  test('a content script already in the page is not injected again', async () => {
    const page = fakeContentScript({ injected: true });
    const tabId = await openTab(ARTICLE_URL);
    await createChecker(() => sampleAnalysis()).check(tabId);
    expect(page.executeScript).not.toHaveBeenCalled();
  });
});

describe('the background handler map', () => {
  beforeEach(() => fakeBrowser.reset());

  test('routes typed messages to named handlers and forwards to the page', async () => {
    const page = fakeContentScript({ injected: true });
    const tabId = await openTab(ARTICLE_URL);
    const handlers = createBackgroundHandlers(createChecker(() => sampleAnalysis()));
    expect(await dispatch(handlers, { type: 'scrollToFinding', payload: { tabId, id: 1 } }, undefined)).toEqual({ found: true });
    expect(await dispatch(handlers, { type: 'setHighlightsVisible', payload: { tabId, visible: false } }, undefined)).toEqual({ count: 0 });
    expect(page.received.map((m) => m.type)).toEqual(['scrollToFinding', 'toggleHighlights']);
    const done = (await dispatch(handlers, { type: 'check', payload: { tabId } }, undefined)) as { state: string };
    expect(done.state).toBe('done');
  });

  test('the popup’s wake readies the analyser before its check arrives', async () => {
    const prepare = vi.fn();
    const handlers = createBackgroundHandlers(createChecker(() => sampleAnalysis(), prepare));
    expect(await dispatch(handlers, { type: 'wake', payload: {} }, undefined)).toEqual({ awake: true });
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  test('a page that stopped answering gives a quiet answer', async () => {
    fakeContentScript({ injected: false });
    const tabId = await openTab(ARTICLE_URL);
    const handlers = createBackgroundHandlers(createChecker(() => sampleAnalysis()));
    expect(await dispatch(handlers, { type: 'scrollToFinding', payload: { tabId, id: 1 } }, undefined)).toEqual({ found: false });
  });

  test.each([[{ type: 'unknown', payload: {} }], [{ type: 'toString', payload: {} }], ['check'], [null], [{ payload: {} }]])(
    'leaves %o to other listeners',
    (message) => expect(dispatch(createBackgroundHandlers(createChecker(() => sampleAnalysis())), message, undefined)).toBeUndefined(),
  );
});
