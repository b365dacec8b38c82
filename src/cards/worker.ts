/**
 * A worker thread that draws social cards (started by pool.ts; Node runs
 * TypeScript natively): draws each card it is sent into its file in the card
 * cache and says whether it could.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeCardFile } from './cache.ts';
import type { Card } from './layout.ts';
import { renderCard } from './render.ts';

export interface CardJob {
  card: Card;
  /** Where the PNG goes: its file in the card cache. */
  file: string;
}

export type CardJobResult = { file: string; error?: string };

/** Draws a card into its file; the error's message if it cannot. */
export async function drawCard({ card, file }: CardJob): Promise<CardJobResult> {
  try {
    await writeCardFile(file, await renderCard(card));
    return { file };
  } catch (error) {
    return { file, error: error instanceof Error ? error.message : String(error) };
  }
}

/** What pool.ts gives the workers it starts, so that this module draws only in those, not in any thread that imports it. */
export const CARD_WORKER = 'sitrep:social-cards';

const port = parentPort;
if (port && workerData === CARD_WORKER) port.on('message', async (job: CardJob) => port.postMessage(await drawCard(job)));
