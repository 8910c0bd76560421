import { extractArticle } from '@/lib/extract';
import type { PageHighlighter } from '@/lib/highlight';
import type { ContentProtocol, HandlerMap } from '@/lib/messages';
import type { ExtractResult } from '@/lib/types';

/** How long a read of the page counts as recent: the popup's read, then its check's. */
export const RECENT_READ_MS = 5_000;

/** The content script's answers to the popup and background, one named handler per message. */
export function createContentHandlers(
  win: Window,
  highlighter: PageHighlighter,
  now: () => number = () => Date.now(),
): HandlerMap<ContentProtocol> {
  let last: { at: number; url: string | null; result: ExtractResult } | null = null;
  return {
    ping: () => ({ ready: true }),
    extract: ({ recent }) => {
      const url = win.location?.href ?? null;
      if (recent && last && last.url === url && now() - last.at <= RECENT_READ_MS) return last.result;
      const result = extractArticle(win.document, url);
      last = { at: now(), url, result };
      return result;
    },
    highlight: (request) => ({ count: highlighter.show(request) }),
    clearHighlights: () => ({ count: highlighter.clear() }),
    toggleHighlights: ({ visible }) => ({ count: highlighter.setVisible(visible) }),
    scrollToFinding: ({ id }) => ({ found: highlighter.scrollTo(id) }),
  };
}
