import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { CALLED, OVERRIDDEN, REPLACED, withoutDebugLogger, withoutLogCalls, withoutReplacedMethods, withoutUnreadParts, withShortPrivateNames } from '../../scripts/build/smaller-readability';
import { StoryReadability } from '../../lib/extract/readability';
import { fixturePages } from '../extract/fixture';

const source = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');

type Parsed = { title: string; byline: string | null; textContent: string } | null;

/** Readability's class as its (possibly rewritten) source defines it. */
function readabilityOf(code: string) {
  const module = { exports: {} as unknown };
  new Function('module', code)(module);
  return module.exports as new (doc: Document) => { parse(): Parsed };
}

describe('smaller-readability: the build takes out Readability debug logging', () => {
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
});

describe('smaller-readability: the debug logger', () => {
  test('only the no-op logger is left, and the rest of the source as it was', () => {
    const trimmed = withoutDebugLogger(source);
    expect(trimmed).not.toContain('console.log');
    expect(trimmed).not.toContain('logNode');
    expect(trimmed).toMatch(/^ {2}this\.log = function \(\) \{\};$/m);
    expect(source.length - trimmed.length).toBeGreaterThan(1000);
    expect(source.length - trimmed.length).toBeLessThan(1300);
  });

  test('a constructor that chooses its logger otherwise fails the build', () => {
    expect(() => withoutDebugLogger(source.replace('if (this._debug) {', 'if (this._debugging) {'))).toThrow(/logger/);
  });
});

describe('smaller-readability: what nothing reads', () => {
  const code = [
    'R.prototype = {',
    '  REGEXPS: {',
    '    used: /a/,',
    '    unused:',
    '      /b|c/i,',
    '    // a comment stays',
    '    alsoUsed: /d/,',
    '  },',
    '',
    '  _called() {',
    '    return this.REGEXPS.used.test(x);',
    '  },',
    '',
    '  _uncalled() {',
    '    return this._onlyFromUncalled();',
    '  },',
    '',
    '  _onlyFromUncalled() {',
    '    return 1;',
    '  },',
    '',
    '  parse() {',
    '    return this._called() && this.REGEXPS.alsoUsed;',
    '  },',
    '};',
    '',
  ].join('\n');

  test('an uncalled method goes, then what only it called; an unread pattern goes; the rest stays', () => {
    const out = withoutUnreadParts(code);
    expect(out).not.toMatch(/_uncalled|_onlyFromUncalled|unused|\/b\|c\/i/);
    for (const kept of ['used: /a/,', '// a comment stays', 'alsoUsed: /d/,', '_called() {', 'parse() {']) expect(out).toContain(kept);
    expect(() => new Function('R', out)({})).not.toThrow();
  });

  test('a method the extractor overrides or calls by name stays, though Readability never calls it', () => {
    const out = withoutUnreadParts(code.replace('  parse() {', '  _prepDocument() {\n    return 2;\n  },\n\n  parse() {'));
    expect(out).toContain('_prepDocument() {');
    expect(out).not.toContain('_uncalled');
  });

  test('a table read by computed key fails the build', () => {
    expect(() => withoutUnreadParts(code.replace('this.REGEXPS.alsoUsed', 'this.REGEXPS[name]'))).toThrow(/computed key/);
  });

  test("in Readability, what only the display steps read goes", () => {
    const out = withoutUnreadParts(withoutReplacedMethods(withoutDebugLogger(withoutLogCalls(source))));
    expect(out).not.toMatch(/_isSingleImage|srcsetUrl|b64DataUrl/);
    for (const kept of ['_grabArticle(page) {', 'unlikelyCandidates:', 'jsonLdArticleTypes:']) expect(out).toContain(kept);
  });
});

describe('smaller-readability: replaced methods and private names', () => {
  test('the build keeps the names of exactly the methods the extractor overrides', () => {
    const own = Object.getOwnPropertyNames(StoryReadability.prototype).filter((name) => name !== 'constructor');
    expect([...own].sort()).toEqual([...OVERRIDDEN].sort());
  });

  test('each display step and rewritten check is taken out, calls to it kept, and the rest of the source as it was', () => {
    const trimmed = withoutReplacedMethods(source);
    for (const name of REPLACED) {
      expect(trimmed).not.toMatch(new RegExp(`^  ${name}\\(`, 'm'));
      expect(trimmed).toContain(`this.${name}(`);
    }
    expect(trimmed.length).toBeLessThan(source.length - 4000);
    expect(trimmed).toContain('_grabArticle(page) {');
  });

  test('a Readability without a step the build knows fails the build', () => {
    expect(() => withoutReplacedMethods(source.replace('_fixLazyImages(root) {', '_fixImages(root) {'))).toThrow(/no method _fixLazyImages/);
  });

  test('private names are shortened; another DOM\'s marker and the flag set on page elements are not', async () => {
    const short = await withShortPrivateNames(withoutDebugLogger(source));
    expect(short).not.toMatch(/\b_grabArticle\b|\b_cleanConditionally\b|\bREGEXPS\b|\bFLAG_STRIP_UNLIKELYS\b/);
    expect(short).toContain('__JSDOMParser__');
    expect(short).toContain('_readabilityDataTable');
    for (const name of [...OVERRIDDEN, ...CALLED]) expect(short).toMatch(new RegExp(`^  ${name}\\(`, 'm'));
    expect(short.length).toBeLessThan(source.length);
  });

  test('Readability as shipped, with the methods the extractor puts in place of those it leaves out, reads every fixture page as the original does', async () => {
    const Original = readabilityOf(source);
    const Trimmed = readabilityOf(await withShortPrivateNames(withoutUnreadParts(withoutReplacedMethods(withoutDebugLogger(withoutLogCalls(source))))));
    const Shipped = class extends Trimmed {};
    const rewrites = StoryReadability.prototype as unknown as Record<string, unknown>;
    for (const name of REPLACED) Object.defineProperty(Shipped.prototype, name, { value: rewrites[name] });
    const pages = fixturePages({ hostile: false });
    expect(pages.length).toBeGreaterThan(200);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const before = new Original(parseHtmlDocument(html)).parse();
      const after = new Shipped(parseHtmlDocument(html)).parse();
      expect([after?.title, after?.byline, after?.textContent], page).toEqual([before?.title, before?.byline, before?.textContent]);
    }
  });
});
