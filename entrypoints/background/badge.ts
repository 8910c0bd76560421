import { browser } from 'wxt/browser';
import { VERDICT_LABELS } from '@/lib/report';
import type { Verdict } from '@/lib/types';

export const VERDICT_COLORS: Record<Verdict, string> = {
  supported: '#1f7a4d',
  qualified: '#a15c00',
  contradicted: '#b42318',
  unaddressed: '#5b6470',
  'no-claim': '#41607a',
};

/** The toolbar badge of one tab: the verdict's colour and how many findings there are. */
export const badge = {
  async checking(tabId: number) {
    await set(tabId, '…', '#5b6470', 'Fine Print: checking this article…');
  },
  async verdict(tabId: number, verdict: Verdict, findings: number) {
    const count = verdict === 'no-claim' ? '–' : findings > 99 ? '99+' : findings > 0 ? String(findings) : '✓';
    const noun = findings === 1 ? 'finding' : 'findings';
    await set(tabId, count, VERDICT_COLORS[verdict], `Fine Print: ${VERDICT_LABELS[verdict]}, ${findings} ${noun}`);
  },
  async failed(tabId: number) {
    await set(tabId, '!', '#b42318', 'Fine Print: the check did not finish');
  },
  async clear(tabId: number) {
    await set(tabId, '', '#5b6470', 'Fine Print');
  },
};

/** The toolbar button: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2 build. */
export function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

async function set(tabId: number, text: string, color: string, title: string) {
  try {
    const action = toolbarAction();
    await action.setBadgeText({ tabId, text });
    await action.setBadgeBackgroundColor({ tabId, color });
    await action.setTitle({ tabId, title });
  } catch {
    // The tab closed while the check ran; there is no badge left to set.
  }
}
