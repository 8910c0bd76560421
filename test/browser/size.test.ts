import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ROOT } from './harness';

// the content script is injected into every page checked: its budget, gzipped as a store serves it
const BUDGET = 27 * 1024;

describe('the built content script', () => {
  test.each(['chrome-mv3', 'firefox-mv2'])('%s: within 27 KiB gzipped, with the browser selector engine and Readability as shipped', (build) => {
    const code = readFileSync(join(ROOT, '.output', 'e2e', build, 'content-scripts', 'content.js'));
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(BUDGET);
    const text = code.toString('utf8');
    expect(text).not.toContain('_cleanConditionally');
    // the portable selector reader reads :not(), :is() and :where() itself
    expect(text).not.toContain('(not|is|where)');
  });
});
