import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView } from '@/components/OptionsView';
import { clearHistory, listHistory, type HistoryEntry } from '@/lib/history';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, storageAreaStore, type Settings } from '@/lib/settings';
import type { FindingKind } from '@/lib/types';

const store = storageAreaStore(browser.storage.local);

export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadSettings(store).then(setSettings);
    void listHistory(store).then(setHistory);
  }, []);

  const save = async (next: Settings) => {
    setSettings(next);
    await saveSettings(store, next);
    setStatus('Saved. The next check uses these settings.');
  };

  return (
    <OptionsView
      settings={settings}
      history={history}
      status={status}
      onKindShown={(kind: FindingKind, shown) => void save({ ...settings, kinds: { ...settings.kinds, [kind]: shown } })}
      onColor={(kind: FindingKind, color) => void save({ ...settings, colors: { ...settings.colors, [kind]: color } })}
      onResetColors={() => void save({ ...settings, colors: { ...DEFAULT_SETTINGS.colors } })}
      onClearHistory={async () => {
        await clearHistory(store);
        setHistory([]);
        setStatus('The list of checked articles is cleared.');
      }}
    />
  );
}
