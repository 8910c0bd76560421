import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ContentProtocol, Envelope } from '../../lib/messages';
import type { ExtractResult } from '../../lib/types';
import { sampleArticle } from '../report/sample-check';

/**
 * A tab whose content script is played by a fake: it must be injected before it answers,
 * and it records what the background asks of it.
 */
export function fakeContentScript(options: { extract?: () => ExtractResult; injectError?: string; injected?: boolean } = {}) {
  let injected = options.injected ?? false;
  const received: Envelope<ContentProtocol>[] = [];
  const executeScript = vi.fn(async () => {
    if (options.injectError) throw new Error(options.injectError);
    injected = true;
    return [];
  });
  const sendMessage = vi.fn(async (_tabId: number, message: Envelope<ContentProtocol>) => {
    if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
    received.push(message);
    switch (message.type) {
      case 'ping':
        return { ready: true };
      case 'extract':
        return (options.extract ?? (() => ({ ok: true, article: sampleArticle() })))();
      case 'highlight':
        return { count: message.payload.targets.length };
      case 'scrollToFinding':
        return { found: message.payload.id === 1 };
      default:
        return { count: 0 };
    }
  });
  Object.assign(fakeBrowser, { scripting: { executeScript } });
  Object.assign(fakeBrowser.tabs, { sendMessage });
  Object.assign(fakeBrowser.extension, { isAllowedFileSchemeAccess: async () => false });
  return { executeScript, sendMessage, received };
}
