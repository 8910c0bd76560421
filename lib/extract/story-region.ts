/** A paragraph of story length, as against a caption's, a teaser's or a list item's. */
export const STORY_LINE = 80;
/** Story-length paragraphs a region holds when it is the story itself rather than a list beside it. */
const STORY_PARAGRAPHS = 3;

/**
 * Whether a region holds the story itself: its headline, or a few paragraphs of story length.
 * Real pages name story containers like page furniture ("node--promoted", "with-sidebar",
 * "read-more"). Tag lookups, not selectors: this runs on every region a rule matches.
 */
export function holdsStory(el: Element): boolean {
  if (el.getElementsByTagName('h1').length) return true;
  let long = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) if ((p.textContent ?? '').length >= STORY_LINE && ++long >= STORY_PARAGRAPHS) return true;
  return false;
}
