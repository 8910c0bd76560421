import { browser } from 'wxt/browser';
import { dispatch } from '@/lib/messages';
import { createContentHandlers } from './handlers';
import { pageHighlighter, releasePage } from './page-state';

// Injected on demand by the background (activeTab + scripting), never declared on every page.
export default defineContentScript({
  registration: 'runtime',
  // No match patterns: the script gets no host permission of its own.
  matches: [],
  main(ctx) {
    const handlers = createContentHandlers(window, pageHighlighter(window));
    // Answers only Fine Print's own messages; a failing handler rejects to the sender, never into the page.
    const listener = (message: unknown) => dispatch(handlers, message, undefined);
    browser.runtime.onMessage.addListener(listener as never);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener as never);
      // A newer copy of this script takes the highlights over; a reloaded or removed extension leaves none behind.
      if (browser.runtime?.id == null) releasePage(window);
    });
  },
});
