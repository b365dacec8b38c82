/**
 * Index parts on disk: each part (a sample of the briefings, ../parts.ts) indexed
 * by Pagefind into the cache directory, under a key that changes whenever
 * anything indexed in it would (part-key.ts), and the parts published into
 * dist/pagefind/. A rebuild indexes only the parts whose briefings changed,
 * and reuses the others as they are.
 */
import { constants, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import pLimit from 'p-limit';
import * as pagefind from 'pagefind';
import { partFiles } from './facet-file.ts';
import { isSharedFile, prepareSharedFiles, publishSharedFiles } from './pagefind-assets.ts';
import { pageFilesDirName, partDirName, sharedFilesDirName } from './part-key.ts';
import { regzip } from './regzip.ts';
import { searchDocument, type SearchPart, type SearchRecord } from './record.ts';

export class PagefindError extends Error {
  constructor(step: string, errors: readonly string[]) {
    super(`Pagefind failed to ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    this.name = 'PagefindError';
  }
}

function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length) throw new PagefindError(step, response.errors);
  return response;
}

/** Files Pagefind writes that the site does not use (its ready-made UIs, and the worker that `noWorker` turns off). */
const UNUSED = /^pagefind-(?:component-ui|modular-ui|ui|worker)\./;
/**
 * Files written or copied at once: a part holds thousands, and each open file
 * holds a descriptor (often 1,024 allowed). Fewer, such as 32, made writing a
 * part's documents take twice as long while the main thread was busy building.
 */
const filesAtOnce = pLimit(256);
/** Written beside a cached part: the URLs it indexed. Written last, so a part without it is incomplete. */
const URLS_FILE = 'sitrep-urls.json';
/**
 * Set by the benchmark's relevance measurement (scripts/bench/relevance.ts): a
 * folder that receives every document indexed, in a folder per part, so that
 * it can index the same documents as one index and compare the rankings.
 */
const KEEP_DOCUMENTS = 'SITREP_KEEP_SEARCH_DOCUMENTS';
/**
 * The postings (a page's matches of a word) per word chunk, where Pagefind's
 * default is 20,000: a search loads the chunk of each query word from every
 * part, and smaller chunks cut what a first query loads (at 10,000 briefings
 * in 8 parts, 491 KB raw until results show with the default, 359 KB with
 * 5,000, as npm run bench counts). Pagefind reads it from its environment
 * when its service starts; being in this module, it is in the parts' cache
 * key.
 */
const WORD_CHUNK_POSTINGS = 5000;

/**
 * Indexes the records into a Pagefind index written to `outputPath`, using
 * the running Pagefind service, and frees the index. Returns the URLs indexed.
 *
 * The documents are written to `documents` first and indexed as a folder:
 * Pagefind then parses them on its own threads, where documents sent one by
 * one would each wait for Node's main thread, busy rendering pages meanwhile
 * (a third of the time for the same documents).
 */
export async function indexRecords(records: readonly SearchRecord[], documents: string, outputPath: string): Promise<string[]> {
  await rm(documents, { recursive: true, force: true });
  // Pagefind takes a page's URL from its path: /briefings/<id>/ from briefings/<id>/index.html.
  await filesAtOnce.map(records, async (record) => {
    const dir = join(documents, ...record.url.split('/').filter(Boolean));
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'index.html'), searchDocument(record));
  });
  try {
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(WORD_CHUNK_POSTINGS);
    const { index } = check('create an index', await pagefind.createIndex());
    if (!index) throw new PagefindError('create an index', ['no index was returned']);
    const { page_count } = check('index the briefings', await index.addDirectory({ path: documents }));
    if (page_count !== records.length) throw new PagefindError('index every briefing', [`${records.length} documents written, ${page_count} indexed`]);
    check('write the index', await index.writeFiles({ outputPath }));
    // A 10,000-briefing index peaks near 2 GB in Pagefind's process: free each part before the next.
    await index.deleteIndex();
    const keep = process.env[KEEP_DOCUMENTS];
    // Moved rather than copied: copying a part's documents took seconds of the main thread, which renders meanwhile.
    if (keep) {
      const kept = join(keep, basename(documents));
      await mkdir(keep, { recursive: true });
      await rm(kept, { recursive: true, force: true });
      await rename(documents, kept);
    }
  } finally {
    await rm(documents, { recursive: true, force: true });
  }
  return records.map((record) => record.url);
}

export interface BuiltPart {
  name: string;
  /** The part's directory in the cache. */
  dir: string;
  urls: string[];
  /** Whether it was indexed in this build, rather than reused. */
  indexed: boolean;
}

export interface BuiltIndex {
  parts: BuiltPart[];
  /** The folder in the cache of the search page's own files for the parts: facets and date order (facet-file.ts). */
  pageFiles: string;
  /** The folder in the cache of Pagefind's files that are the same in every part (pagefind-assets.ts). */
  sharedFiles: string;
}

/**
 * Makes sure each part has an index in `cacheRoot`, indexing only the parts
 * not found there under their key (`code` is the digest of the code that
 * indexes, part-key.ts), and that the search page's own files for the
 * parts (facet-file.ts) and Pagefind's files shared by all parts
 * (pagefind-assets.ts) are there under theirs, then removes what this build
 * did not use. Returns the parts in the order given.
 */
export async function buildParts(parts: readonly SearchPart[], cacheRoot: string, code: string): Promise<BuiltIndex> {
  const built: BuiltPart[] = [];
  await mkdir(cacheRoot, { recursive: true });
  const pageFiles = join(cacheRoot, pageFilesDirName(parts, code));
  if (!existsSync(pageFiles)) {
    // Written aside and renamed into place, as a part is.
    await rm(`${pageFiles}.partial`, { recursive: true, force: true });
    await mkdir(`${pageFiles}.partial`);
    for (const [name, bytes] of partFiles(parts)) await writeFile(join(`${pageFiles}.partial`, name), bytes);
    await rename(`${pageFiles}.partial`, pageFiles);
  }
  const sharedFiles = join(cacheRoot, sharedFilesDirName(code));
  // A part indexed is finished (compressed again, then renamed into place) while Pagefind indexes the next one,
  // and Pagefind's shared files are prepared from the first part finished. Each is awaited below; until then
  // a failure must not count as unhandled.
  const finishing: Promise<void>[] = [];
  let shared: Promise<void> | undefined;
  const background = (work: Promise<void>) => {
    work.catch(() => {});
    finishing.push(work);
    return work;
  };
  try {
    for (const part of parts) {
      const dir = join(cacheRoot, partDirName(part, code));
      const urlsFile = join(dir, URLS_FILE);
      if (existsSync(urlsFile)) {
        built.push({ name: part.name, dir, urls: JSON.parse(await readFile(urlsFile, 'utf8')) as string[], indexed: false });
        continue;
      }
      // Written aside and renamed into place, so an interrupted build never leaves a part that looks whole.
      const draft = `${dir}.partial`;
      await rm(draft, { recursive: true, force: true });
      const urls = await indexRecords(part.records(), `${dir}.documents`, draft);
      for (const name of await readdir(draft)) if (UNUSED.test(name)) await rm(join(draft, name));
      const finished = background(
        (async () => {
          await compressPart(draft);
          await writeFile(join(draft, URLS_FILE), JSON.stringify(urls));
          await rm(dir, { recursive: true, force: true });
          await rename(draft, dir);
        })(),
      );
      shared ??= background(finished.then(() => prepareSharedFiles(dir, sharedFiles)));
      built.push({ name: part.name, dir, urls, indexed: true });
    }
    if (!shared && built[0]) background(prepareSharedFiles(built[0].dir, sharedFiles));
    await Promise.all(finishing);
  } finally {
    await pagefind.close();
  }
  const used = new Set([...built.map((part) => part.dir), pageFiles, sharedFiles]);
  for (const name of await readdir(cacheRoot)) {
    if (!used.has(join(cacheRoot, name))) await rm(join(cacheRoot, name), { recursive: true, force: true });
  }
  return { parts: built, pageFiles, sharedFiles };
}

/** Compresses again, in place, the metadata file of the index part in `dir`, which every search loads from every part (regzip.ts). */
export async function compressPart(dir: string): Promise<void> {
  await regzip((await readdir(dir)).filter((name) => name.endsWith('.pf_meta')).map((name) => join(dir, name)));
}

/** Copies the files under `from` to `to`, except those whose path relative to `from` is in `skip`. */
async function copyTree(from: string, to: string, skip: ReadonlySet<string> = new Set()): Promise<void> {
  // fs.cp takes over a second for a 10,000-briefing index, most of it checks per file; the parts are plain files.
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const path = (entry: { parentPath: string; name: string }) => relative(from, join(entry.parentPath, entry.name));
  await mkdir(to, { recursive: true });
  for (const entry of entries) if (entry.isDirectory()) await mkdir(join(to, path(entry)), { recursive: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map(path)
    .filter((file) => !skip.has(file));
  await filesAtOnce.map(files, (file) => copyFile(join(from, file), join(to, file), constants.COPYFILE_FICLONE));
}

/**
 * Copies the parts into `bundle` (dist/pagefind/): each part's index to
 * `<name>/`, and Pagefind's scripts and the search page's own files once at
 * the top; nothing when there is no part.
 */
export async function publishParts({ parts, pageFiles, sharedFiles }: BuiltIndex, bundle: string): Promise<void> {
  await rm(bundle, { recursive: true, force: true });
  await mkdir(bundle, { recursive: true });
  await Promise.all(
    parts.map(async (part) =>
      copyTree(part.dir, join(bundle, part.name), new Set((await readdir(part.dir)).filter((name) => name === URLS_FILE || isSharedFile(name)))),
    ),
  );
  const first = parts[0];
  // With nothing published there is no index for the search page to load, nor facets to count.
  if (!first) return;
  await publishSharedFiles(sharedFiles, bundle, first.name);
  for (const name of await readdir(pageFiles)) await copyFile(join(pageFiles, name), join(bundle, name));
}
