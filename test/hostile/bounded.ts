import { Worker } from 'node:worker_threads';
import type { ArticleCheck } from '../../lib/check-article';
import type { Analysis, AnalysisInput, ExtractResult } from '../../lib/types';

export type Job = { kind: 'page'; html: string; url?: string; budgetMs?: number } | { kind: 'input'; input: AnalysisInput; budgetMs?: number };

export type Outcome =
  | { status: 'done'; extract: ExtractResult | null; input: AnalysisInput | null; check: ArticleCheck | null; analysis: Analysis | null; ms: { extract: number; analyse: number; wall: number } }
  | { status: 'thrown'; error: string; ms: { wall: number } }
  | { status: 'timeout'; ms: { wall: number } };

const WORKER = new URL('./check-worker.mjs', import.meta.url);
const START_TIMEOUT_MS = 60_000;

/**
 * Runs checks (extractArticle then analyze) in a worker thread with a hard wall-clock bound:
 * a check past its bound is stopped by ending the worker, and the next check gets a new one.
 */
export class BoundedChecker {
  private worker: Promise<Worker> | null = null;
  private nextId = 1;

  private start(): Promise<Worker> {
    this.worker ??= new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(WORKER);
      const timer = setTimeout(() => reject(new Error('check worker did not start')), START_TIMEOUT_MS);
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.once('message', () => {
        clearTimeout(timer);
        resolve(worker);
      });
    });
    return this.worker;
  }

  async run(job: Job, boundMs: number): Promise<Outcome> {
    const worker = await this.start();
    const id = this.nextId++;
    const started = performance.now();
    return new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => {
        worker.off('message', onMessage);
        this.worker = null;
        void worker.terminate();
        resolve({ status: 'timeout', ms: { wall: performance.now() - started } });
      }, boundMs);
      const onMessage = (message: { id: number; thrown?: string } & Record<string, unknown>) => {
        if (message.id !== id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        const wall = performance.now() - started;
        if (message.thrown) resolve({ status: 'thrown', error: message.thrown, ms: { wall } });
        else {
          const { extract, input, check, analysis, ms } = message as unknown as Extract<Outcome, { status: 'done' }>;
          resolve({ status: 'done', extract, input, check: check ?? null, analysis, ms: { ...ms, wall } });
        }
      };
      worker.on('message', onMessage);
      worker.postMessage({ ...job, id });
    });
  }

  async close(): Promise<void> {
    const worker = await this.worker?.catch(() => null);
    this.worker = null;
    await worker?.terminate();
  }
}
