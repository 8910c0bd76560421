import { workerData } from 'node:worker_threads';
import { ThreadWorker } from 'poolifier';
import type { BatchPair } from '../batch/pairs';
import type { PairsTask } from '../batch/analyse';
import type { PageTask } from '../pages/outcome';

/**
 * A worker thread of the pool. Pages go to any thread; pairs go by shard, one task function per
 * shard bound to one thread, so each distinct body is prepared in one thread only and stays in
 * that thread's cache. Each kind of work loads its own code on its first task.
 */
const { shards } = workerData as { shards: number };

// The thread stays up until the pool terminates it. poolifier's destroy() sends a kill message,
// then waits for an 'exit' it only starts listening for afterwards; a thread that ended on the
// message by itself (its port closed, nothing left to run) exited before that, and destroy()
// never returned (seen within a few dozen pools on Node 20 here).
setInterval(() => undefined, 2 ** 30);

const page = async (task?: unknown) => (await import('../pages/outcome')).pageOutcome(task as PageTask);

// one analyser for each way of reading pairs, each keeping its own prepared bodies
const pairLines = new Map<PairsTask['prior'], (pairs: BatchPair[]) => string[]>();
const pairs = async (task?: unknown) => {
  const { prior, pairs: list } = task as PairsTask;
  let lines = pairLines.get(prior);
  if (!lines) pairLines.set(prior, (lines = (await import('../batch/analyse')).pairAnalyser(prior)));
  return lines(list);
};

new ThreadWorker<unknown, unknown>({
  page,
  ...Object.fromEntries(Array.from({ length: shards }, (_, shard) => [`pairs-${shard}`, { taskFunction: pairs, workerNodeKeys: [shard] }])),
});
