import { extractArticle } from '@/lib/extract';
import type { PageHighlighter } from '@/lib/highlight';
import type { ContentProtocol, HandlerMap } from '@/lib/messages';

/** The content script's answers to the background, one named handler per message. */
export function createContentHandlers(win: Window, highlighter: PageHighlighter): HandlerMap<ContentProtocol> {
  return {
    ping: () => ({ ready: true }),
    extract: () => extractArticle(win.document, win.location?.href ?? null),
    highlight: (request) => ({ count: highlighter.show(request) }),
    clearHighlights: () => ({ count: highlighter.clear() }),
    toggleHighlights: ({ visible }) => ({ count: highlighter.setVisible(visible) }),
    scrollToFinding: ({ id }) => ({ found: highlighter.scrollTo(id) }),
  };
}
