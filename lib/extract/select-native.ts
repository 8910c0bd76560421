/**
 * The same queries as select.ts, answered by the browser's own selector engine: in a browser it
 * is fast, and the extension's content script is smaller without a selector reader of its own.
 * The extension's content-script build puts this module in select.ts's place
 * (scripts/build/native-select.ts); Node, whose DOM re-reads selectors on every query, keeps select.ts.
 */

/** The elements under root in document order, as querySelectorAll visits them. */
export function descendants(root: Document | Element): Element[] {
  return Array.from(root.querySelectorAll('*'));
}

/** Runs `read`; the browser's engine needs no shared walk of the page. */
export function withPageWalk<T>(_doc: Document, read: () => T): T {
  return read();
}

/** The browser's engine keeps no walk of its own to share. */
export function shareBodyWalk(_doc: Document, _elements: Element[]): void {}

/**
 * root.querySelectorAll(selectors) as an array. `elements`, root's descendants already walked,
 * spare the portable reader a walk; the browser's engine walks faster than a test of each one.
 */
export function selectAll(root: Document | Element, selectors: string, _elements?: Element[]): Element[] {
  return Array.from(root.querySelectorAll(selectors));
}

/** root.querySelector(selectors). */
export function selectFirst(root: Document | Element, selectors: string): Element | null {
  return root.querySelector(selectors);
}

/** el.closest(selectors). */
export function closestMatch(el: Element, selectors: string): Element | null {
  return el.closest(selectors);
}

/** el.matches(selectors). */
export function matchesSelector(el: Element, selectors: string): boolean {
  return el.matches(selectors);
}
