import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtmlDocument } from '../../cli/parse-html';

export const PAGES = join(__dirname, '..', 'fixtures', 'pages');

/** A fixture page parsed the way the CLI parses a saved page. */
export function loadPage(name: string): Document {
  return parseHtmlDocument(readFileSync(join(PAGES, name), 'utf8'));
}

const FIXTURES = join(PAGES, '..');

/**
 * Every fixture page's path: the extraction pages and the judgement sets, and with `hostile`
 * the hostile pages too (built to be slow or malformed, for the extractor's own limits).
 */
export function fixturePages({ hostile }: { hostile: boolean }): string[] {
  return readdirSync(FIXTURES)
    .filter((set) => hostile || set !== 'hostile')
    .flatMap((set) => {
      const dir = [join(FIXTURES, set, 'pages'), join(FIXTURES, set)].find((d) => {
        try {
          return readdirSync(d).some((f) => f.endsWith('.html'));
        } catch {
          return false;
        }
      });
      return dir ? readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f)) : [];
    });
}
