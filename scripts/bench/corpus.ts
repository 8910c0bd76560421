import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface Page {
  name: string;
  html: string;
}

/**
 * Every web page under a folder: `html/*.html` (the extraction benchmark's layout),
 * `<case>/source.html` (Readability's test pages) or loose `*.html` files.
 * Readability's own expected output files are not pages and are skipped.
 */
export function pagesIn(folder: string): Page[] {
  const out: Page[] = [];
  const visit = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      const info = statSync(path);
      if (info.isDirectory() && depth < 2) visit(path, depth + 1);
      else if (info.isFile() && /\.html?$/i.test(entry) && !/^expected/i.test(entry)) {
        const name = entry === 'source.html' ? basename(dir) : entry.replace(/\.html?$/i, '').slice(0, 16);
        out.push({ name: `${basename(folder)}/${name}`, html: readFileSync(path, 'utf8') });
      }
    }
  };
  visit(folder, 0);
  return out;
}

/** Pages from each folder that exists; missing folders are named, not fatal. */
export function loadCorpora(folders: string[]): { pages: Page[]; missing: string[]; found: string[] } {
  const pages: Page[] = [];
  const missing: string[] = [];
  const found: string[] = [];
  for (const folder of folders) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      missing.push(folder);
      continue;
    }
    const inFolder = pagesIn(folder);
    found.push(`${folder} (${inFolder.length} pages)`);
    pages.push(...inFolder);
  }
  return { pages, missing, found };
}
