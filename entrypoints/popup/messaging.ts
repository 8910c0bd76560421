import { browser } from 'wxt/browser';
import { envelope, type BackgroundProtocol, type RequestOf, type ResponseOf } from '@/lib/messages';

/** Sends a typed request to the background and waits for its answer. */
export async function ask<K extends keyof BackgroundProtocol>(
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  return (await browser.runtime.sendMessage(envelope<BackgroundProtocol, K>(type, payload))) as ResponseOf<BackgroundProtocol, K>;
}

/** The tab to check: `?tab=<id>` when the popup is open in a tab of its own, else the active tab. */
export async function targetTab(): Promise<{ tabId: number | null; inTab: boolean }> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return { tabId: Number(param), inTab: true };
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: active?.id ?? null, inTab: false };
}
