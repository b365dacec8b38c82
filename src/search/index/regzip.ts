/**
 * Pagefind's gzipped files compressed again with Zopfli, the same bytes once
 * unzipped. Pagefind uses zlib at level 9. Every search loads each part's
 * metadata file (`pf_meta`), which is mostly page hashes in hexadecimal: zlib
 * spends bits on three-letter matches that are chance, and keeps one set of
 * codes across sections that differ. Zopfli writes it about 20 % smaller
 * (29.1 KB to 23.6 KB for a part of 2,575 briefings), and the WebAssembly 5 %.
 *
 * Zopfli takes about half a second a part at 10,000 briefings, so it runs on a
 * worker thread at the lowest priority while the main one renders pages.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * One pass of Zopfli's optimiser: 15 passes (its default) gain 1 % more on
 * `pf_meta` and take three times as long.
 */
const PASSES = 1;

/** Run as a script so that it runs the same whether this module is bundled or not. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync, writeFileSync } = require('node:fs');
const { gunzipSync } = require('node:zlib');
const { gzipAsync } = require(workerData.zopfli);
// Linux keeps a nice value per thread: this worker alone then yields the CPU to the pages rendering and to
// Pagefind, and compresses with what they leave. Elsewhere the call would slow the whole build down.
if (process.platform === 'linux') require('node:os').setPriority(19);
(async () => {
  for (const file of workerData.files) {
    try {
      const before = readFileSync(file);
      const content = gunzipSync(before);
      const after = await gzipAsync(content, { numiterations: workerData.passes });
      if (!gunzipSync(after).equals(content)) throw new Error('Zopfli did not give back the same bytes');
      if (after.length < before.length) writeFileSync(file, after);
    } catch (error) {
      return parentPort.postMessage({ error: file + ': ' + error.message });
    }
  }
  parentPort.postMessage({});
})();
`;

/** Compresses each gzip file again with Zopfli, in place, keeping whichever is smaller. */
export function regzip(files: readonly string[]): Promise<void> {
  if (!files.length) return Promise.resolve();
  const zopfli = createRequire(import.meta.url).resolve('@gfx/zopfli');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { files, zopfli, passes: PASSES } });
    worker.once('message', ({ error }: { error?: string }) => (error ? reject(new Error(`could not compress ${error}`)) : resolve()));
    worker.once('error', reject);
    worker.once('exit', (code) => (code ? reject(new Error(`regzip: the worker stopped with code ${code}`)) : resolve()));
  });
}
