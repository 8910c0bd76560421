import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserAvailable, ROOT } from './harness';

/**
 * Firefox driven by puppeteer-core over WebDriver BiDi, which needs no driver download, with the
 * e2e build installed as a temporary add-on.
 */
export const EXTENSION_DIR = join(ROOT, '.output/e2e/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Firefox gives each install a random host for moz-extension:// pages unless it is told one. */
const EXTENSION_UUID = '3f0c1e52-6d1a-4b7e-9c35-f1e9a0b2c4d8';

export const firefoxAvailable = () => browserAvailable('Firefox', FIREFOX, EXTENSION_DIR);

export interface FirefoxWithExtension {
  browser: Browser;
  /** Every request that would have left the machine, as `http://host/path` or `https://host/`. */
  requests: string[];
  newPage(size?: { width: number; height: number }): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

/** Firefox in a fresh profile with the built extension installed. */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const proxy = await startRecordingProxy();
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without it the driver cannot reach moz-extension:// pages, which are privileged.
    args: ['--remote-allow-system-access'],
    // A release build takes another remote-settings server (the pref below) only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: EXTENSION_UUID }),
      // Every request to anywhere but 127.0.0.1 goes to the recording proxy, which refuses it:
      // the extension's background page is out of the driver's sight, but not of the proxy's.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      // Firefox's own remote settings, which it would otherwise fetch while the tests run.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      // Scrolling to a finding then lands at once, as with Chromium's emulated reduced motion.
      'ui.prefersReducedMotion': 1,
    },
  });
  await browser.installExtension(EXTENSION_DIR);
  const base = `moz-extension://${EXTENSION_UUID}`;

  const newPage = async (size = { width: 1000, height: 600 }) => {
    const page = await browser.newPage();
    await page.setViewport(size);
    return page;
  };
  // Extension pages report no load event to the driver: start the navigation, then wait for the
  // page's own elements. Just after installing, Firefox may not serve the extension's pages yet (an
  // error page, which never gets them): the navigation is then started again, for up to 30 s.
  const openExtensionPage = async (path: string, ready: string, size?: { width: number; height: number }) => {
    const page = await newPage(size);
    const giveUp = Date.now() + 30_000;
    for (;;) {
      void page.goto(`${base}/${path}`, { timeout: 0 }).catch(() => undefined);
      try {
        await page.waitForSelector(ready, { timeout: 5_000 });
        return page;
      } catch (error) {
        if (Date.now() > giveUp) throw error;
      }
    }
  };
  // An extension page of its own to ask `browser.tabs` from, as the Chromium tests ask the service worker.
  const control = await openExtensionPage('options.html', 'main');

  return {
    browser,
    requests: proxy.requests,
    newPage,
    tabIdOf: async (page) => {
      const url = page.url();
      const id = await control.evaluate(
        async (wanted) => (await (globalThis as unknown as FirefoxGlobal).browser.tabs.query({})).find((t) => t.url === wanted)?.id ?? null,
        url,
      );
      if (id === null) throw new Error(`no tab shows ${url}`);
      return id;
    },
    openPopup: (tabId) => openExtensionPage(`popup.html?tab=${tabId}`, '[data-verdict], [data-state]', { width: 420, height: 640 }),
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}

/** An HTTP proxy that answers every request with 403 and remembers where it was going. */
async function startRecordingProxy() {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    requests.push(`https://${(req.url ?? '').replace(/:443$/, '')}/`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The part of `browser` the tests call inside an extension page. */
interface FirefoxGlobal {
  browser: { tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> } };
}
