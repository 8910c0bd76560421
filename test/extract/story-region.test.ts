import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { holdsStory } from '../../lib/extract/story-region';

const long = (n: number) => `<p>${'The council met on Tuesday to weigh the plan for the harbour and its costs. '.repeat(2)}${n}</p>`;

describe('story-region: a region that holds the story itself', () => {
  test.each([
    ['the headline', '<h1>Council approves harbour plan</h1><p>Short.</p>', true],
    ['three story-length paragraphs', long(1) + long(2) + long(3), true],
    // near misses: a list of teasers, two paragraphs, short lines
    ['two story-length paragraphs', long(1) + long(2), false],
    ['teaser lines', '<p>Ferry fares to rise</p><p>Beach closures lifted</p><p>Parade route set</p><p>Budget trimmed</p>', false],
    ['headings below the headline', '<h2>Related stories</h2><p>Ferry fares to rise</p>', false],
  ])('%s -> %s', (_name, inner, expected) => {
    const { document } = parseHTML(`<html><body><div class="node--promoted">${inner}</div></body></html>`);
    expect(holdsStory(document.querySelector('div') as unknown as Element)).toBe(expected);
  });
});
