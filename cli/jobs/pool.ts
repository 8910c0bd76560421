import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { FixedThreadPool, type PoolOptions } from 'poolifier';
import type { PairsTask } from '../batch/analyse';
import type { PageOutcome, PageTask } from '../pages/outcome';

/** Worker threads for a long run, from poolifier. */
export interface JobPool {
  readonly size: number;
  /** JSON lines for pairs of one shard, analysed always in the same thread. */
  pairs(shard: number, task: PairsTask): Promise<string[]>;
  /** One page read, extracted and, for `check`, analysed, in whichever thread is free. */
  page(task: PageTask): Promise<PageOutcome>;
  close(): Promise<void>;
}

/** A pool of `size` threads, with one shard of the pairs to each (the worker reads the count). */
export function poolOptions(size: number): PoolOptions<Worker> {
  return {
    enableTasksQueue: true,
    // Stealing would hand a shard's pairs to another thread, away from the bodies it has prepared.
    tasksQueueOptions: { taskStealing: false, tasksStealingOnBackPressure: false },
    workerOptions: { workerData: { shards: size } },
  };
}

export function startPool(size: number): JobPool {
  const pool = new FixedThreadPool<unknown, unknown>(size, workerFile(), poolOptions(size));
  return {
    size,
    pairs: (shard, task) => pool.execute(task, `pairs-${shard}`) as Promise<string[]>,
    page: (task) => pool.execute(task, 'page') as Promise<PageOutcome>,
    close: () => pool.destroy(),
  };
}

/** The worker's module beside this one: built JavaScript in the package, a loader for the TypeScript in the sources. */
function workerFile(): string {
  const built = !import.meta.url.endsWith('.ts');
  return fileURLToPath(new URL(built ? './worker.mjs' : './worker-from-sources.mjs', import.meta.url));
}
