import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection now. V8 collects a large page's document only when its heap next
 * fills, so code loaded after reading a page would otherwise sit on top of it at the memory
 * peak. The collector is reached as Jest's leak detector reaches it, without a command-line flag.
 */
export function collectGarbage(): void {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // A runtime that refuses the flag only leaves the memory to V8's own schedule.
  }
}
