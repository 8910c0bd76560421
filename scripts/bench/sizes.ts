import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuiltFile {
  label: string;
  raw: number;
  gzip: number;
}

export interface BuiltSizes {
  files: BuiltFile[];
  /** When the build is older than the newest source file, the figures may be stale. */
  builtAt: Date | null;
  staleAgainst: string | null;
}

const size = (label: string, path: string): BuiltFile => {
  const bytes = readFileSync(path);
  return { label, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

function newestSource(root: string): { path: string; time: number } {
  let newest = { path: '', time: 0 };
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      const info = statSync(path);
      if (info.isDirectory()) visit(path);
      else if (/\.(ts|tsx|css)$/.test(entry) && info.mtimeMs > newest.time) newest = { path, time: info.mtimeMs };
    }
  };
  for (const dir of ['lib', 'entrypoints', 'components']) if (existsSync(join(root, dir))) visit(join(root, dir));
  return newest;
}

/** The content script and the popup's JS chunks of the Chrome build, raw and gzipped; null when not built. */
export function builtSizes(root: string): BuiltSizes | null {
  const out = join(root, '.output', 'chrome-mv3');
  const content = join(out, 'content-scripts', 'content.js');
  if (!existsSync(content)) return null;
  const files = [size('content script', content)];
  // the popup's own chunk and every chunk its page loads or preloads
  const html = existsSync(join(out, 'popup.html')) ? readFileSync(join(out, 'popup.html'), 'utf8') : '';
  const popup = [...new Set(Array.from(html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g), (m) => m[1]))];
  for (const f of popup) if (existsSync(join(out, f))) files.push(size(`popup ${f}`, join(out, f)));
  if (popup.length > 1) files.push({ label: 'popup total', raw: files.slice(1).reduce((n, f) => n + f.raw, 0), gzip: files.slice(1).reduce((n, f) => n + f.gzip, 0) });
  const builtAt = statSync(content).mtime;
  const newest = newestSource(root);
  return { files, builtAt, staleAgainst: newest.time > builtAt.getTime() ? newest.path.slice(root.length + 1) : null };
}
