/**
 * The content check's results between runs, in one JSON file: per briefing
 * file, what checking its text on its own gave. An entry is used only for the
 * same text (by hash) checked by the same code (by the code key), so unchanged
 * briefings are not parsed and rendered again; the checks across files always
 * run.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeHash } from './code-hash.ts';

export interface CheckCache<T extends { hash: string }> {
  get(file: string, hash: string): T | undefined;
  set(file: string, entry: T): void;
  /** Writes the cache, keeping only `files`, if anything changed. */
  save(files: readonly string[]): Promise<void>;
}

interface CacheFileContents<T> {
  /** The code key of the check that produced the entries: when it changes, the entries are dropped. */
  code: string;
  entries: Record<string, T>;
}

/** The check as the site runs it: its import graph holds every module of the check, the schemas and the renderer. */
const CHECK_ENTRY = new URL('../check/site.ts', import.meta.url);

/**
 * The code the cached results depend on: codeHash of the check's entry
 * module, that is its source and every module it imports, and the lockfile
 * (the versions of Zod, Sätteri and the YAML parsers). Undefined when the
 * sources cannot be read (the check was bundled), which disables the cache.
 */
export function checkCodeKey(entry: URL = CHECK_ENTRY): string | undefined {
  return entry.protocol === 'file:' ? codeHash([fileURLToPath(entry)]) : undefined;
}

/** The cache in `file`, emptied if it was written by other code than `code` (checkCodeKey); undefined without a code key. */
export async function openCheckCache<T extends { hash: string }>(file: string, code: string | undefined): Promise<CheckCache<T> | undefined> {
  if (code === undefined) return undefined;
  let entries: Record<string, T> = {};
  try {
    const contents = JSON.parse(await readFile(file, 'utf8')) as CacheFileContents<T>;
    if (contents.code === code) entries = contents.entries;
  } catch {
    // No cache yet, or an unreadable one: start afresh.
  }
  let changed = false;
  return {
    get: (name, hash) => (entries[name]?.hash === hash ? entries[name] : undefined),
    set(name, entry) {
      // The same text checked by the same code gives the same result.
      if (entries[name]?.hash !== entry.hash) {
        entries[name] = entry;
        changed = true;
      }
    },
    async save(files) {
      const keep = new Set(files);
      for (const name of Object.keys(entries)) {
        if (!keep.has(name)) {
          delete entries[name];
          changed = true;
        }
      }
      if (!changed) return;
      try {
        await mkdir(dirname(file), { recursive: true });
        const temp = `${file}.${process.pid}.tmp`;
        await writeFile(temp, JSON.stringify({ code, entries } satisfies CacheFileContents<T>));
        await rename(temp, file);
      } catch {
        // A cache that cannot be written only costs time on the next run.
      }
    },
  };
}
