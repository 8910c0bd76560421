import type { Anchor } from '../types';
import { fold } from './text';

const CONTEXT = 64;
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Each child's step in a CSS path, worked out once per parent: one pass over its children. */
type Steps = Map<Element, string>;

function stepsUnder(parent: Element): Steps {
  const steps: Steps = new Map();
  const seen = new Map<string, number>();
  let index = 0;
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    index++;
    const tag = child.tagName.toLowerCase();
    const nth = (seen.get(child.tagName) ?? 0) + 1;
    seen.set(child.tagName, nth);
    steps.set(child, /^[a-z][a-z0-9-]*$/.test(tag) ? `${tag}:nth-of-type(${nth})` : `*:nth-child(${index})`);
  }
  return steps;
}

/**
 * CSS path from the body with nth-of-type steps: "body > div:nth-of-type(2) > p:nth-of-type(1)".
 * The cache keeps each parent's steps, so anchoring every paragraph of a long page stays linear.
 */
export function pathOf(el: Element, cache: Map<Element, Steps> = new Map()): string {
  const steps: string[] = [];
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    if (!parent) return '';
    let under = cache.get(parent);
    if (!under) cache.set(parent, (under = stepsUnder(parent)));
    steps.push(under.get(node) ?? '');
  }
  return ['body', ...steps.reverse()].join(' > ');
}

/**
 * Anchors text in the original page. The page's text is read once into one string with each
 * text node's offset, so prefix and suffix come from the real surrounding text.
 */
export function anchorer(doc: Document): (el: Element | null, quote: string) => Anchor | null {
  let all = '';
  const starts = new Map<Node, number>();
  // Walked with an explicit stack: pages nested thousands deep would overflow recursion.
  const read = (root: Node): void => {
    const stack: Node[] = [root];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.nodeType === 3) {
        starts.set(node, all.length);
        all += node.textContent ?? '';
      } else if (node.nodeType === 1 && !NOT_TEXT.has((node as Element).tagName)) {
        for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
      }
    }
  };
  if (doc.body) read(doc.body);
  const steps = new Map<Element, Steps>();
  const span = (el: Element): [number, number] => {
    let first = -1;
    let last = -1;
    const stack: Node[] = [el];
    while (stack.length) {
      const node = stack.pop()!;
      const start = starts.get(node);
      if (start != null) {
        if (first < 0) first = start;
        last = start + (node.textContent ?? '').length;
      } else for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
    return first < 0 ? [0, 0] : [first, last];
  };
  return (el, text) => {
    if (!el || !text) return null;
    const raw = el.textContent ?? '';
    const own = fold(raw);
    const quote = own.includes(text) ? text : asOnPage(el, text);
    const holder = deepestHolder(el, quote, own);
    const [start, end] = span(holder);
    const read = all.slice(start, end);
    // What was read of an element is its text less any script or style text; the same length
    // means nothing was left out, and its folded text is already known.
    const inner = holder === el && read.length === raw.length ? own : fold(read);
    const at = Math.max(0, inner.indexOf(quote));
    const before = fold(`${all.slice(Math.max(0, start - 4 * CONTEXT), start)} ${inner.slice(0, at)}`);
    const after = fold(`${inner.slice(at + quote.length)} ${all.slice(end, end + 4 * CONTEXT)}`);
    return { path: pathOf(holder, steps), quote, prefix: before.slice(-CONTEXT).trimStart(), suffix: after.slice(0, CONTEXT).trimEnd() };
  };
}

/**
 * The text as the page's own text nodes run, for text the element's own text does not hold:
 * extraction puts a space at a <br> or between cells where the page has none, so the quote is
 * matched again ignoring those spaces.
 */
function asOnPage(el: Element, text: string): string {
  // The parent's text can be the whole page: read only when the element's own falls short.
  const page = fold((el.parentElement ?? el).textContent);
  if (page.includes(text)) return text;
  const loose = new RegExp(text.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s?'));
  return loose.exec(page)?.[0] ?? text;
}

/**
 * The innermost element at or under el whose text holds the quote; a near ancestor when el
 * lost part of it; el itself when the quote was assembled from several cells.
 */
function deepestHolder(el: Element, quote: string, own: string): Element {
  let node: Element | null = el;
  let holds = own.includes(quote);
  for (let up = 0; node && up < 4 && !holds; up++) {
    node = node.parentElement;
    holds = !!node && fold(node.textContent).includes(quote);
  }
  if (!node || !holds) return el;
  let holder: Element = node;
  for (;;) {
    let child: Element | null = holder.firstElementChild;
    while (child && !holdsQuote(child, quote)) child = child.nextElementSibling;
    if (!child) return holder;
    holder = child;
  }
}

/** Folding never lengthens text, so text shorter than the quote is not folded to look. */
function holdsQuote(el: Element, quote: string): boolean {
  const raw = el.textContent ?? '';
  return raw.length >= quote.length && fold(raw).includes(quote);
}
