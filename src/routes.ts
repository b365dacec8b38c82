/**
 * Every internal URL of the site, built in one place.
 *
 * `paths` are site paths without the base: what a page is, wherever the site
 * is published. The search index, the post-build audit and the tests use them.
 * `link` is the same routes under the base the site is built with, for every
 * href a reader follows: a fork published as a GitHub Pages project site lives
 * under `/<repo>/` (`npm run build -- --base /<repo>/`).
 *
 * Vite replaces `import.meta.env.BASE_URL` in pages and client scripts; plain
 * Node (the check, the audit, scripts) has no `import.meta.env` and gets `/`.
 */

/** A month key, `YYYY-MM`, as the timeline groups briefings. */
type MonthKey = string;

export const paths = {
  home: () => '/',
  briefing: (id: string) => `/briefings/${id}/`,
  actors: () => '/actors/',
  actor: (id: string) => `/actors/${id}/`,
  actorFeed: (id: string) => `/actors/${id}/rss.xml`,
  actorJsonFeed: (id: string) => `/actors/${id}/feed.json`,
  countries: () => '/countries/',
  country: (id: string) => `/countries/${id}/`,
  countryFeed: (id: string) => `/countries/${id}/rss.xml`,
  countryJsonFeed: (id: string) => `/countries/${id}/feed.json`,
  places: () => '/places/',
  place: (id: string) => `/places/${id}/`,
  placeFeed: (id: string) => `/places/${id}/rss.xml`,
  placeJsonFeed: (id: string) => `/places/${id}/feed.json`,
  timeline: () => '/timeline/',
  month: (key: MonthKey) => `/timeline/${key.slice(0, 4)}/${key.slice(5, 7)}/`,
  search: (query = '') => `/search/${query}`,
  about: (section?: string) => `/about/${section ? `#${section}` : ''}`,
  feed: () => '/rss.xml',
  jsonFeed: () => '/feed.json',
  /** The corrections log, and its feeds. */
  corrections: () => '/corrections/',
  correctionsFeed: () => '/corrections/rss.xml',
  correctionsJsonFeed: () => '/corrections/feed.json',
  /** The open-data page, and each file it describes (`briefings.json`, `briefings.csv`…). */
  data: () => '/data/',
  dataFile: (file: string) => `/data/${file}`,
  /** The JSON Schema of the open-data file `<name>.json`. */
  dataSchema: (name: string) => `/data/schema/${name}.schema.json`,
  /** A briefing's social card (Open Graph image), and the card of every other page. Briefing ids start with a date, so none is `site`. */
  briefingCard: (id: string) => `/og/${id}.png`,
  siteCard: () => '/og/site.png',
  sitemap: () => '/sitemap-index.xml',
  favicon: () => '/favicon.svg',
  touchIcon: () => '/apple-touch-icon.png',
  /** A file of the search bundle: Pagefind's scripts, or a part of the index (`2024/`). */
  pagefind: (file = '') => `/pagefind/${file}`,
} as const;

type Paths = typeof paths;

/** The base the site is built with, always ending in `/`. */
export function siteBase(): string {
  const base = import.meta.env?.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** A site path (from `paths`) under `base`. */
export function withBase(path: string, base: string = siteBase()): string {
  if (!path.startsWith('/')) throw new Error(`withBase: \`${path}\` is not a site path (it must start with /)`);
  return `${base.replace(/\/$/, '')}${path}`;
}

/** The site path of an href under `base`, or undefined when the href is outside the base. */
export function withoutBase(href: string, base: string = siteBase()): string | undefined {
  const prefix = base.replace(/\/$/, '');
  if (!href.startsWith(`${prefix}/`)) return undefined;
  return href.slice(prefix.length);
}

/** Every route of `paths`, under the base: the hrefs pages and components write. */
export const link = Object.fromEntries(
  Object.entries(paths).map(([name, route]) => [name, (...args: never[]) => withBase((route as (...a: never[]) => string)(...args))]),
) as { [K in keyof Paths]: Paths[K] };
