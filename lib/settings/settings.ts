import type { FindingKind } from '../types';
import type { KeyValueStore } from './key-value-store';

export interface Settings {
  /** Kinds of finding shown in the popup and highlighted on the page. */
  kinds: Record<FindingKind, boolean>;
  /** Highlight colour per kind, as a CSS colour. */
  colors: Record<FindingKind, string>;
}

export const DEFAULT_SETTINGS: Settings = {
  kinds: {
    note: true,
    contradiction: true,
    uncertainty: true,
    scope: true,
    numbers: true,
    quote: true,
    attribution: true,
    hedge: true,
    unaddressed: true,
  },
  colors: {
    note: '#f6c453',
    contradiction: '#f4a3a3',
    uncertainty: '#c9b6f2',
    scope: '#9fd8cf',
    numbers: '#f7bf8e',
    quote: '#f2b3d6',
    attribution: '#a9c8f5',
    hedge: '#f3e38d',
    unaddressed: '#cfd5dc',
  },
};

const KEY = 'settings';
const COLOR = /^#[0-9a-f]{6}$/i;

/** Stored settings over the defaults; anything malformed falls back to the default. */
export async function loadSettings(store: KeyValueStore): Promise<Settings> {
  const stored = (await store.get(KEY))[KEY] as Partial<Settings> | undefined;
  const settings = structuredClone(DEFAULT_SETTINGS);
  for (const kind of Object.keys(settings.kinds) as FindingKind[]) {
    const shown = stored?.kinds?.[kind];
    if (typeof shown === 'boolean') settings.kinds[kind] = shown;
    const color = stored?.colors?.[kind];
    if (typeof color === 'string' && COLOR.test(color)) settings.colors[kind] = color;
  }
  return settings;
}

export async function saveSettings(store: KeyValueStore, settings: Settings): Promise<void> {
  await store.set({ [KEY]: settings });
}
