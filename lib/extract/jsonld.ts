import { selectAll } from './select';

type Json = Record<string, unknown>;

/** schema.org types that describe a story, or a review of one thing. */
const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|WebPage|(?:^|,)(?:Critic)?Review(?:,|$)/;

/** Every JSON-LD object on the page, @graph members flattened; bad JSON is skipped. Read once per page. */
export function jsonLdObjects(doc: Document): Json[] {
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

/**
 * The JSON-LD object describing the article: a real article type first, then a Review (a list of
 * picks may hold one for each item), then a WebPage.
 */
export function articleJsonLd(objects: Json[]): Json | null {
  const described = objects.filter((o) => ARTICLE_TYPE.test(String(o['@type'] ?? '')));
  const typed = (pattern: RegExp) => described.find((o) => pattern.test(String(o['@type'])));
  return typed(/Article|BlogPosting|Report/) ?? typed(/Review/) ?? described[0] ?? null;
}

/** An object's schema.org types, @type lists flattened: ["NewsArticle"]. */
function typesOf(o: Json | undefined): string[] {
  const t = o?.['@type'];
  return (Array.isArray(t) ? t : [t]).filter((name): name is string => typeof name === 'string').map((name) => name.replace(/^https?:\/\/schema\.org\//, ''));
}

/** Every schema.org type the page's JSON-LD names ("NewsArticle", "Recipe"). */
export function schemaTypes(objects: Json[]): Set<string> {
  return new Set(objects.flatMap(typesOf));
}

/**
 * The types of what the page's JSON-LD calls its main entity, written in place or referred to by
 * @id: {"@type": "Article", "mainEntity": {"@id": "#list"}} with {"@id": "#list", "@type": "ItemList"}.
 */
export function mainEntityTypes(objects: Json[]): Set<string> {
  const byId = new Map(objects.filter((o) => typeof o['@id'] === 'string').map((o) => [o['@id'], o]));
  const entities = objects.flatMap((o) => [o.mainEntity].flat()).filter((e): e is Json => !!e && typeof e === 'object');
  return new Set(entities.flatMap((e) => typesOf(e['@type'] ? e : byId.get(e['@id']))));
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
