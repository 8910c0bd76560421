import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CheckView } from '@/components/CheckView';
import { PopupHeader } from '@/components/PopupHeader';
import { ReadingView } from '@/components/ReadingView';
import { StateView } from '@/components/StateView';
import type { CheckResponse } from '@/lib/messages';
import type { Article } from '@/lib/types';
import { reportMarkdown } from '@/lib/report';
import { DEFAULT_SETTINGS, loadSettings, storageAreaStore, type Settings } from '@/lib/settings';
import { readArticleEarly } from './early-article';
import { exportLinks } from './exports';
import { ask, targetTab } from './messaging';

type PopupState = { state: 'checking' } | CheckResponse;

export function App() {
  const [tab, setTab] = useState<{ tabId: number | null; inTab: boolean } | null>(null);
  const [result, setResult] = useState<PopupState>({ state: 'checking' });
  const [early, setEarly] = useState<Article | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [highlightsOn, setHighlightsOn] = useState(true);
  const [copyStatus, setCopyStatus] = useState('');
  const [scrollStatus, setScrollStatus] = useState('');

  const run = useCallback(async (tabId: number | null, fresh: boolean) => {
    setResult({ state: 'checking' });
    setEarly(null);
    setCopyStatus('');
    setScrollStatus('');
    if (tabId === null) {
      setResult({ state: 'error', reason: 'there is no tab to check' });
      return;
    }
    // a first check reads the page here too, to show the article while the worker analyses it
    if (!fresh) void readArticleEarly(tabId).then(setEarly);
    try {
      const response = await ask('check', { tabId, fresh });
      setHighlightsOn(true);
      setResult(response ?? { state: 'error', reason: 'the background did not answer' });
    } catch (error) {
      setResult({ state: 'error', reason: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void loadSettings(storageAreaStore(browser.storage.local)).then(setSettings, () => undefined);
    void targetTab().then((target) => {
      document.documentElement.classList.toggle('in-tab', target.inTab);
      setTab(target);
      void run(target.tabId, false);
    });
  }, [run]);

  const done = result.state === 'done' ? result : null;
  const version = browser.runtime.getManifest().version;
  const report = useMemo(
    () => (done ? { url: done.url, article: done.article, analysis: done.analysis, checkedAt: done.checkedAt, version } : null),
    [done, version],
  );
  const files = useMemo(() => (report ? exportLinks(report) : null), [report]);
  useEffect(() => () => files?.revoke(), [files]);

  useEffect(() => {
    for (const [kind, color] of Object.entries(settings.colors)) {
      document.documentElement.style.setProperty(`--kind-${kind}`, color);
    }
  }, [settings]);

  const reading = result.state === 'checking' ? early : null;
  useEffect(() => {
    if (reading) performance.mark('fine-print:article');
  }, [reading]);

  useEffect(() => {
    document.documentElement.dataset.popupState = result.state;
    if (result.state !== 'checking') performance.mark(`fine-print:${result.state}`);
  }, [result]);

  const tabId = tab?.tabId ?? null;
  const onShow = async (id: number) => {
    if (tabId === null) return;
    if (!highlightsOn) setHighlightsOn(true);
    const { found } = await ask('scrollToFinding', { tabId, id }).catch(() => ({ found: false }));
    setScrollStatus(found ? 'Shown on the page.' : 'That sentence is no longer on the page.');
  };
  const onToggleHighlights = async (on: boolean) => {
    setHighlightsOn(on);
    if (tabId !== null) await ask('setHighlightsVisible', { tabId, visible: on }).catch(() => undefined);
  };
  const onCopy = async () => {
    if (!report) return;
    try {
      await navigator.clipboard.writeText(reportMarkdown(report));
      setCopyStatus('Markdown copied to the clipboard.');
    } catch {
      setCopyStatus('The browser did not allow copying. Use Save Markdown instead.');
    }
  };
  const openInTab = async () => {
    if (tabId === null) return;
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}`) });
    window.close();
  };

  return (
    <>
      <PopupHeader
        busy={result.state === 'checking'}
        onRecheck={tab && result.state === 'done' ? () => void run(tabId, true) : undefined}
        onOpenInTab={tab && !tab.inTab && tabId !== null ? () => void openInTab() : undefined}
        onOpenSettings={() => void browser.runtime.openOptionsPage()}
      />
      <main id="main">
        {done ? (
          <CheckView
            article={done.article}
            analysis={done.analysis}
            changes={done.changes}
            shownKinds={settings.kinds}
            highlightsOn={highlightsOn}
            highlighted={done.highlighted}
            exportLinks={files?.links ?? []}
            copyStatus={copyStatus}
            scrollStatus={scrollStatus}
            onShow={(id) => void onShow(id)}
            onToggleHighlights={(on) => void onToggleHighlights(on)}
            onCopy={() => void onCopy()}
          />
        ) : reading ? (
          <ReadingView article={reading} />
        ) : (
          <StateView
            state={result.state as Exclude<PopupState['state'], 'done'>}
            reason={'reason' in result ? result.reason : undefined}
            onRetry={() => void run(tabId, true)}
          />
        )}
      </main>
    </>
  );
}
