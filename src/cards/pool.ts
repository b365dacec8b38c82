/**
 * Draws the cards missing from the card cache on worker threads, started as
 * the build starts so that they draw while Astro syncs, bundles and renders
 * on the main thread and Pagefind indexes in its own process. At the end of
 * the build the main thread draws whatever is left beside them. A card costs
 * some 35–45 ms of CPU on the project's machine (BENCHMARKS.md), so a cold
 * build of thousands of cards wants every core; a rebuild draws the few
 * whose cards changed.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CARD_WORKER, drawCard, type CardJob, type CardJobResult } from './worker.ts';

/** One worker a core but the main thread's, at most this many. */
const MAX_WORKERS = 3;

export interface CardDrawing {
  /** Draws what no worker has taken, waits for the workers, and returns the cards that could not be drawn. */
  finish(): Promise<CardJobResult[]>;
}

export function drawCards(jobs: readonly CardJob[], workers = Math.min(availableParallelism() - 1, MAX_WORKERS)): CardDrawing {
  const queue = [...jobs];
  const failed: CardJobResult[] = [];
  const record = (result: CardJobResult) => result.error && failed.push(result);
  // The workers load this folder's modules from disk, which a bundled copy of this module does not have.
  const script = new URL('./worker.ts', import.meta.url);
  const running = script.protocol === 'file:' && queue.length ? Array.from({ length: Math.max(workers, 0) }, () => runWorker(script, queue, record)) : [];
  return {
    async finish() {
      running.forEach(({ worker }) => worker.ref());
      const drawLeft = async () => {
        for (let job = queue.shift(); job; job = queue.shift()) record(await drawCard(job));
      };
      await drawLeft();
      await Promise.all(running.map(({ done }) => done));
      // A worker that died put its card back.
      await drawLeft();
      return failed;
    },
  };
}

/**
 * A worker taking one card at a time from `queue` until it is empty. It does
 * not keep the process alive until `finish` asks for it: a build that fails
 * meanwhile must be able to exit. A worker that cannot start or dies puts its
 * card back for the others.
 */
function runWorker(script: URL, queue: CardJob[], record: (result: CardJobResult) => void): { worker: Worker; done: Promise<void> } {
  const worker = new Worker(script, { workerData: CARD_WORKER });
  worker.unref();
  let current: CardJob | undefined;
  const done = new Promise<void>((resolve) => {
    const next = () => {
      current = queue.shift();
      if (current) worker.postMessage(current);
      else void worker.terminate().then(() => resolve());
    };
    worker.on('online', next);
    worker.on('message', (result: CardJobResult) => {
      record(result);
      next();
    });
    const stop = () => {
      if (current) queue.push(current);
      current = undefined;
      resolve();
    };
    worker.on('error', stop);
    worker.on('exit', stop);
  });
  return { worker, done };
}
