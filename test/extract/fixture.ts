import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtmlDocument } from '../../cli/parse-html';

export const PAGES = join(__dirname, '..', 'fixtures', 'pages');

/** A fixture page parsed the way the CLI parses a saved page. */
export function loadPage(name: string): Document {
  return parseHtmlDocument(readFileSync(join(PAGES, name), 'utf8'));
}
