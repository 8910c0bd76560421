import { selectAll } from './select';

type Json = Record<string, unknown>;

/** schema.org types that describe a story. */
const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|WebPage/;

/** Every JSON-LD object on the page, @graph members flattened; bad JSON is skipped. */
function allObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value as Json);
      visit((value as Json)['@graph']);
    }
  };
  for (const script of selectAll(doc, 'script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')));
    } catch {
      // Malformed JSON-LD is common on real pages and simply gives no evidence.
    }
  }
  return out;
}

/** The JSON-LD object describing the article, preferring real article types over WebPage. */
export function articleJsonLd(doc: Document): Json | null {
  const objects = allObjects(doc).filter((o) => ARTICLE_TYPE.test(String(o['@type'] ?? '')));
  return objects.find((o) => !/WebPage/.test(String(o['@type']))) ?? objects[0] ?? null;
}

/** Every schema.org type the page's JSON-LD names ("NewsArticle", "Recipe"), @type lists flattened. */
export function schemaTypes(doc: Document): Set<string> {
  const types = new Set<string>();
  for (const o of allObjects(doc)) {
    const t = o['@type'];
    for (const name of Array.isArray(t) ? t : [t]) if (typeof name === 'string') types.add(name.replace(/^https?:\/\/schema\.org\//, ''));
  }
  return types;
}

/** A string field, or the name/text of an object field, or the first of a list. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object') return textOf((value as Json).name ?? (value as Json).text);
  return null;
}

/** All names in a field that may be a string, an object or a list of either. */
export function namesIn(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value == null ? [] : [value];
  return list.map(textOf).filter((n): n is string => !!n && !/^https?:/.test(n));
}
