import Readability from '@mozilla/readability/Readability.js';
import { type CopyMarks, mapMarks } from './copy-marks';
import { matchesSelector, selectAll, shareBodyWalk } from './select';
import { SITE_RULES } from './site-rules';
import { holdsStory, STORY_LINE } from './story-region';

/** Readability's own steps the extractor overrides or calls. */
interface ReadabilitySteps {
  _setNodeTag(node: Element, tag: string): Element;
  _simplifyNestedElements(articleContent: Element): void;
  _prepDocument(): void;
}
const steps = Readability.prototype as unknown as ReadabilitySteps;

/**
 * Readability as the extractor runs it: without the steps that ready its HTML for display in
 * Reader View (placeholder and noscript images, lazy images' sources, links made absolute,
 * presentational attributes and class names taken off), as Fine Print reads the text and maps
 * it back to the page, and those steps walk every image and link of the story for nothing; with
 * marks going along when it retags an element or hands a wrapper's attributes to its child; and
 * with the checks it makes of every element it walks (visible, a byline, empty) answering as
 * Readability's own do, with less work (tests hold the answers the same on every fixture page).
 * (Exported for the build's test: the content script keeps the names of the methods it overrides.)
 */
export class StoryReadability extends Readability<Element> {
  constructor(
    doc: Document,
    private readonly marks: CopyMarks,
  ) {
    super(doc, { serializer: (node) => node as Element });
  }

  _setNodeTag(node: Element, tag: string): Element {
    const replacement = steps._setNodeTag.call(this, node, tag);
    this.marks.carry(node, replacement);
    return replacement;
  }

  _simplifyNestedElements(articleContent: Element): void {
    this.marks.aroundAttributeCopies(articleContent, () => steps._simplifyNestedElements.call(this, articleContent));
  }

  // Readability reads `style` of every element it walks, and Node's DOM parses the attribute
  // into a new object at each read: only an element with a style attribute has a style to read.
  _isProbablyVisible(node: Element): boolean {
    const style = node.hasAttribute('style') ? (node as HTMLElement).style : null;
    return (!style || (style.display != 'none' && style.visibility != 'hidden')) && !node.hasAttribute('hidden') && (node.getAttribute('aria-hidden') != 'true' || !!node.className?.includes?.('fallback-image'));
  }

  // Readability measures the text of every element it walks before asking whether it is named
  // as a byline at all: the name first, then the text.
  _isValidByline(node: Element, matchString: string): boolean {
    if (node.getAttribute('rel') !== 'author' && !node.getAttribute('itemprop')?.includes('author') && !BYLINE_NAME.test(matchString)) return false;
    const length = node.textContent!.trim().length;
    return length > 0 && length < 100;
  }

  // Readability joins all the text under a container to see whether any of it is more than
  // space: the first text that is settles it.
  _isElementWithoutContent(node: Element): boolean {
    return !holdsText(node) && (!node.children.length || node.children.length == node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length);
  }

  _unwrapNoscriptImages(): void {}
  _fixLazyImages(): void {}
  _fixRelativeUris(): void {}
  _cleanStyles(): void {}
  _cleanClasses(): void {}
}

/** Readability's own pattern for a byline's class or id (its REGEXPS.byline; a test holds the two the same). */
export const BYLINE_NAME = /byline|author|dateline|writtenby|p-author/i;

/**
 * Whether any text under root is more than white space, as Readability's trim() tells it; stops at
 * the first that is. (Not foldedLengthReaches: fold() takes zero-width spaces for space, trim() keeps them.)
 */
function holdsText(root: Node): boolean {
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      if (/\S/.test(node.textContent!)) return true;
    } else if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node !== root && !node.nextSibling) node = node.parentNode as Node;
    if (node === root) return false;
    node = node.nextSibling;
  }
  return false;
}

export interface ReadabilityRun {
  content: Element;
  title: string | null;
  byline: string | null;
  /** The original page element a copied element came from. */
  originalOf(copy: Element): Element | null;
  /** An original element's position in page order (-1 when unknown). */
  orderOf(original: Element): number;
  /**
   * Where a copied element's text stood in page order (-1 when unknown). Unlike originalOf, it
   * follows text Readability moved into new paragraphs back to the element that held it.
   */
  positionOf(copy: Element): number;
}

/** Names of story containers: "entry-content", "article-body", "story-text", "main". */
const STORY_NAME = /(?:entry|article|post|story)[-_]?(?:content|body|text)|\bcontent\b|\bmain\b|\bbody\b/i;

/**
 * Drop rules match class fragments, and real pages put fragments like "read-more" or
 * "paywall" on the story's own container: those containers are kept.
 */
function mayHoldStory(el: Element): boolean {
  return STORY_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`) || el.getElementsByTagName('article').length > 0 || holdsStory(el) || storyParagraph(el);
}

/**
 * A story paragraph marked for a metered paywall (<p class="paywall"> on every paragraph):
 * a paragraph of a parent that holds three or more of story length under the same name. A
 * prompt to subscribe stands alone.
 */
function storyParagraph(el: Element): boolean {
  if (el.tagName !== 'P' || !el.parentElement) return false;
  const name = el.getAttribute('class');
  let same = 0;
  for (const sibling of Array.from(el.parentElement.children)) {
    if (sibling.tagName === 'P' && sibling.getAttribute('class') === name && (sibling.textContent ?? '').trim().length >= STORY_LINE) same++;
  }
  return same >= 3;
}

/**
 * Readability discards wrappers named like "social-media-embed", and link-dense divs; quoted
 * posts are story text, so in the copy each post is lifted out of wrappers holding only it.
 */
function keepEmbeds(body: Element, elements: Element[]): void {
  for (const embed of selectAll(body, SITE_RULES.embeds.join(', '), elements)) {
    const text = (embed.textContent ?? '').trim();
    let wrapper = embed.parentElement;
    while (wrapper && wrapper !== body && /^(DIV|SECTION|FIGURE|ASIDE)$/.test(wrapper.tagName) && (wrapper.textContent ?? '').trim() === text) {
      wrapper.parentElement?.replaceChild(embed, wrapper);
      wrapper = embed.parentElement;
    }
  }
}

/**
 * Readability drops elements named like page headers, and a story's own h2 and h3 subheadings
 * are often named "subheader" or "header-anchor-post": in the copy, such a heading that a
 * paragraph of story text follows loses the names. (h4 and below are mostly widget labels.)
 */
function keepSubheadings(copies: Element[]): void {
  // Read from the walk already made: a selector query would walk the page again.
  for (const heading of copies) {
    if ((heading.tagName !== 'H2' && heading.tagName !== 'H3') || !/header/i.test(`${heading.getAttribute('class') ?? ''} ${heading.id}`)) continue;
    const next = heading.nextElementSibling;
    if (!next || !/^(P|DIV)$/.test(next.tagName) || (next.textContent ?? '').trim().length < STORY_LINE) continue;
    heading.removeAttribute('class');
    heading.removeAttribute('id');
  }
}

/** Nesting deeper than this is no real layout; Readability's time grows steeply with depth. */
const MAX_DEPTH = 150;

/** Lifts children out of text-free single-child DIV/SECTION chains when a page nests absurdly deep. */
function flattenDeepWrappers(body: Element): void {
  const { elements: copies, deepest } = walk(body);
  if (deepest <= MAX_DEPTH) return;
  for (const el of copies) {
    const only = el.children.length === 1 ? el.firstElementChild : null;
    if (!only || !el.parentElement || !/^(DIV|SECTION|SPAN)$/.test(el.tagName)) continue;
    if (Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent?.trim())) continue;
    el.parentElement.replaceChild(only, el);
  }
}

/** Elements that never hold story text: left out of the copy, as the cheapest cut. */
const NOT_STORY = 'script, style, svg, noscript, iframe, template';

/**
 * The most elements the copy keeps for Readability, counted in reading order once the cut
 * elements are left out. Real article pages hold under a few thousand (the longest read runs to
 * some hundreds of paragraphs), while generated or endless pages hold hundreds of thousands and
 * would keep Readability, and the reader's tab, busy for tens of seconds. A page beyond this is
 * read only as far as its first MAX_ELEMENTS elements: the story's opening, within a few seconds.
 */
export const MAX_ELEMENTS = 10_000;

/** Elements of the list matching any drop rule, in reading order: one pass for all rules. */
function furnitureIn(body: Element, elements: Element[]): Element[] {
  try {
    return selectAll(body, SITE_RULES.drop.join(', '), elements);
  } catch {
    // A selector this DOM cannot parse drops nothing; the others still apply.
    return SITE_RULES.drop.flatMap((selector) => {
      try {
        return selectAll(body, selector, elements);
      } catch {
        return [];
      }
    });
  }
}

/**
 * Every element under root in reading order as querySelectorAll visits them (a template's content
 * is not part of the tree), the deepest nesting among them (root's children at 1), and for each
 * the index just past its last descendant; an explicit stack, since pages can nest thousands deep.
 */
function walk(root: Element): { elements: Element[]; deepest: number; ends: number[] } {
  const elements: Element[] = [];
  const ends: number[] = [];
  const stack: Element[] = [];
  const depths: number[] = [];
  // Elements whose subtree is still being walked, with their depths.
  const open: number[] = [];
  const openDepths: number[] = [];
  let deepest = 0;
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) {
    stack.push(child);
    depths.push(1);
  }
  while (stack.length) {
    const el = stack.pop()!;
    const depth = depths.pop()!;
    const at = elements.length;
    while (open.length && openDepths[openDepths.length - 1]! >= depth) {
      ends[open.pop()!] = at;
      openDepths.pop();
    }
    elements.push(el);
    open.push(at);
    openDepths.push(depth);
    if (depth > deepest) deepest = depth;
    if (el.localName === 'template') continue;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) {
      stack.push(child);
      depths.push(depth + 1);
    }
  }
  for (const at of open) ends[at] = elements.length;
  return { elements, deepest, ends };
}

/** Removes every element after the first `limit` in reading order, with all that follows them. */
function cutAfter(body: Element, limit: number): void {
  const all = walk(body).elements;
  if (all.length <= limit) return;
  let node: Element | null = all[limit];
  const cut = node;
  while (node && node !== body) {
    while (node.nextSibling) node.nextSibling.remove();
    node = node.parentElement;
  }
  cut.remove();
}

/**
 * The original element holding all the text an unmarked copy holds: the nearest common
 * ancestor of the originals of its first and last marked children or recorded text nodes.
 */
function movedTextOrigin(copy: Element, marks: CopyMarks, textFrom: Map<Node, number>, originals: Element[]): Element | null {
  const ends: Element[] = [];
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const from = child.nodeType === 1 ? marks.of(child as Element) : child.nodeType === 3 && child.textContent?.trim() ? textFrom.get(child) : undefined;
      if (from !== undefined) ends[ends.length ? 1 : 0] = originals[from];
      else if (child.nodeType === 1) visit(child);
    }
  };
  visit(copy);
  const last = ends[ends.length - 1];
  let common: Element | null = ends[0] ?? null;
  while (common && !common.contains(last)) common = common.parentElement;
  return common;
}

/** What Readability reads in a page's head: its title, meta tags and JSON-LD. */
const READ_IN_HEAD = 'title, meta, script[type*="json" i]';

/**
 * The page copied for Readability: its body less the cut elements, and of its head only what
 * Readability reads there. Scripts, styles and links are most of a head and only wait to be
 * removed; whole subtrees are copied at once, and only the ancestors of cut elements one by one.
 */
function copyOf(doc: Document, cut: Set<Element>): Document | null {
  const copy = doc.cloneNode(false) as Document;
  const root = copy.importNode(doc.documentElement, false);
  copy.appendChild(root);
  for (let child = doc.documentElement.firstChild; child; child = child.nextSibling) {
    if (child === doc.head) {
      const head = root.appendChild(copy.importNode(child, false));
      for (let el = doc.head.firstElementChild; el; el = el.nextElementSibling) {
        if (matchesSelector(el, READ_IN_HEAD)) head.appendChild(copy.importNode(el, true));
      }
    } else if (child === doc.body) {
      copyBodyInto(root.appendChild(copy.importNode(child, false)) as HTMLElement, doc.body, cut);
    } else root.appendChild(copy.importNode(child, true));
  }
  return copy.body ? copy : null;
}

/** Copies body's children into `into`, leaving the cut elements out. */
function copyBodyInto(into: HTMLElement, body: HTMLElement, cut: Set<Element>): void {
  const doc = into.ownerDocument;
  const holdsCut = new Set<Element>();
  for (const el of cut) for (let up = el.parentElement; up && up !== body && !holdsCut.has(up); up = up.parentElement) holdsCut.add(up);
  const stack: [Node, Node][] = [[body, into]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    for (let child = from.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1 && cut.has(child as Element)) continue;
      const deep = child.nodeType !== 1 || !holdsCut.has(child as Element);
      const copied = to.appendChild(doc.importNode(child, deep));
      if (!deep) stack.push([child, copied]);
    }
  }
}

/**
 * The page's body elements Readability is not given, each with all it holds: what never holds
 * story, and furniture. `elements` and `ends` are the body's walk.
 */
function cutsOf(body: HTMLElement, elements: Element[], ends: number[]): Set<Element> {
  const cut = new Set<Element>(selectAll(body, NOT_STORY, elements));
  let dropped: Element | null = null;
  for (const el of furnitureIn(body, left(elements, ends, cut))) {
    if (dropped?.contains(el) || mayHoldStory(el)) continue;
    cut.add(el);
    dropped = el;
  }
  return cut;
}

/** The walk's elements outside the cut ones, in reading order. */
function left(elements: Element[], ends: number[], cut: Set<Element>): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < elements.length; ) {
    if (cut.has(elements[i])) i = ends[i];
    else out.push(elements[i++]);
  }
  return out;
}

/**
 * Marks each element of the copy's body with the position of the page element it copies (the
 * copy holds the page's elements less the cut ones, in the same order) and readies it for
 * Readability; false when the copy does not line up with the page.
 */
function prepareCopy(body: HTMLElement, page: { elements: Element[]; ends: number[]; deepest: number }, cut: Set<Element>, marks: CopyMarks, textFrom: Map<Node, number>): boolean {
  const copies = walk(body).elements;
  let at = 0;
  for (let i = 0; i < page.elements.length; ) {
    if (cut.has(page.elements[i])) {
      i = page.ends[i];
      continue;
    }
    const copy = copies[at++];
    if (!copy) return false;
    marks.set(copy, i);
    if (copy.tagName === 'DIV') for (let child = copy.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) textFrom.set(child, i);
    i++;
  }
  if (at !== copies.length) return false;
  keepEmbeds(body, copies);
  keepSubheadings(copies);
  // Cutting only removes elements and keepEmbeds lifts them nearer the body, so a page that was
  // neither too deep nor too long at the start is neither now.
  if (page.deepest > MAX_DEPTH) flattenDeepWrappers(body);
  if (page.elements.length > MAX_ELEMENTS) cutAfter(body, MAX_ELEMENTS);
  return true;
}

/** What the copy's body hands Readability as its HTML. */
const AS_BUILT = '<!-- the copy as Fine Print built it -->';

/**
 * Readability keeps the body's HTML as it starts to read, to start again from it with looser
 * rules when its first read finds too little. Serialising the whole copy costs a tenth of the
 * read in Node's DOM and is wasted on nearly every page, and parsing it back would lose the marks:
 * the body hands out a token instead, and taking it back rebuilds the body as it was built.
 */
function rebuiltOnRetry(body: HTMLElement, rebuild: () => void): void {
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get: () => AS_BUILT,
    set(html: string) {
      if (html === AS_BUILT) return rebuild();
      Reflect.deleteProperty(body, 'innerHTML');
      body.innerHTML = html;
    },
  });
}

/**
 * Runs Readability on a copy of the page, never on the page itself. Each copied element is
 * marked with its position in the original body, so extracted text can be traced back.
 */
export function runReadability(doc: Document): ReadabilityRun | null {
  if (!doc.body) return null;
  const page = walk(doc.body);
  shareBodyWalk(doc, page.elements);
  const originals = page.elements;
  const cut = cutsOf(doc.body, originals, page.ends);
  const clone = copyOf(doc, cut);
  if (!clone) return null;
  const marks = mapMarks();
  // Readability wraps a div's loose text and inline elements in a new, unmarked <p> and may put
  // that <p> in the div's place; inline elements keep their marks, and each loose text node of a
  // div records the div it came from.
  const textFrom = new Map<Node, number>();
  if (!prepareCopy(clone.body, page, cut, marks, textFrom)) return null;
  const reader = new StoryReadability(clone, marks);
  rebuiltOnRetry(clone.body, () => {
    while (clone.body.lastChild) clone.body.lastChild.remove();
    copyBodyInto(clone.body, doc.body, cut);
    prepareCopy(clone.body, page, cut, marks, textFrom);
    steps._prepDocument.call(reader);
  });
  const result = reader.parse();
  if (!result?.content) return null;
  const order = new Map<Element, number>();
  for (let i = 0; i < originals.length; i++) order.set(originals[i], i);
  const originalOf = (copy: Element): Element | null => {
    let marked: Element | null = copy;
    while (marked && marks.of(marked) === undefined) marked = marked.parentElement;
    return marked ? originals[marks.of(marked)!] ?? null : null;
  };
  return {
    content: result.content,
    title: result.title ?? null,
    byline: result.byline ?? null,
    originalOf,
    orderOf: (original) => order.get(original) ?? -1,
    positionOf(copy) {
      const original = marks.of(copy) !== undefined ? null : movedTextOrigin(copy, marks, textFrom, originals);
      return order.get(original ?? originalOf(copy) ?? copy) ?? -1;
    },
  };
}
