import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { browserAvailable, ROOT } from './harness';

/** Chromium driven by playwright-core over CDP, with the e2e build loaded as an unpacked extension. */
export const EXTENSION_DIR = join(ROOT, '.output/e2e/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumAvailable = () => browserAvailable('Chromium', CHROMIUM, EXTENSION_DIR);

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request the browser made, with the page's URL where there was one. */
  requests: string[];
  close: () => Promise<void>;
}

/** Chromium with the built extension loaded, in a fresh profile. */
export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const userDataDir = mkdtempSync(join(tmpdir(), 'fine-print-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  // Fixture pages name images on news sites; nothing may leave the machine.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    requests,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The browser's id for the tab showing `page`, asked of the extension's service worker. */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await ext.worker.evaluate(async (wanted: string) => {
    const tabs: { id?: number; url?: string }[] = await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Opens a tab from the extension itself, for pages a test page cannot navigate to. */
export async function createTab(ext: ExtensionBrowser, url: string): Promise<number> {
  return ext.worker.evaluate(async (target: string) => (await (globalThis as unknown as ChromeGlobal).chrome.tabs.create({ url: target })).id!, url);
}

/** Opens the popup in a tab of its own, checking the given tab. */
export async function openPopup(ext: ExtensionBrowser, tabId: number, size = { width: 420, height: 640 }): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize(size);
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** The part of `chrome` the tests call inside the service worker. */
interface ChromeGlobal {
  chrome: {
    tabs: {
      query(info: object): Promise<{ id?: number; url?: string }[]>;
      create(props: { url: string }): Promise<{ id?: number }>;
    };
  };
}
