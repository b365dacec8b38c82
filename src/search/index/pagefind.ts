/**
 * Builds the Pagefind search index during `astro build`, from the briefings'
 * search records (src/lib/search-record.ts) rather than from the built HTML.
 * The briefings loader sends the index parts (one per year) at the end of the
 * content layer sync, and Pagefind, in its own process, indexes them while
 * Vite bundles and Astro renders the pages. At the end of the build the parts
 * are copied to dist/pagefind/<year>/, with Pagefind's script beside them.
 *
 * Each part is kept in the cache directory under its key, which changes
 * whenever anything indexed in it would: a rebuild indexes only the years
 * whose briefings changed, and reuses the others as they are.
 *
 * The build fails on any error Pagefind reports, with every error listed, and
 * when the index and the built briefing pages disagree (a page with no
 * record, or a record with no page), so a broken index is never deployed.
 * The post-build audit (site-audit.ts) then counts the written index.
 */
import { createHash } from 'node:crypto';
import { constants, existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import * as pagefind from 'pagefind';
import { handoff } from '../../cache/handoff.ts';
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

/** The scripts pages load from /pagefind/: the search API and the highlighter of briefing pages. */
export const PAGEFIND_SCRIPTS = ['pagefind.js', 'pagefind-highlight.js'];
/** Files Pagefind writes that the site does not use (its ready-made UIs, and the worker that `noWorker` turns off). */
const UNUSED = /^pagefind-(?:component-ui|modular-ui|ui|worker)\./;
/**
 * Part of every cached part's key, with Pagefind's version and the part's own
 * key: bump it when what indexRecords gives Pagefind, the options it uses, or
 * the files a part keeps change, so that parts written the old way are not reused.
 */
const PART_FORMAT = 1;
/**
 * Files written or copied at once: a part holds thousands, and each open file
 * holds a descriptor (often 1,024 allowed). Fewer, such as 32, made writing a
 * part's documents take twice as long while the main thread was busy building.
 */
const filesAtOnce = pLimit(256);
/** Written beside a cached part: the URLs it indexed. Written last, so a part without it is incomplete. */
const URLS_FILE = 'sitrep-urls.json';

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
    const { index } = check('create an index', await pagefind.createIndex());
    if (!index) throw new PagefindError('create an index', ['no index was returned']);
    const { page_count } = check('index the briefings', await index.addDirectory({ path: documents }));
    if (page_count !== records.length) throw new PagefindError('index every briefing', [`${records.length} documents written, ${page_count} indexed`]);
    check('write the index', await index.writeFiles({ outputPath }));
    // A 10,000-briefing index peaks near 2 GB in Pagefind's process: free each part before the next.
    await index.deleteIndex();
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

/** The version of Pagefind: a part written by another version is indexed again. Its package does not export package.json, so it is found from the entry point. */
function pagefindVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.resolve('pagefind'))); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    if (name === 'pagefind' && version) return version;
  }
  throw new PagefindError('find its version', ['no package.json of pagefind above its entry point']);
}

/**
 * Makes sure each part has an index in `cacheRoot`, indexing only the parts
 * not found there under their key, then removes the cached parts this build
 * did not use. Returns the parts in the order given.
 */
export async function buildParts(parts: readonly SearchPart[], cacheRoot: string): Promise<BuiltPart[]> {
  const version = pagefindVersion();
  const built: BuiltPart[] = [];
  await mkdir(cacheRoot, { recursive: true });
  try {
    for (const part of parts) {
      const digest = createHash('sha1').update(`pagefind ${version} format ${PART_FORMAT}\n${part.key}`).digest('hex').slice(0, 16);
      const dir = join(cacheRoot, `${part.name}-${digest}`);
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
      await writeFile(join(draft, URLS_FILE), JSON.stringify(urls));
      await rm(dir, { recursive: true, force: true });
      await rename(draft, dir);
      built.push({ name: part.name, dir, urls, indexed: true });
    }
  } finally {
    await pagefind.close();
  }
  const used = new Set(built.map((part) => part.dir));
  for (const name of await readdir(cacheRoot)) {
    if (!used.has(join(cacheRoot, name))) await rm(join(cacheRoot, name), { recursive: true, force: true });
  }
  return built;
}

/** Copies the files under `from` to `to`, except those whose path relative to `from` is in `skip`. */
async function copyTree(from: string, to: string, skip: ReadonlySet<string> = new Set()): Promise<void> {
  // fs.cp takes over a second for a 10,000-briefing index, most of it checks per file; the parts are plain files.
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const path = (entry: { parentPath: string; name: string }) => relative(from, join(entry.parentPath, entry.name));
  await mkdir(to, { recursive: true });
  for (const entry of entries) if (entry.isDirectory()) await mkdir(join(to, path(entry)), { recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map(path).filter((file) => !skip.has(file));
  await filesAtOnce.map(files, (file) => copyFile(join(from, file), join(to, file), constants.COPYFILE_FICLONE));
}

/**
 * Copies the parts into `bundle` (dist/pagefind/): each part's index to
 * `<name>/`, and Pagefind's scripts, the same for every part, once at the top.
 */
export async function publishParts(parts: readonly BuiltPart[], bundle: string): Promise<void> {
  await rm(bundle, { recursive: true, force: true });
  await mkdir(bundle, { recursive: true });
  const skip = new Set([...PAGEFIND_SCRIPTS, URLS_FILE]);
  await Promise.all(parts.map((part) => copyTree(part.dir, join(bundle, part.name), skip)));
  const first = parts[0];
  if (first) for (const script of PAGEFIND_SCRIPTS) await copyFile(join(first.dir, script), join(bundle, script));
}

/** What differs between the URLs indexed and the briefing pages built, as messages; empty when they match. */
export function indexMismatch(indexed: readonly string[], built: readonly string[]): string[] {
  const inIndex = new Set(indexed);
  const onSite = new Set(built);
  const missing = built.filter((url) => !inIndex.has(url));
  const extra = indexed.filter((url) => !onSite.has(url));
  const show = (urls: string[]) => urls.slice(0, 10).join(', ') + (urls.length > 10 ? ` and ${urls.length - 10} more` : '');
  return [
    ...(missing.length ? [`briefing pages missing from the search index (${missing.length}): ${show(missing)}`] : []),
    ...(extra.length ? [`search records with no briefing page (${extra.length}): ${show(extra)}`] : []),
  ];
}

export interface PagefindIndexOptions {
  /** Which built pages (Astro pathnames, such as `briefings/<id>/`) the index must hold, one record each. */
  indexed?: RegExp;
}

export function pagefindIndex({ indexed = /^briefings\/[^/]+\/$/ }: PagefindIndexOptions = {}): AstroIntegration {
  let indexing: Promise<{ parts: BuiltPart[]; ms: number }> | undefined;
  let received = false;
  // The run of a previous build in this process (a build called from a script), which may still be indexing
  // into the cache and holds Pagefind's one service process: wait for it before starting again.
  let running: Promise<unknown> | undefined;

  return {
    name: 'sitrep:pagefind',
    hooks: {
      // Set up before the content layer syncs: the briefings loader sends the parts at the end of it.
      'astro:config:setup': async ({ config, command }) => {
        if (command !== 'build') return;
        await running?.catch(() => {});
        const cacheRoot = join(fileURLToPath(config.cacheDir), 'sitrep-pagefind');
        handoff.searchParts.open();
        received = false;
        indexing = handoff.searchParts.receive().then(async (parts) => {
          received = true;
          const started = performance.now();
          const run = buildParts(parts, cacheRoot);
          running = run;
          return { parts: await run, ms: performance.now() - started };
        });
        // Awaited in build:done; a build that fails before then must not also report an unhandled rejection.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const waited = performance.now();
        if (!indexing || !received) {
          throw new PagefindError('index the briefings', ['no search index parts were sent: src/loaders/briefings.ts sends them when it has loaded the briefings']);
        }
        const { parts, ms } = await indexing;
        const urls = parts.flatMap((part) => part.urls);
        const mismatch = indexMismatch(
          urls,
          pages.filter((p) => indexed.test(p.pathname)).map((p) => `/${p.pathname}`),
        );
        if (mismatch.length) throw new PagefindError('index exactly the briefing pages', mismatch);
        await publishParts(parts, join(fileURLToPath(dir), 'pagefind'));
        const fresh = parts.filter((part) => part.indexed);
        const reused = parts.length - fresh.length;
        logger.info(
          `Indexed ${fresh.reduce((n, part) => n + part.urls.length, 0)} briefings in ${fresh.length} part(s) (${fresh.map((p) => p.name).join(', ') || 'none'}) in ${Math.round(ms)} ms, while the site was built` +
            `${reused ? `; reused ${reused} unchanged part(s)` : ''}; ${urls.length} briefings in the index (waited ${Math.round(performance.now() - waited)} ms for it)`,
        );
      },
    },
  };
}
