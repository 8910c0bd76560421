import { browser } from 'wxt/browser';
import { toolbarAction } from './badge';
import type { Checker } from './checker';

export const MENU_ID = 'fine-print-check';

/** The ways to start a check besides the popup: the keyboard shortcut and the page's context menu. */
export function registerTriggers(checker: Checker): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Check this article with Fine Print', contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) await checkAndShow(checker, tab.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'run-check') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await checkAndShow(checker, tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined || change.status === 'loading') void checker.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void checker.forget(tabId));
}

/** Runs the check, then opens the popup where the browser allows it; the badge shows the verdict either way. */
async function checkAndShow(checker: Checker, tabId: number): Promise<void> {
  await checker.check(tabId, true);
  try {
    await toolbarAction().openPopup();
  } catch {
    // Not every browser opens the popup without a click on the toolbar icon.
  }
}
