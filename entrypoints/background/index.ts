import { browser } from 'wxt/browser';
import { analyze, prepareAnalyzer } from '@/lib/analyze';
import { dispatch } from '@/lib/messages';
import { createChecker } from './checker';
import { createBackgroundHandlers } from './handlers';
import { registerTriggers } from './triggers';

export default defineBackground(() => {
  const checker = createChecker(analyze);
  const handlers = createBackgroundHandlers(checker);
  browser.runtime.onMessage.addListener((message, sender) => dispatch(handlers, message, sender as never) as never);
  registerTriggers(checker);
  // While the worker is idle, so the reader's first check does not pay the analyser's start-up cost.
  setTimeout(prepareAnalyzer, 0);
});
