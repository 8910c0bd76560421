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
    // Answers only Fine Print's own messages, through sendResponse, which Chromium and Firefox both
    // take without a polyfill; a failing handler answers nothing (the sender reports the page did
    // not answer), never throws into the page.
    const listener = (message: unknown, _sender: unknown, sendResponse: (answer?: unknown) => void) => {
      const answer = dispatch(handlers, message, undefined);
      if (!answer) return false;
      answer.then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    browser.runtime.onMessage.addListener(listener as never);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener as never);
      // A newer copy of this script takes the highlights over; a reloaded or removed extension leaves none behind.
      if (browser.runtime?.id == null) releasePage(window);
    });
  },
});
