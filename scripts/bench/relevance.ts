/**
 * The relevance measurement (`npm run bench -- --relevance`): the queries of
 * queries.ts through the site's own search page in Chromium, against one
 * Pagefind index built with Pagefind's Node API over the same search documents
 * (the build moves them aside, a folder per part, when
 * SITREP_KEEP_SEARCH_DOCUMENTS names a folder: src/search/index/build-parts.ts), searched with the options the
 * search page gives its parts (partOptions). relevance-compare.ts compares.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { partOptions } from '../../src/search/client/loader.ts';
import { launchChromium } from '../lib/browser.ts';
import { serveDirectory } from '../lib/static-server.ts';
import type { BenchQuery } from './queries.ts';
import { compareAnswers, type QueryComparison, type RankedAnswer } from './relevance-compare.ts';

/** The environment variable the build reads (build-parts.ts). */
export const KEEP_DOCUMENTS = 'SITREP_KEEP_SEARCH_DOCUMENTS';
/** The folder, beside the parts' folders, that the reference index reads every document from. */
const ALL = 'all-parts';
/** Where the reference index is written inside dist/, so that the same server serves both. */
const REFERENCE = 'pagefind-reference';

/** Indexes `documents` as one Pagefind index into dist/pagefind-reference/, unless it is there already (a kept build). */
export async function buildReferenceIndex(documents: string, dist: string): Promise<{ pages: number; seconds: number }> {
  const output = join(dist, REFERENCE);
  const started = performance.now();
  if (!existsSync(join(output, 'pagefind.js'))) {
    if (!existsSync(documents)) throw new Error(`no search documents in ${documents}: build with ${KEEP_DOCUMENTS} set (--relevance does)`);
    try {
      const { index, errors } = await pagefind.createIndex();
      if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
      // One folder of every document, as one site would be: Pagefind numbers pages in the order it walks them,
      // and that order breaks ties in its ranking. Moved part by part, as the build wrote them.
      const all = join(documents, ALL);
      if (!existsSync(all)) {
        const kept = await keptDocuments(documents);
        await mkdir(join(all, 'briefings'), { recursive: true });
        for (const [id, folder] of kept) await rename(folder, join(all, 'briefings', id));
      }
      const added = await index.addDirectory({ path: all });
      if (added.errors.length) throw new Error(added.errors.join('; '));
      await rm(output, { recursive: true, force: true });
      const written = await index.writeFiles({ outputPath: output });
      if (written.errors.length) throw new Error(written.errors.join('; '));
    } finally {
      await pagefind.close();
    }
  }
  const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  return { pages, seconds: (performance.now() - started) / 1000 };
}

/** Each kept search document's folder (`<part>/briefings/<id>`, or `all-parts/briefings/<id>` once the reference has read them), by briefing id. */
export async function keptDocuments(documents: string): Promise<Map<string, string>> {
  const folders = new Map<string, string>();
  for (const part of await readdir(documents)) {
    for (const id of await readdir(join(documents, part, 'briefings'))) folders.set(id, join(documents, part, 'briefings', id));
  }
  return folders;
}

/** The site's answer: the search page's result links, in order, and the count its status line gives. */
async function siteAnswer(page: Page, origin: string, query: string): Promise<RankedAnswer> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('[data-done]', { timeout: 60_000 });
  const top = await page.locator('[data-results] h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const status = (await page.locator('[data-status-text]').textContent()) ?? '';
  const found = Number(/^([\d,]+) briefings? found/.exec(status)?.[1]?.replace(/,/g, '') ?? 0);
  return { top, found };
}

/** The reference's answers, from one page that loads the reference index once. */
async function referenceAnswers(page: Page, origin: string, queries: readonly string[]): Promise<RankedAnswer[]> {
  await page.goto(`${origin}/`);
  return page.evaluate(
    async ({ script, options, queries }) => {
      type Result = { data(): Promise<{ url: string }> };
      const pf = (await import(script)) as {
        options(o: object): Promise<void>;
        search(q: string): Promise<{ results: Result[] }>;
      };
      await pf.options(options);
      const answers = [];
      for (const query of queries) {
        const { results } = await pf.search(query);
        const top = await Promise.all(results.slice(0, 10).map(async (r) => new URL((await r.data()).url, location.origin).pathname));
        answers.push({ top, found: results.length });
      }
      return answers;
    },
    {
      script: `/${REFERENCE}/pagefind.js`,
      options: { ...partOptions('/'), basePath: `/${REFERENCE}/`, noWorker: true },
      queries: [...queries],
    },
  );
}

/** Runs every query on the built site in `dist` and on its reference index, and compares them. */
export async function measureRelevance(dist: string, queries: readonly BenchQuery[]): Promise<QueryComparison[]> {
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const reference = await referenceAnswers(
      page,
      server.url,
      queries.map((q) => q.query),
    );
    const comparisons: QueryComparison[] = [];
    for (const [i, q] of queries.entries()) {
      comparisons.push(compareAnswers(q.query, q.kind, await siteAnswer(page, server.url, q.query), reference[i]!));
    }
    return comparisons;
  } finally {
    await browser.close();
    await server.close();
  }
}
