import type { Article, ExtractResult, Note, NotePlacement, Paragraph } from '../types';
import { anchorer } from './anchors';
import { blocksOf, textIn } from './blocks';
import { isAuthorBio, isBoilerplate, isCredit, isKicker, isPromoLink, isRelatedLead, isRelatedLine } from './boilerplate';
import { dateIn } from './dates';
import { genreOf } from './genre';
import { headlineOf } from './headline';
import { splitInlineNotes, type InlineNote } from './inline-notes';
import { articleJsonLd, jsonLdObjects } from './jsonld';
import { bylineOf, dekOf, indexMeta, langOf, modifiedOf, publishedOf, urlOf } from './metadata';
import { findNotes, isSameNote, type FoundNote } from './notes';
import { withoutPhotoCredit } from './photo-credits';
import { runReadability } from './readability';
import { isSectionFront } from './section-front';
import { selectAll, withPageWalk } from './select';
import { fold, foldedLengthReaches, similarityTo } from './text';
import { timeStampedUpdates } from './time-stamped';

const NO_ARTICLE: ExtractResult = { ok: false, error: 'no article found' };
/** Less story text than this is a teaser, a stub or a page of links, not an article. */
const MIN_STORY_CHARS = 250;
/** A line above the headline up to this long, not ending as a sentence does, is a label. */
const LABEL_CHARS = 60;

/**
 * Reads the article on a page: headline, metadata, paragraphs and notes, each anchored in
 * the page. The page itself is never changed, and no failure escapes as an exception.
 */
export function extractArticle(doc: Document, url?: string | null): ExtractResult {
  try {
    return withPageWalk(doc, () => extract(doc, url ?? null));
  } catch (error) {
    return { ok: false, error: `could not read the page: ${error instanceof Error ? error.message : String(error)}` };
  }
}

interface Kept {
  text: string;
  original: Element | null;
  order: number;
  heading: boolean;
}

function extract(doc: Document, url: string | null): ExtractResult {
  if (!doc?.body || !foldedLengthReaches(doc.body, MIN_STORY_CHARS)) return NO_ARTICLE;
  const run = runReadability(doc);
  if (!run) return NO_ARTICLE;
  const blocks = blocksOf(run.content);
  if (isSectionFront(blocks)) return NO_ARTICLE;
  indexMeta(doc);
  const ldObjects = jsonLdObjects(doc);
  const ld = articleJsonLd(ldObjects);
  const headline = headlineOf(doc, ld, run.title);
  const published = publishedOf(doc, ld);
  const byline = bylineOf(doc, ld, run.byline);
  const boxes = findNotes(doc, ld, published);
  const found = [...boxes];
  // A note in story text is the page's own copy of a JSON-LD one, or a note of its own.
  const addNotes = (notes: InlineNote[], element: Element | null, placement: NotePlacement | null) => {
    for (const { kind, text } of notes) {
      const note: FoundNote = { kind, text, date: dateIn(text, published), element, placement };
      const same = found.findIndex((f) => isSameNote(f.text, text));
      if (same < 0) found.push(note);
      else if (!found[same].element) found[same] = { ...note, date: note.date ?? found[same].date };
    }
  };
  const credits: string[] = [];
  let kept: Kept[] = [];
  // Before the story's first real paragraph, lone links and labels like "Opinion" are section
  // labels and kickers, lines naming the author are bylines, and a lead photo's credit may sit on the text.
  let storyStarted = false;
  let inRelated = false;
  const likeHeadline = headline.text ? similarityTo(headline.text) : null;
  const dek = dekOf(doc, headline.element, ld, blocks.map((b) => b.text));
  // "SKIN BREAKTHROUGH", "World | Europe" above the headline, before any story: a label, not story
  const headlineAt = headline.element ? run.orderOf(headline.element) : -1;
  const labelAbove = (text: string, original: Element | null) =>
    headlineAt >= 0 && original !== null && run.orderOf(original) >= 0 && run.orderOf(original) < headlineAt && text.length <= LABEL_CHARS && !/[.!?]["”’]?$/.test(text);
  for (const block of blocks) {
    const original = run.originalOf(block.element);
    const inline = splitInlineNotes(block.text);
    const uncredited = withoutPhotoCredit(inline.text);
    const text: string = storyStarted ? inline.text : uncredited;
    // Under a "Related" or "You may also like" heading, the links that follow are other stories.
    inRelated = isRelatedLead(text) || (inRelated && block.linked >= text.length * 0.9);
    if (inRelated) continue;
    if (original && boxes.some((n) => n.element?.contains(original))) continue;
    // A paragraph that was one bracketed note and nothing more.
    if (inline.notes.length && !/[\p{L}\p{N}]/u.test(text)) {
      addNotes(inline.notes, original, null);
      continue;
    }
    if (!uncredited || isBoilerplate(text) || isRelatedLine(text, block.linked) || isPromoLink(text, block.linked) || isRepeat(text, likeHeadline, storyStarted ? null : byline) || (!storyStarted && (isLinkLabel(block.linked, text) || isKicker(text) || labelAbove(text, original)))) continue;
    if (original && dek.element?.contains(original)) continue;
    if (boxes.some((n) => text.length > 20 && n.text.includes(text))) continue;
    if (isCredit(text)) {
      credits.push(text);
      continue;
    }
    addNotes(inline.notes, original, 'inline');
    storyStarted ||= text.length >= 80;
    kept.push({ text, original, order: run.positionOf(block.element), heading: block.heading });
  }
  while (kept.length > 1 && isAuthorBio(kept[kept.length - 1].text)) kept.pop();
  // "12:00 PM PT -- Deputies were at the hotel…" before or after the story: an update to it.
  const updates = timeStampedUpdates(kept.map((p) => p.text));
  for (const [i, placement] of updates) addNotes([{ kind: 'update', text: kept[i].text }], kept[i].original, placement);
  kept = kept.filter((_, i) => !updates.has(i));
  const total = kept.reduce((n, p) => n + (p.heading ? 0 : p.text.length), 0);
  if (total < MIN_STORY_CHARS || linkShare(run.content) > 0.5 || !isProse(kept.map((p) => p.text).join(' '))) return NO_ARTICLE;
  const anchor = anchorer(doc);
  const paragraphs: Paragraph[] = kept.map((p) => ({ text: p.text, anchor: anchor(p.original, p.text) }));
  // Notes before or after every paragraph of real length sit at the top or bottom.
  const orders = kept.filter((p) => p.text.length >= 80 && p.order >= 0).map((p) => p.order);
  const placementOf = (note: FoundNote): NotePlacement => {
    if (note.placement) return note.placement;
    const at = note.element ? run.orderOf(note.element) : -1;
    if (at < 0) return 'bottom';
    if (!orders.length || at < Math.min(...orders)) return 'top';
    return at > Math.max(...orders) ? 'bottom' : 'inline';
  };
  // In page order; a note only in JSON-LD goes last.
  const at = (n: FoundNote) => (n.element ? run.orderOf(n.element) : Infinity);
  found.sort((a, b) => at(a) - at(b));
  const notes: Note[] = found.map((n) => ({ kind: n.kind, text: n.text, date: n.date, placement: placementOf(n), anchor: anchor(n.element, n.text) }));
  const article: Article = {
    headline: headline.text,
    dek: dek.text,
    byline,
    published,
    modified: modifiedOf(doc, ld),
    lang: langOf(doc, ld),
    url: urlOf(doc, url),
    paragraphs,
    notes,
    credits,
    genre: genreOf(doc, urlOf(doc, url), ldObjects),
  };
  return { ok: true, article };
}

/** Share of the content's text that is link text: most of it on section fronts and result lists. */
function linkShare(content: Element): number {
  const all = fold(textIn(content)).length;
  const linked = selectAll(content, 'a').reduce((n, a) => n + fold(textIn(a)).length, 0);
  return all ? linked / all : 1;
}

/** Characters that are not letters, digits, spaces or plain punctuation, one code point each. */
const NOT_PLAIN = /[^\p{L}\p{N}\s.,;:'"’“”()-]/gu;

/** Mostly letters, digits and spaces: a binary file read as text is not. */
function isProse(text: string): boolean {
  // Plain code points counted as all code points less the others: few matches to collect.
  const pairs = text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0;
  const plain = text.length - pairs - (text.match(NOT_PLAIN)?.length ?? 0);
  return plain / text.length > 0.85 && (text.match(/\uFFFD/g)?.length ?? 0) < text.length / 100;
}

/** A short block that is one link and nothing else: a section label or a "read more" link. */
function isLinkLabel(linked: number, text: string): boolean {
  return linked >= text.length * 0.9 && text.split(' ').length <= 6;
}

/** The headline (as its similarity to a text) or byline repeated inside the extracted body. */
function isRepeat(text: string, likeHeadline: ((text: string) => number) | null, byline: string | null): boolean {
  if (likeHeadline && text.length < 400 && likeHeadline(text) > 0.9) return true;
  return text.length < 100 && (/^[Bb]y\s+\p{Lu}/u.test(text) || (!!byline && text.includes(byline)));
}

/** The CLI's JSON shape: plain strings and note records, no anchors. */
export function articleToJson(article: Article) {
  return {
    headline: article.headline,
    dek: article.dek,
    byline: article.byline,
    published: article.published,
    modified: article.modified,
    lang: article.lang,
    url: article.url,
    paragraphs: article.paragraphs.map((p) => p.text),
    notes: article.notes.map((n) => ({ kind: n.kind, text: n.text, date: n.date })),
    credits: article.credits,
    genre: article.genre,
  };
}
