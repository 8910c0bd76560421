import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/** What every browser's tests share: the fixture server, the skip rule, where artefacts go. */
export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const RESULTS_DIR = join(ROOT, 'test-results');
export const PAGE_DIRS = [join(ROOT, 'test/fixtures/pages'), join(ROOT, 'test/browser/pages')];

/**
 * Whether one browser's tests can run here. Without the browser or its e2e build they are
 * skipped with a loud message, except on CI, where either missing is a failure.
 */
export function browserAvailable(name: string, executable: string, extensionDir: string): boolean {
  const missing = [
    !existsSync(executable) && `${name} not found at ${executable}`,
    !existsSync(join(extensionDir, 'manifest.json')) && `no e2e build at ${extensionDir} (run npm run build:e2e)`,
  ].filter(Boolean);
  if (missing.length === 0) return true;
  const message = `${name.toUpperCase()} TESTS SKIPPED: ${missing.join('; ')}`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n${'!'.repeat(message.length)}\n${message}\n${'!'.repeat(message.length)}\n`);
  return false;
}

/** Serves the fixture pages on 127.0.0.1 at a random port. */
export async function startServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const file = /^[\w.-]+\.html$/.test(name) ? PAGE_DIRS.map((d) => join(d, name)).find(existsSync) : undefined;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

const SERVED_PAGES = PAGE_DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(dir, f), 'utf8')));

/**
 * Whether a fixture page names this address (a picture on its news site's server, say): the page
 * asks for those, and they are blocked. A request for anything else would be the extension's own.
 */
export function namedByServedPage(url: string): boolean {
  return SERVED_PAGES.some((html) => html.includes(url) || html.includes(url.replace(/&/g, '&amp;')));
}

export function screenshotPath(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, name);
}

/** The founding example, and words of its UPDATE note and of its "It is unclear" sentence. */
export const FOUNDING = {
  page: 'founding-example.html',
  updateWords: 'were not the sanctions announced Thursday',
  unclearWords: 'It is unclear what sanctions',
} as const;

/**
 * A story in a box named like page furniture ("sidebar-comments"): Readability's first read
 * strips it and finds too little, and it reads the page again with looser rules.
 */
export const RETRIED_READ = {
  page: 'retried-read.html',
  unclearWords: 'It is unclear whether the terminal will open in May',
} as const;
