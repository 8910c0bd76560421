import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { nativeSelect } from '../../scripts/build/native-select';
import { fixturePages } from './fixture';

describe('select-native: the content script queries the page with the browser engine', () => {
  test('the extractor reads every fixture page the same with either engine', async () => {
    const pages = fixturePages({ hostile: true });
    expect(pages.length).toBeGreaterThan(200);
    const read = async () => {
      const { extractArticle } = await import('../../lib/extract/index');
      return pages.map((page) => JSON.stringify(extractArticle(parseHtmlDocument(readFileSync(page, 'utf8')), null)));
    };
    vi.resetModules();
    const portable = await read();
    vi.resetModules();
    vi.doMock('../../lib/extract/select', () => import('../../lib/extract/select-native'));
    const native = await read();
    // the mock took: the module the extractor imports is the native one, which has no selector reader
    expect('matcherOf' in (await import('../../lib/extract/select'))).toBe(false);
    vi.doUnmock('../../lib/extract/select');
    vi.resetModules();
    pages.forEach((page, i) => expect(native[i], page).toBe(portable[i]));
  });

  test('the build puts the native module in place of the portable one, and nothing else', async () => {
    const plugin = nativeSelect();
    const resolveId = plugin.resolveId as (this: unknown, source: string, importer: string | undefined, options: object) => Promise<string | null>;
    const context = { resolve: async (source: string) => ({ id: source.startsWith('.') ? join(process.cwd(), 'lib/extract/select.ts') : source }) };
    expect(await resolveId.call(context, './select', join(process.cwd(), 'lib/extract/index.ts'), {})).toBe(join(process.cwd(), 'lib/extract/select-native.ts'));
    const other = { resolve: async () => ({ id: join(process.cwd(), 'lib/highlight/select.ts') }) };
    expect(await resolveId.call(other, './select', join(process.cwd(), 'lib/highlight/index.ts'), {})).toBeNull();
    expect(await resolveId.call(context, './blocks', join(process.cwd(), 'lib/extract/index.ts'), {})).toBeNull();
  });
});
