import { fold } from './text';

/** Inline elements: their text runs on inside the surrounding paragraph. */
const INLINE = new Set('A ABBR B BDI BDO BR CITE CODE DATA DEL DFN EM FONT I INS KBD MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR WBR LABEL'.split(' '));
/** Elements whose text is never story text: captions, controls, embedded media. */
const SKIP = new Set('FIGURE FIGCAPTION PICTURE BUTTON NAV FORM SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME INPUT SELECT TEXTAREA OBJECT EMBED VIDEO AUDIO CANVAS MATH ASIDE'.split(' '));
/** Blocks read as one paragraph even when they hold smaller blocks. */
const WHOLE = new Set(['TR', 'PRE']);

export interface Block {
  text: string;
  /** The element holding the text in the copy Readability returned. */
  element: Element;
  heading: boolean;
  /** How many characters of the text are link text. */
  linked: number;
}

/** Text of a node with spaces where blocks and table cells meet, skipped elements left out. */
export function textIn(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const tag = (node as Element).tagName;
  if (SKIP.has(tag)) return '';
  if (tag === 'BR') return ' ';
  let inner = '';
  for (let child = node.firstChild; child; child = child.nextSibling) inner += textIn(child);
  return INLINE.has(tag) ? inner : ` ${inner} `;
}

/** Characters of link text in a node. */
function linkedIn(node: Node): number {
  if (node.nodeType !== 1) return 0;
  const el = node as Element;
  if (el.tagName === 'A') return fold(textIn(el)).length;
  let n = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) n += linkedIn(child);
  return n;
}

function hasBlockChild(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (!INLINE.has(child.tagName)) return true;
  return false;
}

/**
 * Splits extracted content into paragraphs in reading order: each block without inner
 * blocks is one paragraph; loose text beside inner blocks becomes its own paragraph.
 */
export function blocksOf(root: Element): Block[] {
  const out: Block[] = [];
  const push = (text: string, element: Element, linked: number) => {
    const folded = fold(text);
    if (folded) out.push({ text: folded, element, heading: /^H[1-6]$/.test(element.tagName), linked });
  };
  const visit = (el: Element): void => {
    const tag = el.tagName;
    if (SKIP.has(tag)) return;
    if (WHOLE.has(tag) || !hasBlockChild(el)) return push(textIn(el), el, linkedIn(el));
    let run = '';
    let linked = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1 && !INLINE.has((child as Element).tagName)) {
        push(run, el, linked);
        [run, linked] = ['', 0];
        visit(child as Element);
      } else {
        run += textIn(child);
        linked += linkedIn(child);
      }
    }
    push(run, el, linked);
  };
  visit(root);
  return out;
}
