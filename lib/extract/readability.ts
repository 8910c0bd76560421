import { Readability } from '@mozilla/readability';
import { SITE_RULES } from './site-rules';

/** The attribute that carries each copied element's position in the original body. */
const MARK = 'data-fp-i';

export interface ReadabilityRun {
  content: Element;
  title: string | null;
  byline: string | null;
  /** The original page element a copied element came from. */
  originalOf(copy: Element): Element | null;
  /** An original element's position in page order (-1 when unknown). */
  orderOf(original: Element): number;
}

/** Names of story containers: "entry-content", "article-body", "story-text", "main". */
const STORY_NAME = /(?:entry|article|post|story)[-_]?(?:content|body|text)|\bcontent\b|\bmain\b|\bbody\b/i;

/**
 * Drop rules match class fragments, and real pages put fragments like "read-more" or
 * "paywall" on the story's own container: those containers are kept.
 */
function mayHoldStory(el: Element): boolean {
  if (el.querySelector('h1, article') || STORY_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return true;
  return Array.from(el.querySelectorAll('p')).filter((p) => (p.textContent ?? '').length >= 80).length >= 3;
}

/**
 * Readability discards wrappers named like "social-media-embed", and link-dense divs; quoted
 * posts are story text, so in the copy each post is lifted out of wrappers holding only it.
 */
function keepEmbeds(body: Element): void {
  for (const embed of Array.from(body.querySelectorAll(SITE_RULES.embeds.join(', ')))) {
    const text = (embed.textContent ?? '').trim();
    let wrapper = embed.parentElement;
    while (wrapper && wrapper !== body && /^(DIV|SECTION|FIGURE|ASIDE)$/.test(wrapper.tagName) && (wrapper.textContent ?? '').trim() === text) {
      wrapper.parentElement?.replaceChild(embed, wrapper);
      wrapper = embed.parentElement;
    }
  }
}

/** Nesting deeper than this is no real layout; Readability's time grows steeply with depth. */
const MAX_DEPTH = 150;

/** Lifts children out of text-free single-child DIV/SECTION chains when a page nests absurdly deep. */
function flattenDeepWrappers(copies: Element[]): void {
  const depth = new Map<Element, number>();
  let deepest = 0;
  for (const el of copies) {
    const d = (depth.get(el.parentElement as Element) ?? 0) + 1;
    depth.set(el, d);
    deepest = Math.max(deepest, d);
  }
  if (deepest <= MAX_DEPTH) return;
  for (const el of copies) {
    const only = el.children.length === 1 ? el.firstElementChild : null;
    if (!only || !el.parentElement || !/^(DIV|SECTION|SPAN)$/.test(el.tagName)) continue;
    if (Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent?.trim())) continue;
    el.parentElement.replaceChild(only, el);
  }
}

/**
 * Runs Readability on a deep copy of the page, never on the page itself. Each copied element
 * is marked with its position in the original body, so extracted text can be traced back.
 */
export function runReadability(doc: Document): ReadabilityRun | null {
  const clone = doc.cloneNode(true) as Document;
  if (!clone.body || !doc.body) return null;
  const originals = Array.from(doc.body.querySelectorAll('*'));
  const copies = Array.from(clone.body.querySelectorAll('*'));
  if (copies.length !== originals.length) return null;
  copies.forEach((el, i) => el.setAttribute(MARK, String(i)));
  for (const selector of SITE_RULES.drop) {
    try {
      for (const el of Array.from(clone.body.querySelectorAll(selector))) if (!mayHoldStory(el)) el.remove();
    } catch {
      // A selector this DOM cannot parse drops nothing.
    }
  }
  keepEmbeds(clone.body);
  flattenDeepWrappers(copies);
  const result = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  if (!result?.content) return null;
  const order = new Map(originals.map((el, i) => [el, i]));
  return {
    content: result.content,
    title: result.title ?? null,
    byline: result.byline ?? null,
    originalOf(copy) {
      const mark = copy.closest(`[${MARK}]`)?.getAttribute(MARK);
      return mark == null ? null : originals[Number(mark)] ?? null;
    },
    orderOf: (original) => order.get(original) ?? -1,
  };
}
