/**
 * The check's worker threads (src/check/workers.ts) give exactly the problems
 * the check finds on its own thread. Below 400 briefings the check never
 * starts them, so the test lowers the threshold and leaves every batch to the
 * workers, and counts what the workers send back to be sure they ran.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { actorSchema, briefingSchema, contentDirs, countryNoteSchema, placeSchema } from '../../src/content.config.ts';
import { checkContent, releaseCheckedBriefings, type CheckOptions } from '../../src/check/index.ts';
import type { ParallelOptions } from '../../src/check/workers.ts';

const fromWorkers = vi.hoisted(() => ({ started: 0, results: 0 }));

vi.mock('node:worker_threads', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:worker_threads')>();
  class CountingWorker extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      super(...args);
      fromWorkers.started++;
      this.on('message', (message: { results?: unknown[] }) => (fromWorkers.results += message.results?.length ?? 0));
    }
  }
  return { ...real, Worker: CountingWorker };
});

const fixtures = fileURLToPath(new URL('../fixtures/bad-inputs', import.meta.url));
/** Cases whose briefings fail in the parse, the schema and the body, and one that passes. */
const CASES = [
  'malformed-yaml',
  'missing-field',
  'wrong-type',
  'unknown-actor',
  'duplicate-source',
  'mdx-bad-source',
  'mdx-expression',
  'mdx-import',
  'bom-crlf',
];
const BRIEFINGS = 1 + CASES.length;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A fresh copy each time: the check remembers, per file, what it found in this process. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-workers-'));
  roots.push(root);
  cpSync(join(fixtures, 'base'), root, { recursive: true });
  for (const name of CASES) cpSync(join(fixtures, 'cases', name), root, { recursive: true });
  return root;
}

function check(parallel: ParallelOptions, shareRendered: boolean) {
  const options: CheckOptions = {
    root: tree(),
    dirs: contentDirs,
    schemas: { briefing: briefingSchema, actor: actorSchema, countryNote: countryNoteSchema, place: placeSchema },
    today: '2026-01-01',
    shareRendered,
    parallel,
  };
  return checkContent(options);
}

beforeEach(() => {
  fromWorkers.started = 0;
  fromWorkers.results = 0;
});

describe('the check on worker threads', { timeout: 60_000 }, () => {
  it.each([false, true])('finds exactly the problems found on this thread (HTML kept: %s)', async (shareRendered) => {
    const inThread = await check({}, shareRendered);
    expect(fromWorkers.started).toBe(0);
    expect(inThread.length).toBeGreaterThan(CASES.length);

    const onWorkers = await check({ from: 1, thisThreadHelps: false }, shareRendered);
    releaseCheckedBriefings();
    expect(fromWorkers.started).toBeGreaterThan(0);
    expect(fromWorkers.results).toBe(BRIEFINGS);
    expect(onWorkers).toEqual(inThread);
  });
});
