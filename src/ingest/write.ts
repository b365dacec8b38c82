/**
 * Writing what `npm run ingest` planned: actor stubs and place files first,
 * so that a draft never names an id without a file, then the drafts. A file
 * that exists by then (another contributor, another run) is left as it is
 * and reported: nothing is ever overwritten.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestPlan } from './plan.ts';

export interface WriteOutcome {
  written: string[];
  /** Files that appeared after the plan was made, left untouched. */
  existed: string[];
}

export async function writePlan(plan: IngestPlan, root: string): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { written: [], existed: [] };
  const files = [
    ...plan.actorStubs,
    ...plan.placeFiles,
    ...plan.drafts.flatMap((d) => (d.file && d.text !== undefined ? [{ file: d.file, text: d.text }] : [])),
  ];
  for (const { file, text } of files) {
    try {
      await writeFile(join(root, file), text, { flag: 'wx' });
      outcome.written.push(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      outcome.existed.push(file);
    }
  }
  return outcome;
}
