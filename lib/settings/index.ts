export { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from './settings';
export { memoryStore, storageAreaStore, type KeyValueStore } from './key-value-store';
