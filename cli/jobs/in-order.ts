import type { JobPool } from './pool';

/** One unit of work done in this thread or in a worker thread of the pool, to the same result. */
export interface Runner<T, R> {
  here(item: T): Promise<R>;
  inPool(pool: JobPool, item: T): Promise<R>;
}

/** Items in flight per worker thread: enough to keep each busy, few enough to read a long input as it goes. */
const IN_FLIGHT_PER_JOB = 4;

/**
 * Runs every item and hands each result to `take` in input order. With more than one job and
 * more than one item the work goes to a pool of `jobs` worker threads; otherwise it stays in this
 * thread, where a single page or a short batch is done before a pool could have started.
 * Runners never reject: a failure is a result like any other.
 */
export async function runInOrder<T, R>(items: AsyncIterable<T>, jobs: number, runner: Runner<T, R>, take: (result: R, item: T) => void): Promise<void> {
  // Two items are read first to see whether a pool is worth starting.
  const iterator = items[Symbol.asyncIterator]();
  const head: T[] = [];
  while (head.length < 2) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
  }
  const several = head.length === 2;
  const all = (async function* () {
    yield* head;
    if (several) for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();
  if (jobs <= 1 || !several) {
    for await (const item of all) take(await runner.here(item), item);
    return;
  }
  // loaded only here: a single page never pays for the pool library
  const pool = (await import('./pool')).startPool(jobs);
  try {
    const window: [T, Promise<R>][] = [];
    for await (const item of all) {
      window.push([item, runner.inPool(pool, item)]);
      if (window.length >= jobs * IN_FLIGHT_PER_JOB) {
        const [done, result] = window.shift()!;
        take(await result, done);
      }
    }
    for (const [done, result] of window) take(await result, done);
  } finally {
    await pool.close();
  }
}
