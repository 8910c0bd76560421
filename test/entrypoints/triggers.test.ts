import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createChecker } from '../../entrypoints/background/checker';
import { MENU_ID, registerTriggers } from '../../entrypoints/background/triggers';
import { sampleAnalysis } from '../report/sample-check';
import { fakeContentScript } from './fake-tab';

/** A minimal event like the browser's, for the APIs the fake browser leaves out. */
function event<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (fn: (...args: A) => unknown) => listeners.push(fn),
    fire: (...args: A) => Promise.all(listeners.map((fn) => fn(...args))),
  };
}

describe('checks started without the popup', () => {
  let menuClicked: ReturnType<typeof event<[{ menuItemId: string }, { id: number }]>>;
  let command: ReturnType<typeof event<[string, { id: number } | undefined]>>;
  let created: unknown[];

  beforeEach(() => {
    fakeBrowser.reset();
    created = [];
    menuClicked = event();
    command = event();
    Object.assign(fakeBrowser, {
      contextMenus: { create: (item: unknown) => created.push(item), onClicked: menuClicked },
      commands: { onCommand: command },
    });
    Object.assign(fakeBrowser.action, { openPopup: vi.fn(async () => undefined) });
  });

  test('the context menu entry is made on install and checks the page it was used on', async () => {
    const page = fakeContentScript();
    registerTriggers(createChecker(() => sampleAnalysis()));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(created).toEqual([expect.objectContaining({ id: MENU_ID, contexts: ['page'] })]);
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    await menuClicked.fire({ menuItemId: MENU_ID }, { id: tab.id! });
    expect(page.received.map((m) => m.type)).toContain('extract');
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).toBe('2');
  });

  test('the keyboard shortcut checks the tab it was pressed in; other commands do nothing', async () => {
    const page = fakeContentScript();
    registerTriggers(createChecker(() => sampleAnalysis()));
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    await command.fire('something-else', { id: tab.id! });
    expect(page.received).toHaveLength(0);
    await command.fire('run-check', { id: tab.id! });
    expect(page.received.map((m) => m.type)).toContain('highlight');
  });

  test('navigating away forgets the check and clears the badge', async () => {
    const page = fakeContentScript();
    const checker = createChecker(() => sampleAnalysis());
    registerTriggers(checker);
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    await checker.check(tab.id!);
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://news.example/b' });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).toBe(''));
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://news.example/a' });
    await checker.check(tab.id!);
    expect(page.received.filter((m) => m.type === 'extract')).toHaveLength(2);
  });
});
