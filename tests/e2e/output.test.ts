/** Checks over the whole built site: a page for every briefing, no broken links, no stray JavaScript, working feeds. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { actorFiles, briefingFiles, dist, publishedBriefings } from '../helpers/content.ts';

function htmlFiles(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' ? [] : htmlFiles(path);
    return d.name.endsWith('.html') ? [path] : [];
  });
}

const pageUrl = (file: string) =>
  '/' +
  relative(dist, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/');

describe('the built site', () => {
  it('has a page for every published briefing and none for drafts', () => {
    for (const b of briefingFiles()) expect(existsSync(join(dist, 'briefings', b.id, 'index.html')), b.id).toBe(!b.draft);
    const built = readdirSync(join(dist, 'briefings'));
    expect(built.sort()).toEqual(
      publishedBriefings()
        .map((b) => b.id)
        .sort(),
    );
  });

  it('mentions a draft nowhere: no page, listing, feed or sitemap names it', () => {
    const drafts = briefingFiles().filter((b) => b.draft);
    expect(drafts.length, 'the fixture has a draft').toBeGreaterThan(0);
    const textFiles = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(html|xml|json|txt)$/.test(entry.name) && !relative(dist, entry.parentPath).startsWith('pagefind'))
      .map((entry) => join(entry.parentPath, entry.name));
    expect(textFiles.length).toBeGreaterThan(publishedBriefings().length);
    for (const file of textFiles) {
      const text = readFileSync(file, 'utf8');
      for (const draft of drafts) {
        expect(text, pageUrl(file)).not.toContain(draft.id);
        expect(text, pageUrl(file)).not.toContain(draft.title);
      }
    }
  });

  it('has no broken internal link or fragment', () => {
    const broken: string[] = [];
    const files = htmlFiles();
    const ids = new Map(files.map((f) => [pageUrl(f), new Set([...readFileSync(f, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const [, target] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (/^(?:https?:|mailto:|data:)/.test(target!)) continue;
        const url = new URL(target!.replace(/&amp;/g, '&'), 'http://site' + pageUrl(file));
        const path = decodeURIComponent(url.pathname);
        const exists = path.endsWith('/') ? existsSync(join(dist, path, 'index.html')) : existsSync(join(dist, path));
        if (!exists) broken.push(`${pageUrl(file)} → ${target}`);
        else if (url.hash && path.endsWith('/') && !ids.get(path)?.has(url.hash.slice(1))) broken.push(`${pageUrl(file)} → ${target} (no such id)`);
      }
    }
    expect(files.length).toBeGreaterThan(publishedBriefings().length);
    expect(broken).toEqual([]);
  });

  it('ships no JavaScript on reading pages beyond JSON-LD and the search shortcut', () => {
    for (const file of htmlFiles()) {
      if (pageUrl(file).startsWith('/search/')) continue;
      const scripts = [...readFileSync(file, 'utf8').matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      const other = scripts.filter((attrs) => !attrs.includes('application/ld+json') && !attrs.includes('data-search-shortcut'));
      expect(other, pageUrl(file)).toEqual([]);
      expect(scripts.filter((attrs) => attrs.includes('data-search-shortcut')).length, pageUrl(file)).toBeLessThanOrEqual(1);
    }
  });

  it('publishes a site feed and a feed per actor and per country', () => {
    const parser = new XMLParser();
    const feed = parser.parse(readFileSync(join(dist, 'rss.xml'), 'utf8'));
    const items = [feed.rss.channel.item].flat();
    expect(items.map((i: { link: string }) => i.link.replace(/^https?:\/\/[^/]+/, ''))).toEqual(
      [...publishedBriefings()].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)).map((b) => `/briefings/${b.id}/`),
    );
    for (const actor of actorFiles()) expect(existsSync(join(dist, 'actors', actor.id, 'rss.xml')), actor.id).toBe(true);
    for (const country of new Set(publishedBriefings().flatMap((b) => b.countries)))
      expect(existsSync(join(dist, 'countries', country, 'rss.xml')), country).toBe(true);
  });

  it('has a sitemap that lists every briefing, and robots.txt points to it', () => {
    const sitemap = readdirSync(dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('');
    for (const b of publishedBriefings()) expect(sitemap).toContain(`/briefings/${b.id}/</loc>`);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
  });
});
