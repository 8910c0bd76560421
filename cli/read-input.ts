import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { InputError } from './errors';

/** Pages larger than this, compressed or not, are refused rather than risking the reader's memory. */
export const MAX_BYTES = 25 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;

export interface PageSource {
  html: string;
  url: string | null;
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Reads a local file or fetches an http(s) URL; every failure becomes one plain InputError. */
export async function readInput(input: string): Promise<PageSource> {
  return isUrl(input) ? fetchPage(input) : readPage(input);
}

async function readPage(path: string): Promise<PageSource> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(`cannot read ${path}: no such file`);
  }
  if (!info.isFile()) throw new InputError(`cannot read ${path}: not a file`);
  if (info.size > MAX_BYTES) throw new InputError(`${path} is larger than 25 MB`);
  const bytes = uncompressed(await readFile(path), path);
  return { html: decode(bytes, path), url: null };
}

async function fetchPage(url: string): Promise<PageSource> {
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
    });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'could not connect';
    throw new InputError(`cannot fetch ${url}: ${reason}`);
  }
  if (!response.ok) throw new InputError(`cannot fetch ${url}: HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html|xml|text\/plain/i.test(type)) throw new InputError(`${url} is not a web page (${type})`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new InputError(`${url} is larger than 25 MB`);
  return { html: decode(bytes, url), url: response.url || url };
}

/** A gzip-compressed page (`page.html.gz`, or any file that starts as gzip does) is read as the page inside it. */
function uncompressed(bytes: Buffer, name: string): Buffer {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_BYTES });
  } catch (error) {
    const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    throw new InputError(tooLarge ? `${name} is larger than 25 MB uncompressed` : `cannot read ${name}: broken gzip data`);
  }
}

/** gzip's two magic bytes. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A NUL byte in the first few kilobytes means a binary file, not a page. */
function decode(bytes: Buffer, name: string): string {
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${name} is a binary file, not a web page`);
  return bytes.toString('utf8');
}
