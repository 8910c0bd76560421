import { browser } from 'wxt/browser';
import { envelope, type ContentProtocol, type RequestOf, type ResponseOf } from '@/lib/messages';

/** Sends a typed request to the content script in a tab. */
export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: RequestOf<ContentProtocol, K>,
): Promise<ResponseOf<ContentProtocol, K>> {
  const response = await browser.tabs.sendMessage(tabId, envelope<ContentProtocol, K>(type, payload));
  if (response === undefined) throw new Error(`the page did not answer "${String(type)}"`);
  return response as ResponseOf<ContentProtocol, K>;
}

/** Injects the content script unless it already answers in the tab. */
export async function ensureContentScript(tabId: number): Promise<void> {
  try {
    await sendToTab(tabId, 'ping', {});
    return;
  } catch {
    // Not there yet (or left behind by an earlier version of the extension): inject it.
  }
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
}
