import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumAvailable, createTab, launchWithExtension, openPopup, tabIdOf, type ExtensionBrowser } from './chromium';
import { FOUNDING, namedByServedPage, RETRIED_READ, ROOT, screenshotPath, startServer } from './harness';
import { pageMarkup, pointAtWords, wordsInView } from './page-probes';

const available = chromiumAvailable();
const { updateWords: UPDATE_WORDS, unclearWords: UNCLEAR_WORDS } = FOUNDING;
const metrics: Record<string, number | string> = {};

describe.skipIf(!available)('Fine Print in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchWithExtension();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
    if (Object.keys(metrics).length) writeFileSync(screenshotPath('metrics.json'), JSON.stringify(metrics, null, 2));
  });

  async function openArticle(name: string, height = 600): Promise<Page> {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1000, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${server.origin}/${name}`);
    return page;
  }

  async function heapUsed(page: Page): Promise<number> {
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.detach();
    return usedSize;
  }

  /** When the popup showed its verdict, in ms from the start of its own page load. */
  async function verdictShownAt(popup: Page): Promise<number> {
    const mark = await popup.waitForFunction(() => performance.getEntriesByName('fine-print:done')[0]?.startTime, null, { timeout: 30_000 });
    return Math.round((await mark.jsonValue()) as number);
  }

  test('the founding example, end to end', async () => {
    const page = await openArticle(FOUNDING.page);
    const original = await page.evaluate(pageMarkup);
    const heapBefore = await heapUsed(page);
    const tabId = await tabIdOf(ext, page);

    const opened = Date.now();
    const popup = await openPopup(ext, tabId);
    const badge = popup.locator('[data-verdict]');
    await badge.waitFor({ timeout: 30_000 });
    metrics.popupOpenToVerdictMs = Date.now() - opened;
    metrics.popupFirstCheckMs = await verdictShownAt(popup);
    metrics.heapBeforeCheckBytes = heapBefore;
    metrics.heapAfterCheckBytes = await heapUsed(page);

    // Verdict and summary
    const verdict = await badge.getAttribute('data-verdict');
    metrics.verdict = verdict ?? '';
    expect(['qualified', 'contradicted']).toContain(verdict);
    expect((await popup.locator('.verdict-summary').textContent())!.length).toBeGreaterThan(10);

    // The UPDATE note first, in full, with a finding drawn from it
    const note = popup.locator('.note', { hasText: UPDATE_WORDS });
    await expect(note.count()).resolves.toBe(1);
    expect(await note.locator('[data-finding-kind]').count()).toBeGreaterThan(0);
    const sections = await popup.locator('main section[aria-labelledby]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-labelledby')));
    expect(sections.indexOf('notes-title')).toBeLessThan(Math.max(sections.indexOf('findings-title'), sections.length));
    expect(await popup.locator('[data-finding-kind]').count()).toBeGreaterThan(1);
    expect(await popup.locator('.finding-where').allTextContents()).toContainEqual(expect.stringMatching(/^(paragraph \d+ of \d+|update note)/));
    // The cookie notice and the stray share letter are not quoted as evidence
    const quotes = await popup.locator('q.finding-quote').allTextContents();
    expect(quotes.some((q) => /cookies/i.test(q) || q.trim() === 'f')).toBe(false);

    // Highlights on the page, DOM untouched but for the root attribute
    const count = Number(await page.getAttribute('html', 'data-fine-print-highlights'));
    expect(count).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelectorAll('mark').length)).toBe(0);

    await popup.screenshot({ path: screenshotPath('popup-founding-light.png'), fullPage: true });

    // Click to scroll: the page goes to the bottom, the finding brings the sentence back into view
    const unclear = popup.locator('button.finding-body', { hasText: UNCLEAR_WORDS }).first();
    const target = (await unclear.count()) > 0 ? unclear : popup.locator('button.finding-body').first();
    const targetText = (await target.locator('q.finding-quote').textContent()) ?? UPDATE_WORDS;
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const scrolledBefore = await page.evaluate(() => window.scrollY);
    await target.click();
    await popup.getByText('Shown on the page.').waitFor();
    const inView = await page.evaluate(wordsInView, targetText.slice(0, 40));
    expect(inView).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).not.toBe(scrolledBefore);

    // Hovering a highlighted sentence shows the card; the page with its highlights as the reader sees it
    await page.bringToFront();
    const point = await page.evaluate(pointAtWords, targetText.slice(0, 20));
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await page.waitForSelector('fine-print-card', { state: 'attached' });
    await page.screenshot({ path: screenshotPath('page-founding-highlighted.png') });

    // Export: the blob links and the clipboard carry the report
    const exported = await popup.evaluate(async () => {
      const text = async (label: string) => {
        const href = document.querySelector(`a[data-export="${label}"]`)!.getAttribute('href')!;
        return (await fetch(href)).text();
      };
      return { md: await text('Save Markdown'), json: await text('Save JSON'), html: await text('Save HTML') };
    });
    expect(exported.md).toContain('# Fine Print: Trump, parting with Treasury');
    expect(exported.md).toContain(UPDATE_WORDS);
    expect(JSON.parse(exported.json).verdict).toBe(verdict);
    expect(exported.html).toContain(`data-verdict="${verdict}"`);
    expect(exported.html).not.toMatch(/<script/i);
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.bringToFront();
    await popup.locator('[data-export="copy"]').click();
    await popup.getByText('Markdown copied to the clipboard.').waitFor();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(exported.md);

    // Turning highlights off, then clearing, leaves the page exactly as it was
    await page.mouse.move(1, 1);
    await popup.getByLabel('Highlight on the page').uncheck();
    await expect.poll(() => page.evaluate(pageMarkup)).toBe(original);
    await popup.getByLabel('Highlight on the page').check();
    await expect.poll(() => page.getAttribute('html', 'data-fine-print-highlights')).toBe(String(count));
    await popup.evaluate(
      (id: number) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'clearHighlights', payload: { tabId: id } }),
      tabId,
    );
    await expect.poll(() => page.evaluate(pageMarkup)).toBe(original);

    // A second check of the unchanged page reports no changes
    await popup.getByRole('button', { name: 'Check again' }).click();
    await popup.locator('[data-verdict]').waitFor();
    expect(await popup.locator('.changes').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  test('the popup shows its verdict soon after it opens on a typical article', async () => {
    // Each article is checked in a fresh tab the first time, as a reader opening the popup on it would.
    const times: number[] = [];
    for (const name of ['wordpress.html', 'guardian-like.html', 'bbc-like.html', 'nyt-like.html', 'arc-washington.html']) {
      const page = await openArticle(name);
      const popup = await openPopup(ext, await tabIdOf(ext, page));
      await popup.locator('[data-verdict]').waitFor({ timeout: 30_000 });
      times.push(await verdictShownAt(popup));
      await popup.close();
      await page.close();
    }
    times.sort((a, b) => a - b);
    metrics.popupVerdictMsEach = times.join(', ');
    metrics.popupVerdictMsMedian = times[Math.floor(times.length / 2)];
    expect(times.every((t) => t > 0)).toBe(true);
  });

  test('dark mode follows the system', async () => {
    const page = await openArticle(FOUNDING.page);
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.locator('[data-verdict]').waitFor({ timeout: 30_000 });
    const background = await popup.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect((r + g + b) / 3).toBeLessThan(60);
    await popup.screenshot({ path: screenshotPath('popup-founding-dark.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'light' });
    const light = await popup.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(light).not.toBe(background);
    await popup.close();
    await page.close();
  });

  test('the popup has no serious or critical accessibility violations', async () => {
    const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const page = await openArticle(FOUNDING.page);
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    await popup.locator('[data-verdict]').waitFor({ timeout: 30_000 });
    const violations: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.evaluate(axe);
      const found = await popup.evaluate(async () => {
        const result = await (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      violations.push(...found.map((v) => `${scheme}: ${v}`));
    }
    expect(violations).toEqual([]);
    // Every control is reachable from the keyboard, in order
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Check again');
    await popup.close();
    await page.close();
  });

  test('a story Readability reads a second time, with looser rules, gets its verdict and highlights', async () => {
    const page = await openArticle(RETRIED_READ.page);
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    const badge = popup.locator('[data-verdict]');
    await badge.waitFor({ timeout: 30_000 });
    expect(await badge.getAttribute('data-verdict')).toBe('qualified');
    expect(await popup.locator('.finding-body').allTextContents()).toContainEqual(expect.stringContaining(RETRIED_READ.unclearWords));
    await expect.poll(async () => Number(await page.getAttribute('html', 'data-fine-print-highlights'))).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  test('a page without an article says so', async () => {
    const page = await openArticle('no-article.html');
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    await popup.locator('[data-state="no-article"]').waitFor({ timeout: 30_000 });
    expect(await popup.locator('h1').textContent()).toBe('No article on this page');
    expect(await page.getAttribute('html', 'data-fine-print-highlights')).toBeNull();
    await popup.screenshot({ path: screenshotPath('popup-no-article.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  test('a tab that is gone is an error with a retry', async () => {
    const popup = await openPopup(ext, 987_654);
    await popup.locator('[data-state="error"]').waitFor({ timeout: 30_000 });
    expect(await popup.getByRole('alert').textContent()).toContain('That tab is no longer open.');
    await popup.getByRole('button', { name: 'Try again' }).click();
    await popup.locator('[data-state="error"]').waitFor();
    await popup.screenshot({ path: screenshotPath('popup-error.png'), fullPage: true });
    await popup.close();
  });

  test('a browser page is restricted', async () => {
    const tabId = await createTab(ext, 'chrome://version/');
    const popup = await openPopup(ext, tabId);
    await popup.locator('[data-state="restricted"]').waitFor({ timeout: 30_000 });
    expect(await popup.locator('h1').textContent()).toBe('Fine Print can’t read this page');
    await popup.close();
  });

  test('the options page lists checked articles, saves settings and clears the list', async () => {
    const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const options = await ext.context.newPage();
    await options.setViewportSize({ width: 760, height: 900 });
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const entry = options.locator('.history li', { hasText: 'Trump, parting with Treasury' });
    await entry.waitFor();
    expect(await entry.locator('[data-verdict]').count()).toBe(1);
    await options.screenshot({ path: screenshotPath('options.png'), fullPage: true });
    await options.evaluate(axe);
    const serious = await options.evaluate(async () => {
      const result = await (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(serious).toEqual([]);
    await options.getByRole('checkbox', { name: 'Hedged' }).uncheck();
    await options.getByText('Saved. The next check uses these settings.').waitFor();
    const stored = await options.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { kinds: Record<string, boolean> }>> } } } }).chrome.storage.local.get('settings'),
    );
    expect(stored.settings.kinds.hedge).toBe(false);
    await options.getByRole('button', { name: 'Clear the list' }).click();
    await options.getByText('No articles checked yet.').waitFor();
    await options.close();
  });

  test('the extension makes no network request of its own', () => {
    const foreign = ext.requests.filter(
      (url) => !url.startsWith(`${server.origin}/`) && !url.startsWith(`chrome-extension://${ext.extensionId}/`) && !url.startsWith('blob:'),
    );
    expect(foreign.filter((url) => !namedByServedPage(url))).toEqual([]);
    console.info(`requests seen: ${ext.requests.length}\n${[...new Set(ext.requests)].join('\n')}`);
    expect(ext.requests.some((url) => url.startsWith(`${server.origin}/${FOUNDING.page}`))).toBe(true);
  });
});
