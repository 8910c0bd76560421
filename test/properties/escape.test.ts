import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeHtml, escapeMarkdown } from '../../lib/report/escape';
import { pageText, SEED } from './arbitraries';

const run = { seed: SEED, numRuns: 500 };
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescapeHtml = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);
const unescapeMarkdown = (s: string) => s.replace(/\\(.)/gsu, '$1');
const markup = fc.oneof(pageText, fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "' onmouseover='x", '&lt;script&gt;', '[link](javascript:alert(1))', '![x](http://e/x.png)', '# Heading', '1. item', '- item', '**bold**', '<!-- c -->'));

describe('escapeHtml', () => {
  test('round-trips: unescaping gives back the text', () => {
    fc.assert(fc.property(markup, (t) => {
      expect(unescapeHtml(escapeHtml(t))).toBe(t);
    }), run);
  });

  test('no raw < > " or \' survives, and every & starts an entity', () => {
    fc.assert(fc.property(markup, (t) => {
      const out = escapeHtml(t);
      expect(out).not.toMatch(/[<>"']/);
      expect(out.replace(/&(?:amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
    }), run);
  });
});

describe('escapeMarkdown', () => {
  test('round-trips to the whitespace-folded text', () => {
    fc.assert(fc.property(markup, (t) => {
      expect(unescapeMarkdown(escapeMarkdown(t))).toBe(t.replace(/\s+/g, ' ').trim());
    }), run);
  });

  test('stays on one line, and every < [ ! ` * _ # from the input is escaped', () => {
    fc.assert(fc.property(markup, (t) => {
      const out = escapeMarkdown(t);
      expect(out).not.toMatch(/[\r\n]/);
      // strip escaped pairs; whatever is left must hold no markup character
      expect(out.replace(/\\./gsu, '')).not.toMatch(/[<>[\]!`*_#()|~&\\]/);
    }), run);
  });

  test.each([
    ['1. Not a list', '1\\. Not a list'],
    ['- not a bullet', '\\- not a bullet'],
    ['<script>alert(1)</script>', '\\<script\\>alert\\(1\\)\\</script\\>'],
  ])('escapes %j', (text, expected) => expect(escapeMarkdown(text)).toBe(expected));
});
