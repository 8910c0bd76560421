import type { Anchor } from '../types';
import { findAll, findByEnds, foldForMatch, indexText, spanOf, type TextIndex, type TextSpan } from './text-index';

export type Locator = (sentence: string, anchor: Anchor | null) => TextSpan | null;

/**
 * Finds findings' sentences on the live page: first inside the element the anchor's path
 * names, then anywhere on the page, preferring the place whose surrounding text matches the
 * anchor's prefix and suffix. The page is read once per locator, so make one per pass.
 */
export function createLocator(doc: Document, skip?: (el: Element) => boolean): Locator {
  let page: TextIndex | null = null;
  return (sentence, anchor) => {
    const holder = anchor ? elementAt(doc, anchor.path) : null;
    if (holder) {
      const local = indexText(holder, skip);
      const spot = bestSpot(local, sentence, null);
      if (spot) return spanOf(local, spot);
    }
    if (!doc.body) return null;
    page ??= indexText(doc.body, skip);
    const spot = bestSpot(page, sentence, anchor);
    return spot ? spanOf(page, spot) : null;
  };
}

function elementAt(doc: Document, path: string): Element | null {
  if (!path) return null;
  try {
    return doc.querySelector(path);
  } catch {
    return null;
  }
}

function bestSpot(index: TextIndex, sentence: string, anchor: Anchor | null): [number, number] | null {
  const exact = findAll(index, sentence);
  const candidates = exact.length > 0 ? exact : findByEnds(index, sentence);
  if (candidates.length <= 1 || !anchor) return candidates[0] ?? null;
  const before = foldForMatch(anchor.prefix).slice(-24);
  const after = foldForMatch(anchor.suffix).slice(0, 24);
  const score = ([start, end]: [number, number]) =>
    commonSuffix(index.text.slice(Math.max(0, start - before.length), start), before) +
    commonPrefix(index.text.slice(end, end + after.length), after);
  return candidates.reduce((best, spot) => (score(spot) > score(best) ? spot : best));
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
