import type { PageGenre } from '../types';
import { mainEntityTypes, schemaTypes } from './jsonld';
import { meta } from './metadata';
import { selectAll } from './select';

/** What marks a page as one genre: its schema.org types or main entity's, its section, its address. */
interface GenreSignal {
  genre: PageGenre;
  types?: RegExp;
  mainEntity?: RegExp;
  section?: RegExp;
  path?: RegExp;
}

// first match wins: a recipe page also carries HowToStep, a fact check a Review-like rating,
// and a list of picks may carry a Review or Recipe for each item
const SIGNALS: GenreSignal[] = [
  // {"@type": "Article", "mainEntity": {"@type": "ItemList", …}} -> list
  { genre: 'list', mainEntity: /^ItemList$/ },
  // <script type="application/ld+json">{"@type": "Recipe"} -> recipe
  { genre: 'recipe', types: /^Recipe$/, path: /\/recipes?\// },
  // {"@type": "ClaimReview"}, /fact-check/ -> fact check
  { genre: 'fact-check', types: /^ClaimReview$/, path: /\/fact-?checks?\// },
  // {"@type": "HowTo"}, /how-to/ -> how-to
  { genre: 'how-to', types: /^HowTo$/, path: /\/how-?to\// },
  // {"@type": "Review"}, /reviews/, …/xbox-one-x-review/ -> review
  { genre: 'review', types: /^(?:Review|CriticReview)$/, section: /^reviews?$/i, path: /\/reviews?\/|[-/]review(?:[-/.]|$)/ },
  // {"@type": "OpinionNewsArticle"}, article:section "Opinion", /opinion/, /columnists/ -> opinion
  { genre: 'opinion', types: /^OpinionNewsArticle$/, section: /^(?:opinions?|commentary|columns?|columnists?|editorials?|op-?eds?|letters|views)$/i, path: /\/(?:opinions?|commentary|columnists?|columns|editorials?|op-?eds?|views)\// },
];

/**
 * What the page says it is, from its structured data (its JSON-LD objects), section and address;
 * null when it says nothing more than "article".
 */
export function genreOf(doc: Document, url: string | null, ld: Record<string, unknown>[]): PageGenre | null {
  const types = schemaTypes(ld);
  const main = mainEntityTypes(ld);
  const section = meta(doc, 'article:section', 'section', 'parsely-section') ?? '';
  const path = pathOf(url);
  for (const signal of SIGNALS) {
    if (signal.types && [...types].some((t) => signal.types!.test(t))) return signal.genre;
    if (signal.mainEntity && [...main].some((t) => signal.mainEntity!.test(t))) return signal.genre;
    if (signal.section?.test(section.trim())) return signal.genre;
    if (signal.path && path && signal.path.test(path)) return signal.genre;
  }
  // <meta property="og:type" content="article:opinion">, a kicker labelled "Opinion"
  if (/opinion/i.test(meta(doc, 'og:type') ?? '') || selectAll(doc, '[class*="opinion-label" i], [data-testid="opinion-label"]').length > 0) return 'opinion';
  return null;
}

function pathOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname.toLowerCase();
  } catch {
    return null;
  }
}
