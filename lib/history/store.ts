import type { KeyValueStore } from '../settings/key-value-store';
import { historyChanges } from './changes';
import { pageKey, type HistoryEntry } from './entry';

const KEY = 'history';
export const HISTORY_LIMIT = 100;

/** Recently checked articles, newest first. */
export async function listHistory(store: KeyValueStore): Promise<HistoryEntry[]> {
  const stored = (await store.get(KEY))[KEY];
  return Array.isArray(stored) ? (stored as HistoryEntry[]) : [];
}

/** Keeps the check as the page's latest and says what changed since the reader last checked it. */
export async function recordCheck(store: KeyValueStore, entry: HistoryEntry): Promise<string[]> {
  const history = await listHistory(store);
  const key = pageKey(entry.url);
  const previous = history.find((e) => pageKey(e.url) === key);
  const rest = history.filter((e) => pageKey(e.url) !== key);
  await store.set({ [KEY]: [entry, ...rest].slice(0, HISTORY_LIMIT) });
  return historyChanges(previous, entry);
}

export async function clearHistory(store: KeyValueStore): Promise<void> {
  await store.remove(KEY);
}
