import { setImmediate as nextTurn } from 'node:timers/promises';
import { expect, test } from 'vitest';
import { collectGarbage } from '../../cli/collect-garbage';

test('collectGarbage frees an object nothing refers to', async () => {
  let page: number[] | null = Array.from({ length: 100_000 }, (_, i) => i);
  const ref = new WeakRef(page);
  page = null;
  // A WeakRef holds its target until the current turn ends.
  await nextTurn();
  collectGarbage();
  expect(ref.deref()).toBeUndefined();
});
