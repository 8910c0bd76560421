import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { withoutLogCalls } from '../../scripts/build/drop-readability-logs';
import { PAGES } from '../extract/fixture';

const source = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');

/** Readability's class as its (possibly rewritten) source defines it. */
function readabilityOf(code: string) {
  const module = { exports: {} as unknown };
  new Function('module', code)(module);
  return module.exports as new (doc: Document) => { parse(): { title: string; textContent: string } | null };
}

describe('drop-readability-logs: the build takes out Readability debug logging', () => {
  test.each([
    ['this.log("Removing unlikely candidate - " + matchString);\nkeep();', '\nkeep();'],
    ['  this.log("Score (", node.score, ")", node);\nkeep();', '\nkeep();'],
    ['this.log(`with ) in a template`, f(a, (b))); keep();', ' keep();'],
    ["this.log('it\\'s', x)\nkeep();", '\nkeep();'],
    // a call that is not Readability's log, or not at a statement's start, stays
    ['that.log("x");', 'that.log("x");'],
    ['a = this.log("x");', 'a = this.log("x");'],
  ])('%j -> %j', (code, expected) => {
    expect(withoutLogCalls(code)).toBe(expected);
  });

  test('an unclosed call fails the build rather than cutting code', () => {
    expect(() => withoutLogCalls('this.log("open";\n')).toThrow(/does not close/);
  });

  test('the rewritten Readability has no log calls and reads a page exactly as the original', () => {
    const rewritten = withoutLogCalls(source);
    expect(source.match(/this\.log\(/g)?.length).toBeGreaterThan(10);
    expect(rewritten).not.toMatch(/^\s*this\.log\(/m);
    const html = readFileSync(join(PAGES, 'founding-example.html'), 'utf8');
    const before = new (readabilityOf(source))(parseHtmlDocument(html)).parse();
    const after = new (readabilityOf(rewritten))(parseHtmlDocument(html)).parse();
    expect(after?.textContent.length).toBeGreaterThan(500);
    expect(after).toEqual(before);
  });
});
