import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditSite, briefingLinks, listingPaths, monthPagePath, siteFacts, type AuditBriefing, type SiteFacts } from '../../src/integrations/site-audit.ts';
import { searchPartName } from '../../src/search/parts.ts';

const A: AuditBriefing = { id: '2024-11-04-a', date: '2024-11-04', actors: ['rustem-umerov'], countries: ['ua', 'kp'] };
const B: AuditBriefing = { id: '2024-10-31-b', date: '2024-10-31', actors: ['rustem-umerov', 'nato'], countries: [] };
const DRAFT: AuditBriefing = { id: '2024-11-05-draft', date: '2024-11-05', actors: ['nato'], countries: ['ua'], draft: true };

/** The facts of a site that is whole: every page, every link, a full index. */
function wholeSite(briefings: AuditBriefing[] = [A, B, DRAFT]): SiteFacts {
  const published = briefings.filter((b) => !b.draft);
  const listings = new Map<string, Set<string>>();
  for (const b of published) {
    for (const path of listingPaths(b)) listings.set(path, new Set([...(listings.get(path) ?? []), b.id]));
  }
  const indexedPages = new Map<string, number>();
  for (const b of published) indexedPages.set(searchPartName(b.id), (indexedPages.get(searchPartName(b.id)) ?? 0) + 1);
  return { briefings, briefingPages: new Set(published.map((b) => b.id)), listings, indexedPages };
}

describe('auditSite', () => {
  it('finds nothing wrong with a whole site, drafts left out', () => {
    expect(auditSite(wholeSite())).toEqual([]);
  });

  it('expects the actor, country and month pages of each briefing', () => {
    expect(listingPaths(A)).toEqual(['/actors/rustem-umerov/', '/countries/ua/', '/countries/kp/', '/timeline/2024/11/']);
    expect(monthPagePath('2024-01-31')).toBe('/timeline/2024/01/');
  });

  it('reports a briefing without a page', () => {
    const facts = wholeSite();
    (facts.briefingPages as Set<string>).delete(B.id);
    expect(auditSite(facts)).toEqual([`1 published briefing(s) have no page under /briefings/: ${B.id}`]);
  });

  it('reports a published draft', () => {
    const facts = wholeSite();
    (facts.briefingPages as Set<string>).add(DRAFT.id);
    expect(auditSite(facts)).toEqual([`1 draft briefing(s) were published: ${DRAFT.id}`]);
  });

  it('reports each listing page that does not link to its briefings, once per page', () => {
    const facts = wholeSite();
    (facts.listings as Map<string, Set<string>>).set('/actors/rustem-umerov/', new Set());
    (facts.listings as Map<string, Set<string>>).set('/timeline/2024/11/', new Set(['something-else']));
    expect(auditSite(facts)).toEqual([
      `/actors/rustem-umerov/ does not link to 2 of its briefing(s): ${A.id}, ${B.id}`,
      `/timeline/2024/11/ does not link to 1 of its briefing(s): ${A.id}`,
    ]);
  });

  it('reports missing listing pages in one line', () => {
    const facts = wholeSite();
    (facts.listings as Map<string, Set<string>>).delete('/countries/kp/');
    (facts.listings as Map<string, Set<string>>).delete('/actors/nato/');
    expect(auditSite(facts)).toEqual(['2 listing page(s) are missing: /countries/kp/ (1 briefing(s)), /actors/nato/ (1 briefing(s))']);
  });

  it('compares each part of the search index with the published briefings whose ids hash to it (A and B to 3, C to 2)', () => {
    const C: AuditBriefing = { id: '2023-12-31-d', date: '2023-12-31', actors: ['nato'], countries: [] };
    const facts = wholeSite([A, B, C, DRAFT]);
    expect(facts.indexedPages).toEqual(
      new Map([
        ['3', 2],
        ['2', 1],
      ]),
    );
    expect(auditSite(facts)).toEqual([]);
    expect(
      auditSite({
        ...facts,
        indexedPages: new Map([
          ['3', 3],
          ['2', 1],
        ]),
      }),
    ).toEqual(['the search index part 3 holds 3 page(s), but 2 published briefing(s) belong to it']);
    expect(auditSite({ ...facts, indexedPages: new Map([['3', 2]]) })).toEqual([
      'the search index has no part for 2 (no pagefind/2/pagefind-entry.json), which has 1 published briefing(s)',
    ]);
    expect(
      auditSite({
        ...facts,
        indexedPages: new Map([
          ['3', 2],
          ['2', 1],
          ['1', 4],
        ]),
      }),
    ).toEqual(['the search index has parts with no published briefings: 1']);
    expect(auditSite({ ...facts, indexedPages: undefined })).toEqual(['the search index is missing (no pagefind/pagefind.js)']);
    // Nothing published, nothing to index: a new site of drafts only builds.
    expect(auditSite({ ...wholeSite([DRAFT]), indexedPages: undefined })).toEqual([]);
  });

  it('shortens long lists', () => {
    const many = Array.from({ length: 25 }, (_, i): AuditBriefing => ({ id: `2024-11-04-b${i}`, date: '2024-11-04', actors: [], countries: ['ua'] }));
    const facts = wholeSite(many);
    (facts.briefingPages as Set<string>).clear();
    const [problem] = auditSite(facts);
    expect(problem).toMatch(/^25 published briefing\(s\) have no page under \/briefings\/: 2024-11-04-b0, .* and 15 more$/);
  });
});

describe('briefingLinks', () => {
  it('collects the briefing ids a page links to, and nothing else', () => {
    const html =
      '<a href="/briefings/2024-11-04-a/">A</a> <a href="/briefings/2024-11-04-a/#sources">again</a> <a href="/actors/nato/">NATO</a> <a class="x" href="/briefings/b-2/">B</a>';
    expect([...briefingLinks(html)].sort()).toEqual(['2024-11-04-a', 'b-2']);
  });

  it('reads the links of a site built under a base, and only those', () => {
    const html = '<a href="/sitrep/briefings/2024-11-04-a/">A</a> <a href="/briefings/b-2/">outside the base</a> <a href="/sitrep/actors/nato/">NATO</a>';
    expect([...briefingLinks(html, '/sitrep/')]).toEqual(['2024-11-04-a']);
    expect([...briefingLinks(html, '/sitrep')]).toEqual(['2024-11-04-a']);
    expect([...briefingLinks(html)]).toEqual(['b-2']);
  });
});

describe('siteFacts', () => {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-audit-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads the sources and the built site', async () => {
    const briefings = join(root, 'src/content/briefings');
    mkdirSync(briefings, { recursive: true });
    writeFileSync(join(briefings, '2024-11-04-a.mdx'), '---\ntitle: A\ndate: 2024-11-04\nactors: [rustem-umerov]\ncountries: [ua]\n---\n\nBody.\n');
    writeFileSync(join(briefings, '2024-11-05-d.mdx'), '---\ntitle: D\ndate: 2024-11-05\ncountries: [ua]\ndraft: true\n---\n\nBody.\n');
    writeFileSync(join(briefings, 'notes.txt'), 'not a briefing');
    const dist = join(root, 'dist');
    const page = (path: string, html = '') => writePage(dist, path, html);
    page('briefings/2024-11-04-a');
    // The actor's list is paginated: the briefing is on its second page.
    page('actors/rustem-umerov', '<a href="/actors/rustem-umerov/2/" rel="next">Older</a>');
    page('actors/rustem-umerov/2', '<a href="/briefings/2024-11-04-a/">A</a>');
    page('countries/ua', '<a href="/briefings/2024-11-04-a/">A</a>');
    page('timeline/2024/11');
    mkdirSync(join(dist, 'pagefind/3'), { recursive: true });
    writeFileSync(join(dist, 'pagefind/pagefind.js'), '');
    writeFileSync(
      join(dist, 'pagefind/3/pagefind-entry.json'),
      JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'x', wasm: 'en', page_count: 1 } } }),
    );

    const facts = await siteFacts(root, dist);
    expect(facts.briefings).toEqual([
      { id: '2024-11-04-a', date: '2024-11-04', actors: ['rustem-umerov'], countries: ['ua'], draft: false },
      { id: '2024-11-05-d', date: '2024-11-05', actors: [], countries: ['ua'], draft: true },
    ]);
    expect(facts.indexedPages).toEqual(new Map([['3', 1]]));
    expect(auditSite(facts)).toEqual(['/timeline/2024/11/ does not link to 1 of its briefing(s): 2024-11-04-a']);
  });

  it('reads the links of a site built under a base', async () => {
    const dist = join(root, 'dist-under-base');
    const link = '<a href="/sitrep/briefings/2024-11-04-a/">A</a>';
    writeListings(dist, link);
    // The sources are those of the test above. Built under /sitrep/, dist/ holds the site without the base: only the links carry it.
    const facts = await siteFacts(root, dist, '/sitrep/');
    expect(auditSite({ ...facts, indexedPages: new Map([['3', 1]]) })).toEqual([]);
    expect((await siteFacts(root, dist)).listings.get('/countries/ua/')).toEqual(new Set());
  });

  it('reads links under a base that is not ASCII, on pages that are not ASCII', async () => {
    const dist = join(root, 'dist-under-accented-base');
    const link = '<p>Київ — Kyiv</p><a href="/sitrép/briefings/2024-11-04-a/">Ukraïna</a>';
    writeListings(dist, link);
    const facts = await siteFacts(root, dist, '/sitrép/');
    expect(auditSite({ ...facts, indexedPages: new Map([['3', 1]]) })).toEqual([]);
    expect((await siteFacts(root, dist, '/sitrep/')).listings.get('/countries/ua/')).toEqual(new Set());
  });
});

function writePage(dist: string, path: string, html = ''): void {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), html);
}

/** Briefing 2024-11-04-a's page, and its actor's, country's and month's pages, each holding `link`. */
function writeListings(dist: string, link: string): void {
  writePage(dist, 'briefings/2024-11-04-a');
  for (const listing of ['actors/rustem-umerov', 'countries/ua', 'timeline/2024/11']) writePage(dist, listing, link);
}
