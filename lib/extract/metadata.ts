import { namesIn, textOf } from './jsonld';
import { selectAll, selectFirst } from './select';
import { fold, namesOf, similarity } from './text';

type Json = Record<string, unknown>;

/** Each property, name or itemprop value with the content of the first meta tag carrying it. */
const metaIndexes = new WeakMap<Document, Map<string, string>>();

/**
 * Reads the page's meta tags into one index; each reading of a page starts here, since a live
 * page may have changed its tags since the last one.
 */
export function indexMeta(doc: Document): Map<string, string> {
  const index = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr);
      if (key != null && !index.has(key)) index.set(key, fold(el.getAttribute('content')));
    }
  }
  metaIndexes.set(doc, index);
  return index;
}

/** Content of the first meta tag matching any of the given property or name values. */
export function meta(doc: Document, ...keys: string[]): string | null {
  const index = metaIndexes.get(doc) ?? indexMeta(doc);
  for (const key of keys) {
    const value = index.get(key);
    if (value) return value;
  }
  return null;
}

/** "By Jane Doe and John Roe" -> "Jane Doe and John Roe"; nothing for site names or URLs. */
function cleanByline(text: string | null | undefined): string | null {
  const value = fold(text).replace(/^by\s+/i, '').replace(/\s*[|•·,]\s*$/, '');
  return value && value.length < 120 && !/^https?:/.test(value) ? value : null;
}

export function bylineOf(doc: Document, ld: Json | null, readabilityByline?: string | null): string | null {
  const names = ld ? namesIn(people(ld.author ?? ld.creator)) : [];
  if (names.length) return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  const visible = selectFirst(doc, '[class*="byline" i], [data-component="byline-block"], [rel="author"], [itemprop="author"], .author-name');
  // "By Alex Turner" + "Health correspondent": the first part names the author.
  const first = visible?.firstElementChild && /^by\s/i.test(fold(visible.firstElementChild.textContent)) ? visible.firstElementChild : visible;
  return cleanByline(meta(doc, 'author', 'byl', 'parsely-author', 'sailthru.author'))
    ?? cleanByline(first?.textContent) ?? cleanByline(readabilityByline);
}

/** Authors that are people; a news organisation named as author is no byline. */
function people(value: unknown): unknown[] {
  const list = Array.isArray(value) ? value : value == null ? [] : [value];
  return list.filter((a) => !(a && typeof a === 'object' && /Organization/.test(String((a as Json)['@type']))));
}

/** The first <time datetime> whose class or surrounding label says it is an update, or not. */
function timeElement(doc: Document, updated: boolean): string | null {
  for (const el of selectAll(doc, 'time[datetime]')) {
    const label = `${namesOf(el)} ${namesOf(el.parentElement ?? el)} ${el.getAttribute('itemprop') ?? ''}`;
    if (/update|modif/.test(label) === updated) return el.getAttribute('datetime');
  }
  return null;
}

/** A microdata date: Blogger's <abbr itemprop="datePublished" title="2023-05-04T07:15:00-07:00">. */
function microdataDate(doc: Document, prop: string): string | null {
  const el = selectFirst(doc, `[itemprop="${prop}"]`);
  return el?.getAttribute('content') || el?.getAttribute('datetime') || el?.getAttribute('title') || null;
}

export function publishedOf(doc: Document, ld: Json | null): string | null {
  return textOf(ld?.datePublished) ?? meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate',
    'date', 'dc.date', 'DC.date.issued', 'sailthru.date', 'parsely-pub-date') ?? microdataDate(doc, 'datePublished') ?? timeElement(doc, false);
}

export function modifiedOf(doc: Document, ld: Json | null): string | null {
  return textOf(ld?.dateModified) ?? meta(doc, 'article:modified_time', 'og:updated_time', 'dateModified', 'last-modified')
    ?? timeElement(doc, true);
}

/** "en_US" -> "en-US"; the page's own language first, then its declared locale. */
export function langOf(doc: Document, ld: Json | null): string | null {
  const httpEquiv = selectFirst(doc, 'meta[http-equiv="content-language" i]')?.getAttribute('content');
  const raw = doc.documentElement?.getAttribute('lang') || textOf(ld?.inLanguage) || meta(doc, 'og:locale') || httpEquiv;
  const lang = fold(raw).split(/[,\s]/)[0].replace('_', '-');
  return lang || null;
}

/** Standfirst containers on Arc, Guardian, BBC, WordPress and NYT-like pages. */
const DEK_SELECTOR = ['[class*="dek" i]', '[class*="standfirst" i]', '[data-gu-name="standfirst"]', '[class*="subhead" i]',
  '[class*="sub-head" i]', '[data-qa="subheadline"]', '[class*="summary" i][class*="article" i]', '[class*="subtitle" i]',
  '[class*="excerpt" i]', '[itemprop="description"]:not(meta)', '#article-summary', '[data-testid="article-summary"]'].join(', ');

export interface Dek {
  text: string | null;
  /** The visible element holding it; null when it comes from the page's metadata. */
  element: Element | null;
}

/**
 * The visible standfirst under the headline, else the article's stated summary unless that
 * is only the opening of the story's own first paragraph.
 */
export function dekOf(doc: Document, headlineEl: Element | null, ld: Json | null, leads: string[]): Dek {
  let next = headlineEl?.nextElementSibling;
  while (next && !fold(next.textContent)) next = next.nextElementSibling;
  const sibling = next && /^H2$|dek|stand|sub|summary|desc/i.test(`${next.tagName} ${namesOf(next)}`) ? next : null;
  // The page-wide search runs only when the headline's own sibling is no standfirst.
  for (const find of [() => sibling, () => selectFirst(doc, DEK_SELECTOR)]) {
    const el = find();
    const text = fold(el?.textContent);
    if (el && text.length > 20 && text.length < 400) return { text, element: el };
  }
  const stated = textOf(ld?.alternativeHeadline) ?? textOf(ld?.description) ?? meta(doc, 'og:description', 'description');
  const isLede = leads.slice(0, 3).some((p) => similarity(p, stated ?? '') > 0.6);
  return { text: stated && stated.length > 20 && !isLede ? stated : null, element: null };
}

export function urlOf(doc: Document, given?: string | null): string | null {
  return given || selectFirst(doc, 'link[rel="canonical"]')?.getAttribute('href') || meta(doc, 'og:url') || null;
}
