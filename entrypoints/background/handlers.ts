import type { BackgroundProtocol, HandlerMap } from '@/lib/messages';
import type { Checker } from './checker';
import { sendToTab } from './tab-messaging';

/** The background's answers to the popup and options pages, one named handler per message. */
export function createBackgroundHandlers(checker: Checker): HandlerMap<BackgroundProtocol> {
  return {
    // the popup's first message: the analyser readies now, while the page is read for the popup
    wake: () => {
      checker.prepare();
      return { awake: true };
    },
    check: ({ tabId, fresh }) => checker.check(tabId, fresh ?? false),
    scrollToFinding: ({ tabId, id }) => sendToTab(tabId, 'scrollToFinding', { id }).catch(() => ({ found: false })),
    setHighlightsVisible: ({ tabId, visible }) =>
      sendToTab(tabId, 'toggleHighlights', { visible }).catch(() => ({ count: 0 })),
    clearHighlights: ({ tabId }) => sendToTab(tabId, 'clearHighlights', {}).catch(() => ({ count: 0 })),
  };
}
