/**
 * A project copy's own node_modules: one symlink per package of the source
 * project, without Astro's and Vite's caches. Astro keeps its data store and
 * incremental-build cache in node_modules/.astro, so a shared node_modules
 * would make every "cold" build warm and let copies overwrite each other's
 * caches. Used by the benchmark and by the build tests.
 */
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const CACHE_ENTRIES = new Set(['.astro', '.vite', '.cache', '.vite-temp']);

/** A node_modules of symlinks to `source`'s packages, without its caches. */
export function linkNodeModules(source: string, dest: string): void {
  const from = join(source, 'node_modules');
  const to = join(dest, 'node_modules');
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (CACHE_ENTRIES.has(entry)) continue;
    symlinkSync(join(from, entry), join(to, entry));
  }
}
