import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { blocksOf } from '../../lib/extract/blocks';
import { isSectionFront } from '../../lib/extract/section-front';

const excerpt = (n: number) => `<p>The council postponed vote ${n} on new parking rules after business owners asked for more time. A new vote is expected in April, officials said on Monday.</p>`;
const paragraph = (n: number) => `<p>Paragraph ${n} of the story reports what the council decided on Monday and why residents of the east district objected to the plan.</p>`;
const card = (n: number) => `<h3><a href="/story/${n}">Heat records fall across the Southwest for day ${n}</a></h3><p>Phoenix reached 104 degrees.</p><p>2 hours ago</p>`;
const repeat = (n: number, part: (i: number) => string) => Array.from({ length: n }, (_, i) => part(i + 1)).join('');
const story = repeat(5, paragraph);

describe('section-front: a page of teasers, not a story', () => {
  test.each([
    ['excerpts each with "Read more"', repeat(4, (i) => `${excerpt(i)}<p><a href="/s/${i}">Read more »</a></p>`), true],
    ['headline links with a dek and a time each', `<h1>Climate</h1><p>Extreme weather and the science behind it.</p>${repeat(5, card)}`, true],
    ['headline links over excerpts', repeat(4, (i) => `<h2><a href="/s/${i}">Council delays vote number ${i} again</a></h2>${excerpt(i)}`), true],
    // near misses: stories with links beside them
    ['a story with a list of related headlines after it', `${story}${repeat(5, (i) => `<p><a href="/r/${i}">Council trims the school budget again ${i}</a></p>`)}`, false],
    ['a story whose headline links to itself', `<h1><a href="/self">Council approves the parking plan</a></h1>${story}${repeat(3, (i) => `<p><a href="/r/${i}">Read more »</a></p>`)}`, false],
    ['a list of picks with shop buttons and a short intro', `<p>Our testers wore 31 pairs.</p>${repeat(5, (i) => `<h3>${i}. Ridgeway Trekker Mid</h3><p>It needed no breaking in and kept feet dry in two creek crossings.</p><p><a href="https://shop.example/${i}">Buy at REI for $165</a></p>`)}`, false],
    ['a list of picks with linked names after an intro', `${repeat(2, paragraph)}${repeat(5, (i) => `<h3><a href="https://shop.example/${i}">${i}. Ridgeway Trekker Mid boots</a></h3><p>It needed no breaking in and kept feet dry in two creek crossings.</p>`)}`, false],
    ['two teasers only', repeat(2, (i) => `${excerpt(i)}<p><a href="/s/${i}">Read more »</a></p>`), false],
  ])('%s -> %s', (_, inner, expected) => {
    const { document } = parseHTML(`<html><body><main>${inner}</main></body></html>`);
    expect(isSectionFront(blocksOf(document.querySelector('main') as unknown as Element))).toBe(expected);
  });
});
