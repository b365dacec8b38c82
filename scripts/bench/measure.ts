/**
 * Measures a built site in dist/: sizes on disk, what a briefing page weighs
 * (HTML and the CSS it links, raw and gzip-compressed), the JavaScript each
 * page type loads, and what Pagefind transfers to answer a first query. Page
 * loads go through Chromium against scripts/static-server.ts, whose byte
 * counts per path are what a static host would send.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../lib/browser.ts';
import { serveDirectory } from '../lib/static-server.ts';
import { searchAliases, type AliasResult } from './alias-search.ts';
import type { ActorAlias } from './corpus.ts';
import { firstQueryUrls, measureFirstQuery, type FirstQuery } from './first-query.ts';
import { dirSize } from './project.ts';
import { site } from '../../src/site.config.ts';

export interface PageWeight {
  path: string;
  htmlBytes: number;
  cssBytes: number;
  rawBytes: number;
  gzipBytes: number;
}

export interface DistStats {
  bytes: number;
  files: number;
  htmlPages: number;
  briefingPages: number;
  medianBriefing: PageWeight;
  largestBriefing: PageWeight;
  /** The largest actor, country and timeline page (listing pages grow with the corpus). */
  largestListing: Record<'actor' | 'country' | 'month', { path: string; htmlBytes: number; gzipBytes: number } | undefined>;
}

export type PageType = 'home' | 'briefing' | 'actor' | 'country' | 'month' | 'search';

export interface BrowserStats {
  /** Bytes of JavaScript each page type runs: inline scripts plus every script file it fetched. */
  js: Record<PageType, { bytes: number; files: number }>;
  search: {
    query: string;
    url: string;
    total: number;
    byKind: Record<TransferKind, number>;
    requests: number;
    fragments: number;
    results: number;
    /** The largest transfers, path and bytes. */
    largest: [string, number][];
  };
  /** Searches for actors' aliases: briefings found against briefings tagged with the actor (alias-search.ts). */
  aliases: AliasResult[];
  /** A first query by relevance, newest first and by a filter alone, raw and gzipped (first-query.ts). */
  firstQueries: FirstQuery[];
}

export type TransferKind = 'html' | 'css' | 'siteJs' | 'pagefindJs' | 'wasm' | 'index' | 'fragments' | 'other';

const gzipCache = new Map<string, number>();
function gzipSize(path: string, bytes: Buffer): number {
  let size = gzipCache.get(path);
  if (size === undefined) {
    size = gzipSync(bytes).length;
    gzipCache.set(path, size);
  }
  return size;
}

function cssLinks(html: string): string[] {
  const links: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (!/rel="?stylesheet"?/.test(tag)) continue;
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (href && href.startsWith('/')) links.push(href);
  }
  return links;
}

export function pageWeight(dist: string, path: string): PageWeight {
  const html = readFileSync(join(dist, path));
  let cssBytes = 0;
  let cssGzip = 0;
  for (const href of cssLinks(html.toString('utf8'))) {
    const file = join(dist, href.split('?')[0]!);
    if (!existsSync(file)) continue;
    const css = readFileSync(file);
    cssBytes += css.length;
    cssGzip += gzipSize(file, css);
  }
  return { path, htmlBytes: html.length, cssBytes, rawBytes: html.length + cssBytes, gzipBytes: gzipSync(html).length + cssGzip };
}

function median<T>(items: T[], key: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function pagesUnder(dist: string, dir: string): string[] {
  const abs = join(dist, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(abs, d.name, 'index.html')))
    .map((d) => `${dir}/${d.name}/index.html`);
}

function largest(dist: string, pages: string[]) {
  let best: { path: string; htmlBytes: number } | undefined;
  for (const path of pages) {
    const size = statSync(join(dist, path)).size;
    if (!best || size > best.htmlBytes) best = { path, htmlBytes: size };
  }
  return best && { ...best, gzipBytes: gzipSync(readFileSync(join(dist, best.path))).length };
}

function monthPages(dist: string): string[] {
  const pages: string[] = [];
  for (const year of pagesUnderDirs(join(dist, 'timeline'))) {
    for (const month of pagesUnderDirs(join(dist, 'timeline', year))) {
      if (existsSync(join(dist, 'timeline', year, month, 'index.html'))) pages.push(`timeline/${year}/${month}/index.html`);
    }
  }
  return pages.sort();
}

function pagesUnderDirs(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];
}

export function measureDist(dist: string): DistStats {
  const { bytes, files } = dirSize(dist);
  let htmlPages = 0;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html') && !entry.parentPath.includes('/pagefind')) htmlPages++;
  }
  const briefings = pagesUnder(dist, 'briefings').map((path) => pageWeight(dist, path));
  if (!briefings.length) throw new Error(`no briefing pages in ${dist}`);
  return {
    bytes,
    files,
    htmlPages,
    briefingPages: briefings.length,
    medianBriefing: median(briefings, (p) => p.gzipBytes),
    largestBriefing: briefings.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a)),
    largestListing: {
      actor: largest(dist, pagesUnder(dist, 'actors')),
      country: largest(dist, pagesUnder(dist, 'countries')),
      month: largest(dist, monthPages(dist)),
    },
  };
}

/** The page of each type the browser measurement loads. */
export function samplePages(dist: string, stats: DistStats): Record<PageType, string> {
  const url = (path: string) => '/' + path.replace(/index\.html$/, '');
  const months = monthPages(dist);
  return {
    home: '/',
    briefing: url(stats.medianBriefing.path),
    actor: url(pagesUnder(dist, 'actors')[0] ?? 'actors/index.html'),
    country: url(pagesUnder(dist, 'countries')[0] ?? 'countries/index.html'),
    month: url(months.at(-1) ?? 'timeline/index.html'),
    search: '/search/',
  };
}

export function transferKind(path: string): TransferKind {
  if (path.startsWith('/pagefind/')) {
    if (/\.(m?js)$/.test(path)) return 'pagefindJs';
    if (/wasm/.test(path)) return 'wasm';
    if (path.includes('/fragment/')) return 'fragments';
    return 'index';
  }
  if (/\.(m?js)$/.test(path)) return 'siteJs';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  return 'other';
}

function inlineScriptBytes(html: string): number {
  let bytes = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    if (/type="?application\/(ld\+)?json"?/.test(attrs) || /\bsrc=/.test(attrs)) continue;
    bytes += Buffer.byteLength(m[2]!);
  }
  return bytes;
}

async function settle(sent: Map<string, number>, quietMs = 1500, maxMs = 20_000): Promise<void> {
  const total = () => [...sent.values()].reduce((a, b) => a + b, 0) + sent.size;
  const started = Date.now();
  let last = total();
  let since = Date.now();
  while (Date.now() - started < maxMs) {
    await new Promise((r) => setTimeout(r, 100));
    const now = total();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

export async function measureInBrowser(
  dist: string,
  pages: Record<PageType, string>,
  query: string,
  aliases: readonly ActorAlias[] = [],
  /** A topic's label, to browse by a filter alone. */
  topic: string = site.topics.strikes,
): Promise<BrowserStats> {
  const server = await serveDirectory(dist);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext();
    const js = {} as BrowserStats['js'];
    for (const [type, path] of Object.entries(pages) as [PageType, string][]) {
      const page = await context.newPage();
      server.sent.clear();
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      await settle(server.sent, 500);
      const html = readFileSync(join(dist, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : ''), 'utf8');
      let bytes = inlineScriptBytes(html);
      let files = 0;
      for (const [p, size] of server.sent) {
        const kind = transferKind(p);
        if (kind === 'siteJs' || kind === 'pagefindJs' || kind === 'wasm') {
          bytes += size;
          files++;
        }
      }
      js[type] = { bytes, files };
      await page.close();
    }

    // A first query on a fresh page, as a reader arriving from a shared link.
    const fresh = await browser.newContext();
    const page = await fresh.newPage();
    server.sent.clear();
    let requests = 0;
    page.on('request', () => requests++);
    const url = `/search/?q=${encodeURIComponent(query)}`;
    await page.goto(server.url + url, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-results] > *', { timeout: 15_000 }).catch(() => undefined);
    await settle(server.sent);
    const results = await page.locator('[data-results] > *').count();
    const byKind: Record<TransferKind, number> = { html: 0, css: 0, siteJs: 0, pagefindJs: 0, wasm: 0, index: 0, fragments: 0, other: 0 };
    let fragments = 0;
    for (const [p, size] of server.sent) {
      const kind = transferKind(p);
      byKind[kind] += size;
      if (kind === 'fragments') fragments++;
    }
    const largestSent = [...server.sent].sort((a, b) => b[1] - a[1]).slice(0, 8);
    await fresh.close();
    await context.close();
    // After the first query's figures are taken: these loads add to server.sent.
    const aliasContext = await browser.newContext();
    const aliasResults = await searchAliases(aliasContext, server.url, aliases);
    await aliasContext.close();
    const firstQueries: FirstQuery[] = [];
    for (const { name, url } of firstQueryUrls(query, topic)) firstQueries.push(await measureFirstQuery(browser, server, dist, name, url));
    return {
      js,
      search: {
        query,
        url,
        total: Object.values(byKind).reduce((a, b) => a + b, 0),
        byKind,
        requests,
        fragments,
        results,
        largest: largestSent,
      },
      aliases: aliasResults,
      firstQueries,
    };
  } finally {
    await browser?.close();
    await server.close();
  }
}
