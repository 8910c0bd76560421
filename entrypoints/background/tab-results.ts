import { browser } from 'wxt/browser';
import type { CheckDone } from '@/lib/messages';

/**
 * The last finished check of each tab. Session storage outlives the service worker going to
 * sleep and is gone when the browser closes; an in-memory map stands in where there is none.
 */
const memory = new Map<number, CheckDone>();
const key = (tabId: number) => `tab:${tabId}`;

export const tabResults = {
  async get(tabId: number): Promise<CheckDone | undefined> {
    const area = browser.storage.session;
    if (!area) return memory.get(tabId);
    return (await area.get(key(tabId)))[key(tabId)] as CheckDone | undefined;
  },
  async set(tabId: number, result: CheckDone): Promise<void> {
    const area = browser.storage.session;
    if (!area) memory.set(tabId, result);
    else await area.set({ [key(tabId)]: result });
  },
  async drop(tabId: number): Promise<void> {
    memory.delete(tabId);
    await browser.storage.session?.remove(key(tabId));
  },
};
