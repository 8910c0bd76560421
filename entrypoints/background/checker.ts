import { browser } from 'wxt/browser';
import { checkArticle } from '@/lib/check-article';
import { historyEntryOf, recordCheck } from '@/lib/history';
import type { CheckDone, CheckResponse } from '@/lib/messages';
import { loadSettings, storageAreaStore } from '@/lib/settings';
import type { Analysis, AnalysisInput } from '@/lib/types';
import { badge } from './badge';
import { highlightRequestOf } from './highlight-request';
import { FILE_ACCESS_REASON, NO_ACCESS_REASON, isAccessError, restrictionOf } from './restricted';
import { tabResults } from './tab-results';
import { ensureContentScript, sendToTab } from './tab-messaging';

export type Analyze = (input: AnalysisInput) => Analysis;

/** A step of a check, marked for the browser's own timeline (the bench reads where the time goes). */
function mark(step: string): void {
  performance.mark(`fine-print:${step}`);
}

/**
 * Checks tabs: reads the article through the content script, analyses it here (never in the
 * page), highlights the findings, records the check and sets the badge. One check per tab
 * runs at a time; asking again while it runs shares its answer. `prepare` readies the analyser
 * (a no-op once done) while the page extracts.
 */
export function createChecker(analyze: Analyze, prepare: () => void = () => undefined) {
  const running = new Map<number, Promise<CheckResponse>>();

  async function check(tabId: number, fresh = false): Promise<CheckResponse> {
    const pending = running.get(tabId);
    if (pending) return pending;
    const run = checkTab(tabId, fresh).finally(() => running.delete(tabId));
    running.set(tabId, run);
    return run;
  }

  async function checkTab(tabId: number, fresh: boolean): Promise<CheckResponse> {
    let url = '';
    try {
      url = (await browser.tabs.get(tabId))?.url ?? '';
    } catch {
      return { state: 'error', reason: 'That tab is no longer open.' };
    }
    const restriction = url ? restrictionOf(url) : null;
    if (restriction) return restricted(tabId, restriction);
    if (url.startsWith('file:') && !(await browser.extension.isAllowedFileSchemeAccess())) {
      return restricted(tabId, FILE_ACCESS_REASON);
    }
    const kept = await tabResults.get(tabId);
    if (!fresh && kept && (!url || kept.url === url)) return kept;

    mark('check');
    await badge.checking(tabId);
    try {
      await ensureContentScript(tabId);
      mark('injected');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (isAccessError(message)) return restricted(tabId, NO_ACCESS_REASON);
      return failed(tabId, `Fine Print could not reach this page (${message}).`);
    }
    try {
      // the page extracts in its own process while this worker readies the analyser: a worker
      // the browser has just woken pays its start-up cost beside the extraction, not after it
      const extracting = sendToTab(tabId, 'extract', { recent: !fresh });
      prepare();
      mark('prepared');
      const extracted = await extracting;
      mark('extracted');
      if (!extracted.ok || !extracted.article.headline || extracted.article.paragraphs.length === 0) {
        await badge.clear(tabId);
        await tabResults.drop(tabId);
        return { state: 'no-article', reason: extracted.ok ? 'no headline and story text found' : extracted.error };
      }
      const article = extracted.article;
      const checked = checkArticle(article, analyze);
      if (!checked.ok) {
        await badge.clear(tabId);
        await tabResults.drop(tabId);
        return { state: checked.state === 'unsupported-language' ? 'unsupported-language' : 'no-article', reason: checked.reason };
      }
      const analysis = checked.analysis;
      mark('analysed');
      const store = storageAreaStore(browser.storage.local);
      const settings = await loadSettings(store);
      const request = highlightRequestOf(article, analysis, settings);
      const highlighted = await sendToTab(tabId, 'highlight', request).then((r) => r.count, () => 0);
      mark('highlighted');
      const checkedAt = new Date().toISOString();
      const pageUrl = url || article.url || '';
      const changes = await recordCheck(store, historyEntryOf(pageUrl, article, analysis, checkedAt));
      const result: CheckDone = { state: 'done', url: pageUrl, article, analysis, checkedAt, changes, highlighted };
      await tabResults.set(tabId, result);
      const shown = analysis.findings.filter((f) => settings.kinds[f.kind]).length;
      await badge.verdict(tabId, analysis.verdict, shown);
      return result;
    } catch (error) {
      return failed(tabId, error instanceof Error ? error.message : String(error));
    }
  }

  async function restricted(tabId: number, reason: string): Promise<CheckResponse> {
    await badge.clear(tabId);
    return { state: 'restricted', reason };
  }

  async function failed(tabId: number, reason: string): Promise<CheckResponse> {
    await badge.failed(tabId);
    return { state: 'error', reason };
  }

  /** A tab that navigates or closes loses its check. */
  async function forget(tabId: number): Promise<void> {
    await tabResults.drop(tabId);
    await badge.clear(tabId);
  }

  return { check, forget, prepare };
}

export type Checker = ReturnType<typeof createChecker>;
