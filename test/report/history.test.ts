import { describe, expect, test } from 'vitest';
import { clearHistory, historyChanges, listHistory, pageKey, recordCheck, type HistoryEntry } from '../../lib/history';
import { DEFAULT_SETTINGS, loadSettings, memoryStore, saveSettings } from '../../lib/settings';

const entry = (over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  url: 'https://news.example/a',
  headline: 'Mayor says he will close the bridge',
  verdict: 'supported',
  checkedAt: '2026-11-28T03:00:00Z',
  notes: [],
  ...over,
});

const update = (text: string) => ({ kind: 'update' as const, text, date: null });
const correction = (text: string) => ({ kind: 'correction' as const, text, date: null });

describe('history changes between two checks of a page', () => {
  test.each<[string, HistoryEntry | undefined, HistoryEntry, string[]]>([
    ['first check says nothing', undefined, entry(), []],
    ['same page, same words', entry(), entry({ checkedAt: 'later' }), []],
    ['whitespace alone is no change', entry({ notes: [update('Bridge  stays open.')] }), entry({ notes: [update('Bridge stays open.')] }), []],
    [
      'headline rewritten',
      entry(),
      entry({ headline: 'Mayor may close the bridge' }),
      ['The headline changed from “Mayor says he will close the bridge” to “Mayor may close the bridge”.'],
    ],
    ['note added', entry(), entry({ notes: [update('The bridge stays open.')] }), ['A new update note was added: “The bridge stays open.”']],
    [
      'note reworded',
      entry({ notes: [correction('An earlier version misnamed the mayor.')] }),
      entry({ notes: [correction('An earlier version misnamed the mayor and the bridge.')] }),
      ['The correction note was reworded: “An earlier version misnamed the mayor and the bridge.”'],
    ],
    [
      'note gone',
      entry({ notes: [update('The bridge stays open.')] }),
      entry(),
      ['The update note “The bridge stays open.” is no longer on the page.'],
    ],
    [
      'verdict named when the page changed',
      entry(),
      entry({ notes: [update('The mayor denied it.')], verdict: 'contradicted' }),
      ['A new update note was added: “The mayor denied it.”', 'The verdict went from supported to contradicted.'],
    ],
  ])('%s', (_name, before, now, expected) => expect(historyChanges(before, now)).toEqual(expected));
});

describe('history store', () => {
  test('keeps the latest check per page, newest first, and reports changes', async () => {
    const store = memoryStore();
    expect(await recordCheck(store, entry())).toEqual([]);
    await recordCheck(store, entry({ url: 'https://news.example/b', headline: 'Other' }));
    const changes = await recordCheck(store, entry({ url: 'https://news.example/a?utm_source=x#top', notes: [update('Closed after all.')] }));
    expect(changes).toEqual(['A new update note was added: “Closed after all.”']);
    const list = await listHistory(store);
    expect(list.map((e) => e.url)).toEqual(['https://news.example/a?utm_source=x#top', 'https://news.example/b']);
    await clearHistory(store);
    expect(await listHistory(store)).toEqual([]);
  });

  test.each([
    ['https://a.example/x?utm_medium=social&id=3#c', 'https://a.example/x?id=3'],
    ['https://a.example/x?fbclid=abc', 'https://a.example/x'],
    ['not a url', 'not a url'],
  ])('page key of %s', (url, key) => expect(pageKey(url)).toBe(key));
});

describe('settings', () => {
  test('defaults until saved, and malformed values fall back', async () => {
    const store = memoryStore({ settings: { kinds: { hedge: false, note: 'yes' }, colors: { hedge: 'red;}', quote: '#123abc' } } });
    const loaded = await loadSettings(store);
    expect(loaded.kinds.hedge).toBe(false);
    expect(loaded.kinds.note).toBe(true);
    expect(loaded.colors.hedge).toBe(DEFAULT_SETTINGS.colors.hedge);
    expect(loaded.colors.quote).toBe('#123abc');
    await saveSettings(store, { ...loaded, kinds: { ...loaded.kinds, note: false } });
    expect((await loadSettings(store)).kinds.note).toBe(false);
  });
});
