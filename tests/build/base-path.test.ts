/**
 * A fork published as a GitHub Pages project site lives under /<repo>/. This
 * builds a copy with `--base /sitrep/`, serves it under /sitrep/ only (nothing
 * exists at the root, as on GitHub Pages) and crawls it in Chromium from
 * /sitrep/: every page reached, every link and asset it names (href, src,
 * action), everything the browser loads, the feeds, the sitemaps and
 * robots.txt must resolve with 200 and stay under /sitrep/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { openSite, type Site } from '../helpers/site.ts';
import { build, copyProject, removeCopies } from '../helpers/project.ts';

const BASE = '/sitrep/';
/** A word of several fixture briefings. */
const QUERY = 'Kursk';

/** The build, served under BASE, and its browser. */
let served: Site;
let page: Page;

/**
 * `npm run build -- --base BASE` in `root`. Vitest mirrors import.meta.env into process.env (BASE_URL=/),
 * and Astro lets an environment variable override `import.meta.env.BASE_URL`: the build must not inherit it.
 */
async function buildUnderBase(root: string): Promise<{ code: number | null; output: string }> {
  const inherited = process.env.BASE_URL;
  delete process.env.BASE_URL;
  try {
    return await build(root, ['--base', BASE]);
  } finally {
    if (inherited !== undefined) process.env.BASE_URL = inherited;
  }
}

beforeAll(async () => {
  const root = copyProject();
  const { code, output } = await buildUnderBase(root);
  expect(code, output).toBe(0);
  served = await openSite(join(root, 'dist'), { mount: BASE });
  page = await served.page();
}, 180_000);

afterAll(async () => {
  await served?.close();
  removeCopies();
});

/** What the crawl met: the local paths it reached, and every problem, one line each. */
interface Crawl {
  reached: Set<string>;
  problems: string[];
}

const newCrawl = (): Crawl => ({ reached: new Set(), problems: [] });

/**
 * The path of a URL on the local server, or undefined when it is on another
 * host. The site's own absolute URLs (canonical, feeds, sitemaps) are mapped
 * onto the local server.
 */
function localPath(url: URL): string | undefined {
  if (url.origin === served.url || url.origin === new URL(site.url).origin) return url.pathname + url.search;
  return undefined;
}

interface VisitOptions {
  status?: number;
  /** `networkidle` to wait for what a page's script loads after it has loaded. */
  waitUntil?: 'load' | 'networkidle';
}

/** Loads `path` in the browser; checks what it loaded, its canonical address, and returns the URLs it names. */
async function visit(path: string, crawl: Crawl, { status: expectedStatus = 200, waitUntil = 'load' }: VisitOptions = {}): Promise<URL[]> {
  crawl.reached.add(path);
  const loaded: { url: string; status: number }[] = [];
  const failed: string[] = [];
  const onResponse = (response: { url(): string; status(): number }) => loaded.push({ url: response.url(), status: response.status() });
  // A request the page abandons as it is left (a search superseded by the next) is no broken link.
  const onFailed = (request: { url(): string; failure(): { errorText: string } | null }) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(request.url());
  };
  page.on('response', onResponse);
  page.on('requestfailed', onFailed);
  const response = await page.goto(`${served.url}${path}`, { waitUntil });
  page.off('response', onResponse);
  page.off('requestfailed', onFailed);

  if (response?.status() !== expectedStatus) crawl.problems.push(`${path}: status ${response?.status()}, not ${expectedStatus}`);
  for (const { url, status } of loaded) {
    const local = localPath(new URL(url));
    if (local === undefined || local === path) continue;
    if (!local.startsWith(BASE)) crawl.problems.push(`${path} loads ${local}, outside ${BASE}`);
    else if (status !== 200) crawl.problems.push(`${path} loads ${local}: status ${status}`);
  }
  for (const url of failed) crawl.problems.push(`${path}: loading ${url} failed`);

  const { canonical, ogUrl, named } = await page.evaluate(() => ({
    canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href'),
    ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    named: [...document.querySelectorAll('[href], [src], form[action]')].map((el) => ({
      tag: el.tagName.toLowerCase(),
      value: el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '',
    })),
  }));
  // The 404 page is served at any address: it has no canonical address of its own.
  const expected = expectedStatus === 200 ? new URL(new URL(path, served.url).pathname, site.url).href : undefined;
  if (canonical !== expected) crawl.problems.push(`${path}: canonical is ${canonical}, not ${expected}`);
  if (ogUrl !== expected) crawl.problems.push(`${path}: og:url is ${ogUrl}, not ${expected}`);
  const urls: URL[] = [];
  for (const { tag, value } of named) {
    if (value.startsWith('#') || value.startsWith('mailto:')) continue;
    if (value.startsWith('/') && !value.startsWith('//') && !value.startsWith(BASE))
      crawl.problems.push(`${path}: <${tag}> names ${value}, a root path outside ${BASE}`);
    urls.push(new URL(value, `${served.url}${path}`));
  }
  return urls;
}

/** Fetches a file that is not a page; returns the site's absolute URLs it holds (feeds, sitemaps, robots.txt). */
async function fetchFile(path: string, crawl: Crawl): Promise<URL[]> {
  crawl.reached.add(path);
  const response = await fetch(`${served.url}${path}`);
  if (response.status !== 200) {
    crawl.problems.push(`${path}: status ${response.status}`);
    return [];
  }
  if (!/xml|text\/plain/.test(response.headers.get('content-type') ?? '')) return [];
  const text = await response.text();
  const origin = new URL(site.url).origin;
  return [...text.matchAll(new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s<"']*`, 'g'))].map((m) => new URL(m[0]));
}

/** Crawls the site from `BASE`, with robots.txt, which no page links to, and a missing page. */
async function crawlSite(): Promise<Crawl> {
  const crawl = newCrawl();
  const queue = [BASE, `${BASE}robots.txt`];
  const seen = new Set(queue);
  const follow = (urls: URL[], from: string) => {
    for (const url of urls) {
      const path = localPath(url);
      if (path === undefined || seen.has(path)) continue;
      seen.add(path);
      if (!path.startsWith(BASE)) crawl.problems.push(`${from} names ${url.href}, outside ${BASE}`);
      else queue.push(path);
    }
  };
  follow(await visit(`${BASE}no-such-page/`, crawl, { status: 404 }), 'the 404 page');
  for (let path = queue.shift(); path; path = queue.shift()) {
    // A page with a query is a search (`/search/?actor=…`): the same page as /search/, so fetching it is enough.
    follow(path.endsWith('/') ? await visit(path, crawl) : await fetchFile(path, crawl), path);
  }
  return crawl;
}

describe(`a site built with --base ${BASE}`, () => {
  let crawl: Crawl;

  beforeAll(async () => {
    crawl = await crawlSite();
  }, 120_000);

  it('resolves every link, asset, feed and sitemap entry under the base, and names no root path outside it', () => {
    expect(crawl.problems).toEqual([]);
  });

  it('reaches every kind of page and file', () => {
    const reached = [...crawl.reached];
    for (const path of [
      '',
      'about/',
      'timeline/',
      'actors/',
      'countries/',
      'search/',
      'rss.xml',
      'robots.txt',
      'sitemap-index.xml',
      'sitemap-0.xml',
      'favicon.svg',
    ]) {
      expect(reached, path).toContain(`${BASE}${path}`);
    }
    for (const pattern of [
      /^\/sitrep\/briefings\/[^/]+\/$/,
      /^\/sitrep\/actors\/[^/]+\/rss\.xml$/,
      /^\/sitrep\/countries\/[^/]+\/$/,
      /^\/sitrep\/timeline\/\d{4}\/\d{2}\/$/,
      /^\/sitrep\/_astro\/.+\.css$/,
    ]) {
      expect(
        reached.some((path) => pattern.test(path)),
        String(pattern),
      ).toBe(true);
    }
    // The sitemap lists pages only: not the 404 page, under any base.
    expect(reached).not.toContain(`${BASE}404/`);
  });

  it('searches under the base, and its results link to briefings under the base', async () => {
    const searched = newCrawl();
    await visit(`${BASE}search/?q=${QUERY}`, searched, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.done !== undefined, undefined, { timeout: 10_000 });
    const links = await page.locator('[data-results] a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^\/sitrep\/briefings\/[^/]+\//);

    // A result opens its briefing with the searched words marked: the highlighter loads from under the base too.
    await visit(links[0]!, searched, { waitUntil: 'networkidle' });
    expect(searched.problems).toEqual([]);
  });

  it('focuses the header search box when "/" is pressed on a briefing page', async () => {
    const briefing = [...crawl.reached].find((path) => /^\/sitrep\/briefings\/[^/]+\/$/.test(path))!;
    await page.goto(`${served.url}${briefing}`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search');
  });
});
