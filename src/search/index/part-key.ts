/**
 * The cache key of an index part: what the part holds (its records and
 * bodies, `SearchPart.key`) and the code that turns them into Pagefind's
 * index. The code is hashed rather than versioned by hand (src/cache/code-hash.ts):
 * every module the index modules import, and the lockfile, which pins
 * Pagefind's version. A part written by other code is never reused.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { codeHash } from '../../cache/code-hash.ts';
import type { SearchPart } from './record.ts';

/**
 * The modules that decide what a part's index holds, relative to the project
 * root: the records and the documents made of them (record.ts, imported by
 * build-parts.ts) and how Pagefind indexes them and which files a part keeps.
 */
const INDEX_MODULES = ['src/search/index/build-parts.ts'];

/** The digest of the code that builds the index parts of the project at `root`. */
export function indexCode(root: string): string {
  return codeHash(INDEX_MODULES.map((module) => join(root, module)));
}

/**
 * The name in the cache of the folder of the search page's own files for the
 * parts (facet-file.ts), written from all their records: a digest of their
 * contents and of the code.
 */
export function pageFilesDirName(parts: readonly Pick<SearchPart, 'name' | 'key'>[], code: string): string {
  return `page-files-${createHash('sha1')
    .update(`${code}\n${parts.map((part) => `${part.name} ${part.key}`).join('\n')}`)
    .digest('hex')
    .slice(0, 16)}`;
}

/** The folder name of a part in the cache: its name, and a digest of its content and of the code. */
export function partDirName(part: Pick<SearchPart, 'name' | 'key'>, code: string): string {
  return `${part.name}-${createHash('sha1').update(`${code}\n${part.key}`).digest('hex').slice(0, 16)}`;
}

/** The folder name in the cache of Pagefind's files shared by every part (pagefind-assets.ts): they follow the code alone. */
export function sharedFilesDirName(code: string): string {
  return `shared-files-${code.slice(0, 16)}`;
}
