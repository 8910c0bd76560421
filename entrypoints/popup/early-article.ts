import { browser } from 'wxt/browser';
import type { Article } from '@/lib/types';
import { ensureContentScript, sendToTab } from '../background/tab-messaging';
import { tabResults } from '../background/tab-results';

/**
 * The article of the tab, read by the popup itself as it opens, while the background's worker
 * may still be starting: the reader sees the headline and notes before the verdict, and the
 * check that follows reuses this read. Null where there is nothing to show early: a page already
 * checked (its kept result is the answer), a page Fine Print may not read, or no article.
 */
export async function readArticleEarly(tabId: number): Promise<Article | null> {
  try {
    const [tab, kept] = await Promise.all([browser.tabs.get(tabId), tabResults.get(tabId)]);
    if (kept && (!tab.url || kept.url === tab.url)) return null;
    await ensureContentScript(tabId);
    const read = await sendToTab(tabId, 'extract', {});
    return read.ok && read.article.headline && read.article.paragraphs.length > 0 ? read.article : null;
  } catch {
    return null;
  }
}
