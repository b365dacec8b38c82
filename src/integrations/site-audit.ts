/**
 * The last step of `astro build`: checks that the finished site holds every
 * published briefing, reachable the ways a reader browses. For each briefing:
 * its page exists; each of its actor pages, each of its country pages and its
 * month's timeline page link to it; and each search index part holds one page
 * per published briefing whose id hashes to it (src/search/parts.ts), so every
 * briefing is findable in exactly one part. Anything missing fails
 * the build with a list of what (scripts/build.ts then removes dist/, so a
 * site with holes is never deployed).
 *
 * It reads each listing page once (a paginated list page by page), however
 * many briefings it lists, so the audit of 10,000 briefings takes well under a
 * second.
 *
 * Add it after the Pagefind integration: build:done hooks run in order, and the
 * audit reads the index that integration writes.
 *
 * It runs in Node, where `import.meta.env.BASE_URL` is not set: the base the
 * site is built with comes from Astro's config, and links are read under it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirs } from '../content.config.ts';
import { readBounded } from '../check/files.ts';
import { readBriefingData } from '../check/index.ts';
import { paths, withBase } from '../routes.ts';
import { searchPartName } from '../search/parts.ts';

export interface AuditBriefing {
  id: string;
  date: string;
  actors: readonly string[];
  countries: readonly string[];
  draft?: boolean;
}

export interface SiteFacts {
  /** Every briefing in the sources, drafts included. */
  briefings: readonly AuditBriefing[];
  /** Ids of briefings that have a page in dist (dist/briefings/<id>/index.html). */
  briefingPages: ReadonlySet<string>;
  /**
   * For each listing that exists (`/actors/<id>/`, `/countries/<id>/`, `/timeline/<yyyy>/<mm>/`), the
   * briefing ids it links to, over all its numbered pages (`/actors/<id>/2/`…) when it has several.
   */
  listings: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Pages in each part of the search index (`pagefind/<part>/pagefind-entry.json`, all languages), or
   * undefined when there is no index to search with (no `pagefind/pagefind.js`).
   */
  indexedPages: ReadonlyMap<string, number> | undefined;
}

/** How many items of one kind a message lists before saying "and N more". */
const SHOWN = 10;

export function monthPagePath(date: string): string {
  return paths.month(date.slice(0, 7));
}

/** The listing pages a briefing must be linked from, as site paths (without the base). */
export function listingPaths(briefing: AuditBriefing): string[] {
  return [...briefing.actors.map(paths.actor), ...briefing.countries.map(paths.country), monthPagePath(briefing.date)];
}

function list(items: readonly string[]): string {
  const shown = items.slice(0, SHOWN).join(', ');
  return items.length > SHOWN ? `${shown} and ${items.length - SHOWN} more` : shown;
}

/**
 * Compares what the sources say should be published with what the build
 * wrote. Returns one line per problem, grouped (one line per listing page
 * rather than one per missing link); an empty list means the site is whole.
 */
export function auditSite(facts: SiteFacts): string[] {
  const problems: string[] = [];
  const published = facts.briefings.filter((b) => !b.draft);

  const withoutPage = published.filter((b) => !facts.briefingPages.has(b.id)).map((b) => b.id);
  if (withoutPage.length) problems.push(`${withoutPage.length} published briefing(s) have no page under /briefings/: ${list(withoutPage)}`);

  const drafts = facts.briefings.filter((b) => b.draft && facts.briefingPages.has(b.id)).map((b) => b.id);
  if (drafts.length) problems.push(`${drafts.length} draft briefing(s) were published: ${list(drafts)}`);

  // Listing page → the briefings it should link to, in the order met.
  const expected = new Map<string, string[]>();
  for (const b of published) {
    for (const path of listingPaths(b)) {
      const ids = expected.get(path);
      if (ids) ids.push(b.id);
      else expected.set(path, [b.id]);
    }
  }
  const missingPages: string[] = [];
  for (const [path, ids] of expected) {
    const links = facts.listings.get(path);
    if (!links) {
      missingPages.push(`${path} (${ids.length} briefing(s))`);
      continue;
    }
    const unlinked = ids.filter((id) => !links.has(id));
    if (unlinked.length) problems.push(`${path} does not link to ${unlinked.length} of its briefing(s): ${list(unlinked)}`);
  }
  if (missingPages.length) problems.push(`${missingPages.length} listing page(s) are missing: ${list(missingPages)}`);

  if (facts.indexedPages === undefined) {
    // With nothing published there is nothing to index, and the search page says so.
    if (published.length) problems.push('the search index is missing (no pagefind/pagefind.js)');
  } else {
    const expectedInPart = new Map<string, number>();
    for (const b of published) expectedInPart.set(searchPartName(b.id), (expectedInPart.get(searchPartName(b.id)) ?? 0) + 1);
    for (const [part, count] of expectedInPart) {
      const indexed = facts.indexedPages.get(part);
      if (indexed === undefined)
        problems.push(`the search index has no part for ${part} (no pagefind/${part}/pagefind-entry.json), which has ${count} published briefing(s)`);
      else if (indexed !== count) problems.push(`the search index part ${part} holds ${indexed} page(s), but ${count} published briefing(s) belong to it`);
    }
    const extra = [...facts.indexedPages.keys()].filter((part) => !expectedInPart.has(part));
    if (extra.length) problems.push(`the search index has parts with no published briefings: ${list(extra)}`);
  }
  return problems;
}

export class SiteAuditError extends Error {
  constructor(problems: readonly string[]) {
    super(`The built site is incomplete:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SiteAuditError';
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The briefing ids a page of a site built under `base` links to. */
export function briefingLinks(html: string, base = '/'): Set<string> {
  const [before = '', after = ''] = withBase(paths.briefing('\0'), base).split('\0');
  const ids = new Set<string>();
  for (const m of html.matchAll(new RegExp(`href="${escapeRegExp(before)}([^/"#?]+)${escapeRegExp(after)}"`, 'g'))) ids.add(m[1]!);
  return ids;
}

/** Pages in each part of the search index written to `dist`, or undefined when there is no index to search with. */
export function indexedPagesByPart(dist: string): Map<string, number> | undefined {
  const bundle = join(dist, 'pagefind');
  if (!existsSync(join(bundle, 'pagefind.js'))) return undefined;
  const parts = new Map<string, number>();
  for (const d of readdirSync(bundle, { withFileTypes: true })) {
    const entry = join(bundle, d.name, 'pagefind-entry.json');
    if (!d.isDirectory() || !existsSync(entry)) continue;
    const json = JSON.parse(readFileSync(entry, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
    parts.set(
      d.name,
      Object.values(json.languages ?? {}).reduce((sum, l) => sum + (l.page_count ?? 0), 0),
    );
  }
  return parts;
}

/** Gathers the facts from the sources under `root` and the site built into `dist` under `base`. */
export async function siteFacts(root: string, dist: string, base = '/'): Promise<SiteFacts> {
  const records = await readBriefingData(root, contentDirs.briefings);
  const briefings: AuditBriefing[] = records.map(({ id, data }) => ({
    id,
    date: data.date,
    actors: data.actors ?? [],
    countries: data.countries ?? [],
    draft: data.draft === true,
  }));

  const pagesDir = join(dist, 'briefings');
  const briefingPages = new Set<string>();
  if (existsSync(pagesDir)) {
    for (const d of readdirSync(pagesDir, { withFileTypes: true })) {
      if (d.isDirectory() && existsSync(join(pagesDir, d.name, 'index.html'))) briefingPages.add(d.name);
    }
  }

  const paths = new Set(briefings.filter((b) => !b.draft).flatMap(listingPaths));
  const listings = new Map<string, Set<string>>();
  // Pages are read as Latin-1, one character per byte, with the base written the same way: the links sought are ASCII
  // but for the base, and decoding 100 MB of listings (10,000 briefings) as UTF-8 takes about three times the CPU.
  const byteBase = Buffer.from(base, 'utf8').toString('latin1');
  // Within the check's bound on open files: 30,000 briefings have thousands of listing pages.
  const read = (page: string) => readBounded(join(dist, page, 'index.html'), 'latin1').catch(() => undefined);
  await Promise.all(
    [...paths].map(async (path) => {
      const html = await read(path);
      if (html === undefined) return;
      const links = briefingLinks(html, byteBase);
      // A long list is split over numbered pages (`/actors/<id>/2/`, `/3/`…): the term links to what any of them links to.
      for (let n = 2; ; n++) {
        const next = await read(`${path}${n}/`);
        if (next === undefined) break;
        for (const id of briefingLinks(next, byteBase)) links.add(id);
      }
      listings.set(path, links);
    }),
  );
  return { briefings, briefingPages, listings, indexedPages: indexedPagesByPart(dist) };
}

export function siteAudit(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'sitrep:site-audit',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const facts = await siteFacts(root, fileURLToPath(dir), base);
        const problems = auditSite(facts);
        if (problems.length) throw new SiteAuditError(problems);
        const published = facts.briefings.filter((b) => !b.draft).length;
        logger.info(
          `audited ${published} briefings against ${facts.listings.size} listing pages and the search index in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
