import type { Anchor } from '../types';
import { fold } from './text';

const CONTEXT = 64;
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** CSS path from the body with nth-of-type steps: "body > div:nth-of-type(2) > p:nth-of-type(1)". */
export function pathOf(el: Element): string {
  const steps: string[] = [];
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    if (!parent) return '';
    const tag = node.tagName.toLowerCase();
    const siblings = Array.from(parent.children);
    steps.unshift(/^[a-z][a-z0-9-]*$/.test(tag)
      ? `${tag}:nth-of-type(${siblings.filter((s) => s.tagName === node!.tagName).indexOf(node) + 1})`
      : `*:nth-child(${siblings.indexOf(node) + 1})`);
  }
  return ['body', ...steps].join(' > ');
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
        for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
      }
    }
  };
  if (doc.body) read(doc.body);
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
      } else for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
    }
    return first < 0 ? [0, 0] : [first, last];
  };
  return (el, text) => {
    if (!el || !text) return null;
    const quote = asOnPage(el, text);
    const holder = deepestHolder(el, quote);
    const [start, end] = span(holder);
    const inner = fold(all.slice(start, end));
    const at = Math.max(0, inner.indexOf(quote));
    const before = fold(`${all.slice(Math.max(0, start - 4 * CONTEXT), start)} ${inner.slice(0, at)}`);
    const after = fold(`${inner.slice(at + quote.length)} ${all.slice(end, end + 4 * CONTEXT)}`);
    return { path: pathOf(holder), quote, prefix: before.slice(-CONTEXT).trimStart(), suffix: after.slice(0, CONTEXT).trimEnd() };
  };
}

/**
 * The text as the page's own text nodes run: extraction puts a space at a <br> or between
 * cells where the page has none, so the quote is matched again ignoring those spaces.
 */
function asOnPage(el: Element, text: string): string {
  const page = fold((el.parentElement ?? el).textContent);
  if (page.includes(text)) return text;
  const loose = new RegExp(text.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s?'));
  return loose.exec(page)?.[0] ?? text;
}

/**
 * The innermost element at or under el whose text holds the quote; a near ancestor when el
 * lost part of it; el itself when the quote was assembled from several cells.
 */
function deepestHolder(el: Element, quote: string): Element {
  let node: Element | null = el;
  for (let up = 0; node && up < 4 && !fold(node.textContent).includes(quote); up++) node = node.parentElement;
  if (!node || !fold(node.textContent).includes(quote)) return el;
  for (;;) {
    const child: Element | undefined = Array.from(node.children).find((c) => fold(c.textContent).includes(quote));
    if (!child) return node;
    node = child;
  }
}
