import { writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firefoxAvailable, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { FOUNDING, namedByServedPage, RETRIED_READ, screenshotPath, startServer } from './harness';
import { pageMarkup, wordsInView } from './page-probes';

const available = firefoxAvailable();
const metrics: Record<string, number | string> = {};

describe.skipIf(!available)('Fine Print in Firefox', () => {
  let ff: FirefoxWithExtension;
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    server = await startServer();
    const started = Date.now();
    ff = await launchFirefoxWithExtension();
    metrics.launchAndInstallMs = Date.now() - started;
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
    if (Object.keys(metrics).length) writeFileSync(screenshotPath('firefox-metrics.json'), JSON.stringify(metrics, null, 2));
  });

  async function openArticle(name: string): Promise<Page> {
    const page = await ff.newPage();
    await page.goto(`${server.origin}/${name}`);
    return page;
  }

  const texts = (popup: Page, selector: string) => popup.$$eval(selector, (els) => els.map((e) => e.textContent ?? ''));

  test('the founding example, end to end', async () => {
    const page = await openArticle(FOUNDING.page);
    const original = await page.evaluate(pageMarkup);
    const tabId = await ff.tabIdOf(page);

    const opened = Date.now();
    const popup = await ff.openPopup(tabId);
    const badge = await popup.waitForSelector('[data-verdict]', { timeout: 30_000 });
    metrics.popupOpenToVerdictMs = Date.now() - opened;
    metrics.popupFirstCheckMs = Math.round(await popup.evaluate(() => performance.getEntriesByName('fine-print:done')[0]?.startTime ?? -1));

    // Verdict and summary
    const verdict = await badge!.evaluate((el) => el.getAttribute('data-verdict'));
    metrics.verdict = verdict ?? '';
    expect(['qualified', 'contradicted']).toContain(verdict);
    expect((await texts(popup, '.verdict-summary'))[0].length).toBeGreaterThan(10);

    // The UPDATE note quoted, with a finding drawn from it
    const notes = await popup.$$eval('.note', (els, words) => els.filter((e) => e.textContent?.includes(words)).map((e) => e.querySelectorAll('[data-finding-kind]').length), FOUNDING.updateWords);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toBeGreaterThan(0);
    expect(await texts(popup, '.finding-where')).toContainEqual(expect.stringMatching(/^(paragraph \d+ of \d+|update note)/));

    // Highlights on the page, the DOM untouched but for the root attribute
    const count = Number(await page.evaluate(() => document.documentElement.getAttribute('data-fine-print-highlights')));
    expect(count).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelectorAll('mark').length)).toBe(0);
    await popup.screenshot({ path: screenshotPath('firefox-popup-founding.png'), fullPage: true });

    // Click to scroll: the page goes to the bottom, the finding brings the sentence back into view
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const scrolledBefore = await page.evaluate(() => window.scrollY);
    const target = await popup.waitForSelector(`::-p-xpath(//button[contains(@class, "finding-body")][contains(., "${FOUNDING.unclearWords}")])`);
    await target!.click();
    await popup.waitForFunction(() => document.body.textContent?.includes('Shown on the page.'));
    await expect.poll(() => page.evaluate(wordsInView, FOUNDING.unclearWords)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).not.toBe(scrolledBefore);
    await page.bringToFront();
    await page.screenshot({ path: screenshotPath('firefox-page-founding-highlighted.png') });

    // Clearing leaves the page exactly as it was
    await popup.evaluate(
      (id) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'clearHighlights', payload: { tabId: id } }),
      tabId,
    );
    await expect.poll(() => page.evaluate(pageMarkup)).toBe(original);
    await popup.close();
    await page.close();
  });

  test('a story Readability reads a second time, with looser rules, gets its verdict and highlights', async () => {
    const page = await openArticle(RETRIED_READ.page);
    const popup = await ff.openPopup(await ff.tabIdOf(page));
    const badge = await popup.waitForSelector('[data-verdict]', { timeout: 30_000 });
    expect(await badge!.evaluate((el) => el.getAttribute('data-verdict'))).toBe('qualified');
    expect(await texts(popup, '.finding-body')).toContainEqual(expect.stringContaining(RETRIED_READ.unclearWords));
    await expect.poll(async () => Number(await page.evaluate(() => document.documentElement.getAttribute('data-fine-print-highlights')))).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  test('a page without an article says so', async () => {
    const page = await openArticle('no-article.html');
    const popup = await ff.openPopup(await ff.tabIdOf(page));
    await popup.waitForSelector('[data-state="no-article"]', { timeout: 30_000 });
    expect(await texts(popup, 'h1')).toEqual(['No article on this page']);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-fine-print-highlights'))).toBeNull();
    await popup.screenshot({ path: screenshotPath('firefox-popup-no-article.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  test('the extension makes no network request of its own', () => {
    // The proxy saw the fixture pages ask for their news sites' pictures, so it was listening.
    expect(ff.requests.length).toBeGreaterThan(0);
    expect(ff.requests.filter((url) => !namedByServedPage(url))).toEqual([]);
  });
});
