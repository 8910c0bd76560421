import { browser } from 'wxt/browser';
import { analyze, prepareAnalyzer } from '@/lib/analyze';
import { dispatch } from '@/lib/messages';
import { createChecker } from './checker';
import { createBackgroundHandlers } from './handlers';
import { registerTriggers } from './triggers';

export default defineBackground(() => {
  // how long the worker's code took to load, for the browser's own timeline
  performance.mark('fine-print:loaded');
  const checker = createChecker(analyze, prepareAnalyzer);
  const handlers = createBackgroundHandlers(checker);
  browser.runtime.onMessage.addListener((message, sender) => dispatch(handlers, message, sender as never) as never);
  registerTriggers(checker);
  // When the browser starts, so the reader's first check does not pay the analyser's start-up
  // cost; a worker woken by a check readies it while the page extracts instead (checker.ts)
  browser.runtime.onStartup.addListener(() => setTimeout(prepareAnalyzer, 0));
  browser.runtime.onInstalled.addListener(() => setTimeout(prepareAnalyzer, 0));
});
