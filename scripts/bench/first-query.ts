/**
 * What a reader's first search downloads, on a fresh page: by relevance, newest
 * first, and browsing by a filter alone (no search term). Each is counted two
 * ways: raw, and as a host that gzips text (HTML, CSS, JavaScript, JSON)
 * would send it; Pagefind's index files are gzipped already and count as they
 * are. Each is split at the moment the first result shows: what it took to
 * show results, and what the filter counts shown with them added.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { DATE_ORDER_FILE } from '../../src/search/date-order.ts';
import type { RunningServer } from '../lib/static-server.ts';

export interface Transfer {
  path: string;
  bytes: number;
  gzipBytes: number;
  /** When its response ended, in ms since the page's navigation began. */
  end: number;
}

export interface Bytes {
  raw: number;
  gzip: number;
  requests: number;
}

export interface FirstQuery {
  name: string;
  url: string;
  untilResults: Bytes;
  withCounts: Bytes;
  /** What the bytes were, by kind of file (fileKind), until results and after. */
  byKind: { kind: string; untilResults: Bytes; after: Bytes }[];
}

/** Text a static host compresses; anything else (Pagefind's index, WebAssembly, images) is sent as it is. */
const COMPRESSED_BY_HOST = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/** The bytes a host that gzips text sends for `file`. */
export function hostGzipBytes(file: string, bytes: Buffer): number {
  return COMPRESSED_BY_HOST.has(extname(file)) ? gzipSync(bytes).length : bytes.length;
}

function sum(transfers: readonly Transfer[]): Bytes {
  return {
    raw: transfers.reduce((n, t) => n + t.bytes, 0),
    gzip: transfers.reduce((n, t) => n + t.gzipBytes, 0),
    requests: transfers.length,
  };
}

/** What a file the search page loads is: the page's own, Pagefind's (by kind of index file), the facet file or the date order file. */
export function fileKind(path: string): string {
  const ext = extname(path);
  if (path.endsWith('/')) return 'html';
  if (ext === '.pf_index') return 'word chunks';
  if (ext === '.pf_filter') return 'filter chunks';
  if (ext === '.pf_fragment') return 'fragments';
  if (ext === '.pf_meta') return 'pf_meta';
  if (ext === '.pagefind') return 'wasm';
  if (path.endsWith('/pagefind.js')) return 'pagefind.js';
  if (path.endsWith(`/${DATE_ORDER_FILE}`)) return 'date order';
  if (path.includes('/pagefind/') && ext === '.bin') return 'facets';
  return ext.slice(1) || 'other';
}

/** Splits the transfers at `resultsAt`: those that ended by then, and all of them. */
export function splitAtResults(transfers: readonly Transfer[], resultsAt: number): Pick<FirstQuery, 'untilResults' | 'withCounts'> {
  return { untilResults: sum(transfers.filter((t) => t.end <= resultsAt)), withCounts: sum(transfers) };
}

/** The file dist/ serves for a URL path, as scripts/lib/static-server.ts resolves it. */
function servedFile(dist: string, path: string): string {
  const file = join(dist, path);
  return statSync(file, { throwIfNoEntry: false })?.isDirectory() ? join(file, 'index.html') : file;
}

/** Set up before the page's own scripts: notes when the first result is in the list. */
const WATCH_RESULTS = () => {
  performance.setResourceTimingBufferSize(10_000);
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-results] > *')) {
      (window as unknown as { resultsAt: number }).resultsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

/** Loads `url` in a fresh context and counts what it downloaded until the search was answered in full. */
export async function measureFirstQuery(browser: Browser, server: RunningServer, dist: string, name: string, url: string): Promise<FirstQuery> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(WATCH_RESULTS);
    const page = await context.newPage();
    server.sent.clear();
    await page.goto(server.url + url);
    await page.waitForSelector('[data-done]', { timeout: 60_000 });
    const timing = await page.evaluate(() => ({
      resultsAt: (window as unknown as { resultsAt?: number }).resultsAt ?? Infinity,
      document: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
      resources: performance.getEntriesByType('resource').map((e) => ({ url: e.name, end: (e as PerformanceResourceTiming).responseEnd })),
    }));
    const entries = [{ url: server.url + url, end: timing.document }, ...timing.resources];
    const transfers = entries
      .map(({ url: full, end }) => ({ path: decodeURIComponent(new URL(full).pathname), end }))
      .filter(({ path }) => server.sent.has(path))
      .map(({ path, end }) => {
        const file = servedFile(dist, path);
        return { path, end, bytes: server.sent.get(path)!, gzipBytes: hostGzipBytes(file, readFileSync(file)) };
      });
    const kinds = [...new Set(transfers.map((t) => fileKind(t.path)))];
    const byKind = kinds.map((kind) => {
      const of = transfers.filter((t) => fileKind(t.path) === kind);
      return { kind, untilResults: sum(of.filter((t) => t.end <= timing.resultsAt)), after: sum(of.filter((t) => t.end > timing.resultsAt)) };
    });
    return { name, url, ...splitAtResults(transfers, timing.resultsAt), byKind };
  } finally {
    await context.close();
  }
}

/** The three first queries the issue sets targets for. */
export function firstQueryUrls(word: string, topic: string): { name: string; url: string }[] {
  const q = encodeURIComponent(word);
  return [
    { name: 'by relevance', url: `/search/?q=${q}` },
    { name: 'newest first', url: `/search/?q=${q}&sort=newest` },
    { name: 'filter only', url: `/search/?topic=${encodeURIComponent(topic)}` },
  ];
}

export function firstQueryLines(queries: readonly FirstQuery[]): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const bytes = (b: Bytes) => `${kb(b.raw)} raw / ${kb(b.gzip)} gzip in ${b.requests} requests`;
  const part = (b: Bytes) => (b.requests ? `${kb(b.raw)} / ${kb(b.gzip)} (${b.requests})` : '-');
  return queries.flatMap((q) => [
    `first query, ${q.name.padEnd(13)} until results: ${bytes(q.untilResults)}`,
    `${''.padEnd(26)} with counts:   ${bytes(q.withCounts)}   (${q.url})`,
    ...(q.byKind ?? []).map(({ kind, untilResults, after }) => `${''.padEnd(28)}${kind.padEnd(14)} until results ${part(untilResults)}, then ${part(after)}`),
  ]);
}
