/**
 * Incremental builds (`experimental.incrementalBuild`): a rebuild copies from
 * the last build every page whose cacheKey is unchanged. After each kind of
 * change, the rebuild must write exactly what a full build (`--force`) writes,
 * and must have reused pages, or it would pass by rendering everything.
 *
 * Two project copies (of the fixture site), each taking its changes in order,
 * each rebuilt on top of the last: the copies' chains run side by side, as
 * their seventeen builds are most of this suite's time. Changes to content,
 * to the code of pages and to the code that renders bodies in the content
 * layer, which Astro does not see. Listings are paged by 2 and feeds hold 3
 * items, so that with a dozen briefings a change moves cards from page to
 * page and in and out of the feeds.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, removeCopies, writeBriefing } from '../helpers/project.ts';

afterAll(removeCopies);

const B = 'src/content/briefings';

function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${file}: found nothing to replace for ${from}`);
  writeFileSync(path, changed);
}

/** A briefing of its own, `slug` dated `date`. */
function addBriefing(root: string, slug: string, date: string, actors: string[], countries: string[]): void {
  writeBriefing(root, {
    id: `${date}-${slug}`,
    title: `Extra briefing ${slug}`,
    summary: `A briefing added by the incremental build test (${slug}).`,
    actors,
    countries,
  });
}

/**
 * Every file under `dir` but Pagefind's own (whose parts have a cache of their
 * own, tested by search-parts.test.ts), by path. The search page's own files
 * beside them (facets, date order) are compared.
 */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name).slice(dir.length + 1);
    if (path.startsWith('pagefind/') && !path.startsWith('pagefind/sitrep-')) continue;
    found.set(path, readFileSync(join(dir, path)));
  }
  return found;
}

function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => !a.get(path) || !b.get(path) || !a.get(path)!.equals(b.get(path)!)).sort();
}

/** A change, and whether pages can be reused after it (a change to code shared by every page re-renders them all). */
type Change = [name: string, apply: (root: string) => void, expect: { reuses: boolean }];

/** What one step of a chain saw: the rebuild, the pages it reused, the forced build, and the files that differ. */
interface StepResult {
  rebuild: { code: number | null; output: string };
  reused: number;
  full: { code: number | null; output: string };
  differences: string[];
}

// Changes that touch different pages share a step, to keep the builds few: a page a change leaves stale differs
// from the full build whatever else changed in the same step.
const contentChanges: Change[] = [
  [
    'a briefing’s title; another’s body text and status',
    (root) => {
      edit(
        root,
        `${B}/2024-11-05-zelensky-strong-response.mdx`,
        /^title: .*$/m,
        'title: "Zelensky: the first battles with North Korean troops demand a strong response"',
      );
      edit(root, `${B}/2024-11-04-rutte-german-defence-spending.mdx`, /\s*$/, '\n\nA sentence added by the incremental build test.<Cite source="1" />\n');
      edit(root, `${B}/2024-11-04-rutte-german-defence-spending.mdx`, /^status: .*$/m, 'status: disputed');
    },
    { reuses: true },
  ],
  // The country's first pages keep their cards: only their count and their links to the other pages change.
  [
    'a new briefing, and a new oldest one that names a country only',
    (root) => {
      addBriefing(root, 'december', '2024-12-02', ['volodymyr-zelensky', 'rustem-umerov'], ['ua', 'kp']);
      addBriefing(root, 'august', '2024-08-20', [], ['ua']);
    },
    { reuses: true },
  ],
  [
    'a briefing moved to another month; another made a draft',
    (root) => {
      rmSync(join(root, B, '2024-12-02-december.mdx'));
      addBriefing(root, 'december', '2024-10-28', ['volodymyr-zelensky', 'rustem-umerov'], ['ua', 'kp']);
      edit(root, `${B}/2024-09-30-september.mdx`, /^---\n/, '---\ndraft: true\n');
    },
    { reuses: true },
  ],
  [
    'an actor’s name; a deleted briefing; a country note',
    (root) => {
      edit(root, 'src/content/actors/rustem-umerov.yaml', 'name: "Rustem Umerov"', 'name: "Rustem Umyerov"');
      rmSync(join(root, B, '2024-11-04-baerbock-kyiv-visit.mdx'));
      edit(root, 'src/content/countries/kr.yaml', /^note: .*$/m, 'note: "A note rewritten by the incremental build test."');
    },
    { reuses: true },
  ],
];

const placeAndCodeChanges: Change[] = [
  // A place is shown on its page, its region's, its country's map, and the maps and chips of its briefings.
  [
    'a place’s name, coordinates and parent; a briefing’s places',
    (root) => {
      edit(root, 'src/content/places/kursk-oblast.yaml', 'name: Kursk Oblast', 'name: Kursk Region');
      edit(root, 'src/content/places/kyiv.yaml', /coordinates: \{[^}]*\}/, 'coordinates: { lat: 50.4, lon: 30.6 }');
      edit(root, 'src/content/places/zaporizhzhia.yaml', /^parent: .*\n/m, '');
      edit(root, `${B}/2024-11-04-rostov-governor-resigns.mdx`, 'places: [rostov-oblast]', 'places: [rostov-oblast, rostov-on-don]');
    },
    { reuses: true },
  ],
  // Bodies are rendered in the content layer, which Astro does not track: their digest covers the renderer's code.
  [
    'the HTML of a briefing component',
    (root) => edit(root, 'src/render/components.ts', "h('figure', { className: ['quote'] }", "h('figure', { className: ['quote', 'quote-edited'] }"),
    { reuses: true },
  ],
  [
    'a page template; the code that draws maps',
    (root) => {
      edit(root, 'src/pages/briefings/[id].astro', /Related briefings(\s*)<\/h2>/, 'Related reading$1</h2>');
      edit(root, 'src/geo/markers.ts', /const R_MAX = \d+;/, 'const R_MAX = 20;');
    },
    { reuses: true },
  ],
  // The status labels <Claim> shows in bodies come from the site config, through the renderer's code.
  [
    'a library function that pages use; labels in the site config: a taxonomy’s, and a status label that bodies show',
    (root) => {
      edit(root, 'src/lib/dates.ts', "{ month: 'long', year: 'numeric', timeZone: 'UTC' }", "{ month: 'short', year: 'numeric', timeZone: 'UTC' }");
      edit(root, 'src/site.config.ts', "actors: 'Actors'", "actors: 'People and organisations'");
      edit(root, 'src/site.config.ts', "claimed: { label: 'Claimed'", "claimed: { label: 'Asserted'");
    },
    { reuses: false },
  ],
];

const results = new Map<string, StepResult>();
/** The built site of each chain once every change is applied, for what a reader sees on pages split in two. */
const finalSites: string[] = [];

/** A copy of the fixture site with small pages and three more briefings, built once. */
async function startCopy(): Promise<string> {
  const root = copyProject();
  edit(root, 'src/site.config.ts', 'pageSizes: { home: 10, term: 50, feed: 50 }', 'pageSizes: { home: 10, term: 2, feed: 3 }');
  addBriefing(root, 'october', '2024-10-15', ['volodymyr-zelensky', 'mark-rutte'], ['ua', 'nl']);
  addBriefing(root, 'umerov-seoul', '2024-11-05', ['rustem-umerov'], ['ua', 'kr']);
  addBriefing(root, 'september', '2024-09-30', ['andriy-yermak'], ['ua']);
  const first = await build(root);
  if (first.code !== 0) throw new Error(`the first build failed:\n${first.output}`);
  return root;
}

/** Each change in turn on one copy: the rebuild, then a forced build to compare it with. */
async function runChain(changes: readonly Change[]): Promise<void> {
  const root = await startCopy();
  for (const [name, apply] of changes) {
    apply(root);
    const rebuild = await build(root);
    const reused = rebuild.output.match(/\((?:restored|cached)\)/g)?.length ?? 0;
    const incremental = files(join(root, 'dist'));
    // A forced build keeps the card cache (a card is keyed by what it shows) and the search index's, so it would
    // repeat a key that missed a field: without them, it draws every card and writes the search page's files again.
    rmSync(join(root, 'node_modules/.astro/sitrep-cards'), { recursive: true, force: true });
    rmSync(join(root, 'node_modules/.astro/sitrep-pagefind'), { recursive: true, force: true });
    const full = await build(root, ['--force']);
    results.set(name, { rebuild, reused, full, differences: differences(incremental, files(join(root, 'dist'))) });
  }
  finalSites.push(join(root, 'dist'));
}

beforeAll(() => Promise.all([runChain(contentChanges), runChain(placeAndCodeChanges)]), 900_000);

describe('a rebuild after a change writes what a full build writes', () => {
  it.each([...contentChanges, ...placeAndCodeChanges])('%s', (name, _apply, { reuses }) => {
    const step = results.get(name)!;
    expect(step.rebuild.code, step.rebuild.output).toBe(0);
    if (reuses) expect(step.reused, 'the rebuild rendered every page again').toBeGreaterThan(0);
    expect(step.full.code, step.full.output).toBe(0);
    expect(step.full.output).not.toMatch(/\((?:restored|cached)\)/);
    expect(step.differences, 'files that differ from a full build').toEqual([]);
  });
});

describe('a term whose briefings fill more than one page', () => {
  it('shows its overview on the first page only, and later pages link back to it', () => {
    const dist = finalSites[0]!;
    const first = readFileSync(join(dist, 'countries/ua/index.html'), 'utf8');
    const later = readFileSync(join(dist, 'countries/ua/2/index.html'), 'utf8');
    expect(first).toContain('class="place-map');
    expect(first).toContain('id="own-actors-heading"');
    expect(later).not.toContain('class="place-map');
    expect(later).not.toContain('id="own-actors-heading"');
    expect(later).toMatch(/<a href="\/countries\/ua\/">Ukraine, first page<\/a>/);
    expect(later).toContain('id="briefings-heading"');
  });
});
