/**
 * Temporary copies of the project for the benchmark, on tmpfs when there is one.
 *
 * node_modules is not one symlink to the project's: Astro and Vite keep their
 * caches inside it (node_modules/.astro holds the content data store and the
 * incremental-build cache, node_modules/.vite the optimised dependencies), and
 * a shared directory would make every "cold" build warm and let concurrent
 * runs overwrite each other's caches. Each copy gets its own node_modules
 * directory whose entries are symlinks to the project's packages.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from './corpus.ts';
import { linkNodeModules } from '../lib/node-modules.ts';

export function tempRoot(): string {
  return existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tempRoot(), prefix));
}

/** Copies what a build needs: sources, public files, config, scripts; keeps the country notes. */
export function copyProject(source: string, dest: string): void {
  for (const dir of ['src', 'public', 'scripts']) {
    if (existsSync(join(source, dir))) cpSync(join(source, dir), join(dest, dir), { recursive: true });
  }
  for (const file of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', '.gitignore']) {
    if (existsSync(join(source, file))) cpSync(join(source, file), join(dest, file));
  }
  linkNodeModules(source, dest);
}

export function writeFiles(dir: string, files: readonly { name: string; text: string }[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.name), f.text);
}

/** Replaces the copy's briefings, actors and places with the corpus. */
export function writeCorpus(dest: string, corpus: Corpus): void {
  writeFiles(join(dest, 'src/content/briefings'), corpus.briefings);
  writeFiles(join(dest, 'src/content/actors'), corpus.actors);
  writeFiles(join(dest, 'src/content/places'), corpus.places);
}

/** Total bytes and number of files under `dir`. */
export function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files };
}
