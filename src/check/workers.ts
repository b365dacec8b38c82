/**
 * prepareBriefing over many briefings, spread over worker threads: the check
 * of 10,000 briefings spends most of its time parsing and rendering bodies,
 * which need nothing from each other.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { prepareBriefing, type PreparedBriefing } from './prepare.ts';
import type { Batch, WorkerMessage } from './worker.ts';

export interface ParallelOptions {
  /** The fewest briefings for which threads start (default 400: below it, starting them costs more than it saves). */
  from?: number;
  /** Whether this thread prepares batches too (default true). Tests turn it off so that the workers do all the work. */
  thisThreadHelps?: boolean;
}

const PARALLEL_FROM = 400;
const BATCH = 50;
const MAX_WORKERS = 3;

/**
 * prepareBriefing for every text, in order. With enough texts and more than
 * one core, worker threads and this thread take batches from one queue; a
 * worker that cannot start or fails leaves its batches to this thread, so the
 * result is the same either way. SITREP_CHECK_THREADS=0 keeps it all on this
 * thread.
 */
export async function prepareAll(texts: readonly string[], html: boolean, options: ParallelOptions = {}): Promise<PreparedBriefing[]> {
  const out: (PreparedBriefing | undefined)[] = new Array(texts.length);
  const thisThreadHelps = options.thisThreadHelps ?? true;
  // The workers load this folder's modules from disk, which a bundled copy of the check does not have.
  const script = new URL('./worker.ts', import.meta.url);
  const parallel = texts.length >= (options.from ?? PARALLEL_FROM) && script.protocol === 'file:' && process.env.SITREP_CHECK_THREADS !== '0';
  const workerCount = parallel ? Math.min(Math.max(availableParallelism() - 1, thisThreadHelps ? 0 : 1), MAX_WORKERS) : 0;
  let next = 0;
  const take = (): [number, number] | undefined => {
    if (next >= texts.length) return undefined;
    const start = next;
    next = Math.min(texts.length, next + BATCH);
    return [start, next];
  };
  const workers = Array.from({ length: workerCount }, () => runWorker(script, take, texts, html, out));
  const local = (async () => {
    if (!thisThreadHelps) return;
    for (let batch = take(); batch; batch = take()) {
      for (let i = batch[0]; i < batch[1]; i++) out[i] = prepareBriefing(texts[i]!, html);
      // Let the workers' messages in between batches.
      if (workers.length) await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  await Promise.all([local, ...workers]);
  for (let i = 0; i < texts.length; i++) out[i] ??= prepareBriefing(texts[i]!, html);
  return out as PreparedBriefing[];
}

/** One worker taking batches until none are left; it resolves when it stops, for whatever reason. */
function runWorker(
  script: URL,
  take: () => [number, number] | undefined,
  texts: readonly string[],
  html: boolean,
  out: (PreparedBriefing | undefined)[],
): Promise<void> {
  return new Promise<void>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(script);
    } catch {
      resolve();
      return;
    }
    const send = () => {
      const batch = take();
      if (!batch) {
        void worker.terminate().then(() => resolve());
        return;
      }
      worker.postMessage({ start: batch[0], texts: texts.slice(batch[0], batch[1]), html } satisfies Batch);
    };
    worker.on('message', (message: WorkerMessage) => {
      if ('results' in message) message.results.forEach((result, k) => (out[message.start + k] = result));
      send();
    });
    // Whatever it was given and did not return is prepared by prepareAll.
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
}
