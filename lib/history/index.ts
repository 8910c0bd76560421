export { historyChanges } from './changes';
export { historyEntryOf, pageKey, type HistoryEntry } from './entry';
export { clearHistory, listHistory, recordCheck, HISTORY_LIMIT } from './store';
