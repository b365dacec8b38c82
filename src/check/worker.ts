/**
 * A worker thread of the check (started by workers.ts; Node runs TypeScript
 * natively): prepares each batch of briefings it is sent and sends the results
 * back, after saying once that it is ready.
 */
import { parentPort } from 'node:worker_threads';
import { prepareBriefing, type PreparedBriefing } from './prepare.ts';

/** Briefings `start` to `start + texts.length - 1` of the pool's list. */
export interface Batch {
  start: number;
  texts: string[];
  html: boolean;
}

export type WorkerMessage = { ready: true } | { start: number; results: PreparedBriefing[] };

const port = parentPort;
if (port) {
  const reply = (message: WorkerMessage) => port.postMessage(message);
  port.on('message', ({ start, texts, html }: Batch) => reply({ start, results: texts.map((text) => prepareBriefing(text, html)) }));
  reply({ ready: true });
}
