import { textOf } from './jsonld';
import { meta } from './metadata';
import { closestMatch, selectAll, selectFirst } from './select';
import { fold, similarity, words } from './text';

type Json = Record<string, unknown>;

/** " | ", " - ", " — ", " :: ", " » ": what sites put between a headline and their name. */
const SEPARATOR = /\s+[|\-–—:»·•/]{1,2}\s+/;

export interface Headline {
  text: string | null;
  element: Element | null;
}

/** "Story title | Site" and "Site - Story title" -> "Story title" when one end is the site name. */
export function withoutSiteName(title: string, site: string | null): string {
  const parts = title.split(SEPARATOR).map(fold).filter(Boolean);
  if (parts.length < 2) return title;
  const isSite = (p: string) => !!site && similarity(p, site) >= 0.6;
  let kept = parts.filter((p) => !isSite(p));
  if (kept.length === parts.length) {
    // No declared site name: drop a short end part when a real headline remains.
    const [first, last] = [parts[0], parts[parts.length - 1]];
    if (words(last).length <= 4 && words(first).length >= words(last).length) kept = parts.slice(0, -1);
    else if (words(first).length <= 3) kept = parts.slice(1);
  }
  return kept.length ? kept.join(' - ') : parts[0];
}

/** Visible headline candidates: h1s and marked headline elements, in page order. */
function visibleCandidates(doc: Document): Element[] {
  return selectAll(doc, 'h1, [itemprop="headline"]:not(meta), [class*="headline" i]:is(h2,h3)')
    .filter((el) => {
      const n = fold(el.textContent).length;
      return n >= 8 && n <= 300 && !closestMatch(el, 'nav, footer, [class*="related" i], [class*="comment" i]');
    })
    .slice(0, 10);
}

/**
 * The article's own headline: a visible h1 that the page's metadata agrees with, else the
 * metadata's headline with the site name removed.
 */
export function headlineOf(doc: Document, ld: Json | null, readabilityTitle?: string | null): Headline {
  const site = textOf(ld?.publisher) ?? meta(doc, 'og:site_name', 'application-name');
  const title = fold(selectFirst(doc, 'title')?.textContent);
  const stated = [textOf(ld?.headline), meta(doc, 'og:title'), meta(doc, 'twitter:title'), title, readabilityTitle]
    .filter((t): t is string => !!t)
    .map((t) => withoutSiteName(fold(t), site));
  const visible = visibleCandidates(doc);
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of visible) {
    const text = fold(el.textContent);
    const score = Math.max(0, ...stated.map((s) => similarity(text, s)));
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  if (best && bestScore >= 0.5) return { text: fold(best.textContent), element: best };
  const inArticle = visible.find((el) => closestMatch(el, 'article, main, [role="main"]') && words(fold(el.textContent)).length >= 3);
  if (inArticle) return { text: fold(inArticle.textContent), element: inArticle };
  if (stated.length) return { text: stated[0], element: null };
  const lone = visible.find((el) => el.tagName === 'H1');
  return { text: lone ? fold(lone.textContent) : null, element: lone ?? null };
}
