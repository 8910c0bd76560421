import { PageHighlighter, pageEnvironment } from '@/lib/highlight';

const KEY = Symbol.for('fine-print.page');

/**
 * The page's highlighter, shared by every copy of the content script injected into this page:
 * a second injection takes over the first one's highlights instead of adding its own.
 */
export function pageHighlighter(win: Window & typeof globalThis): PageHighlighter {
  const holder = win as unknown as Record<symbol, PageHighlighter | undefined>;
  holder[KEY] ??= new PageHighlighter(pageEnvironment(win));
  return holder[KEY];
}

/** Clears the page and forgets its highlighter, when the extension itself goes away. */
export function releasePage(win: Window & typeof globalThis): void {
  const holder = win as unknown as Record<symbol, PageHighlighter | undefined>;
  holder[KEY]?.clear();
  delete holder[KEY];
}
