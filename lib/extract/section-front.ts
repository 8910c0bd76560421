import type { Block } from './blocks';

/** "Read more »", "Continue reading →": a teaser's link to its story, standing alone. */
const READ_MORE = /^(?:read (?:more|the full (?:story|article))|continue reading|keep reading|full story)\b[\s»›→>.…]*$/i;
/** "Buy at REI for $165", "Check price on Amazon": a list of picks links to shops, not to stories. */
const SHOP_LINK = /^(?:buy|shop|check (?:the )?price|see (?:the )?price|view (?:at|on|deal)|get (?:it|the deal))\b|[$£€]\s?\d/i;
/** Links a page of teasers repeats at the least. */
const MIN_TEASERS = 3;
/** The most text a teaser holds between two links: a dek or a 55-word excerpt, not a story. */
const TEASER_CHARS = 500;
/** The most text before a page's first headline link: a section's name and one line about it. */
const INTRO_CHARS = 200;

/** A block that is one link to another story: its "Read more", or its headline (four words or more). */
function linkTo(block: Block): 'read-more' | 'headline' | null {
  if (block.linked < block.text.length * 0.9) return null;
  if (READ_MORE.test(block.text)) return 'read-more';
  // "Council delays vote on downtown parking rules"
  return block.text.split(' ').length >= 4 && !SHOP_LINK.test(block.text) ? 'headline' : null;
}

/**
 * A section front, topic page or category archive: "Read more" links, or headline links after
 * no more than a line of introduction, with teaser text between them and no run of text between
 * two links long enough to be a story. A story with links beside it still holds its own long run.
 */
export function isSectionFront(blocks: Block[]): boolean {
  const links = { 'read-more': 0, headline: 0 };
  let intro = 0;
  let run = 0;
  for (const block of blocks) {
    const link = linkTo(block);
    if (link) {
      links[link]++;
      run = 0;
      continue;
    }
    const own = block.text.length - block.linked;
    if (!links.headline) intro += own;
    if ((run += own) >= TEASER_CHARS) return false;
  }
  return links['read-more'] >= MIN_TEASERS || (links.headline >= MIN_TEASERS && intro < INTRO_CHARS);
}
