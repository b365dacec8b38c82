/**
 * Which files the term feeds are, for the integration that writes them
 * (term-feeds.ts): every actor, country and place has one feed in two
 * formats, and the rss.xml endpoint's getStaticPaths gives the props of both.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';

export const TERM_FEED_KINDS = ['actors', 'countries', 'places'] as const;
const FILES = { rss: 'rss.xml', json: 'feed.json' } as const;

export type FeedFormat = keyof typeof FILES;
export type TermKind = (typeof TERM_FEED_KINDS)[number];

export interface FeedFile<F> {
  /** The site path Astro would have written it at, without the base. */
  pathname: string;
  format: FeedFormat;
  feed: F;
}

interface RouteLike {
  /** The endpoint's file, relative to the project root. */
  component: string;
}

export interface FeedStaticPath<F> {
  params: Record<string, string | number | undefined>;
  props: { feed: F };
}

/** The term feeds' endpoints, by component: what kind of term and which format each writes. */
export function termFeedComponents(): Map<string, { kind: TermKind; format: FeedFormat }> {
  return new Map(
    TERM_FEED_KINDS.flatMap((kind) =>
      (Object.keys(FILES) as FeedFormat[]).map((format) => [`src/pages/${kind}/[id]/${FILES[format]}.ts`, { kind, format }] as const),
    ),
  );
}

/**
 * Every term feed file, both formats from each rss.xml path's `Feed`. `paths` are the term feeds' paths as
 * Astro listed them for its own loop: the files must be exactly those, or this throws rather than publish a
 * site with feeds missing or extra.
 */
export async function feedFiles<R extends RouteLike, F>(
  paths: readonly { pathname: string; route: R }[],
  staticPaths: (route: R) => Promise<FeedStaticPath<F>[]>,
): Promise<FeedFile<F>[]> {
  const components = termFeedComponents();
  const rssRoutes = new Map<TermKind, R>();
  for (const { route } of paths) {
    const endpoint = components.get(route.component);
    if (endpoint?.format === 'rss') rssRoutes.set(endpoint.kind, route);
  }
  const files: FeedFile<F>[] = [];
  for (const [kind, route] of rssRoutes)
    for (const { params, props } of await staticPaths(route))
      for (const format of Object.keys(FILES) as FeedFormat[]) files.push({ pathname: `/${kind}/${params.id}/${FILES[format]}`, format, feed: props.feed });
  const listed = new Set(paths.map(({ pathname }) => pathname));
  const unlisted = files.filter(({ pathname }) => !listed.has(pathname)).map(({ pathname }) => pathname);
  if (unlisted.length || files.length !== listed.size) {
    const written = new Set(files.map(({ pathname }) => pathname));
    const missing = [...listed].filter((pathname) => !written.has(pathname));
    throw new Error(
      `sitrep:term-feeds: the feeds to write differ from the paths Astro listed (not listed: ${unlisted.slice(0, 5).join(', ') || 'none'}; not written: ${missing.slice(0, 5).join(', ') || 'none'})`,
    );
  }
  return files;
}

/**
 * Writes every file under `outDir` (dist/), before any page is rendered. A failure throws with the file's name,
 * which fails the build, and scripts/build.ts then removes dist/: a half-written set of feeds is never published.
 */
export async function writeFeedFiles<F>(outDir: URL, files: readonly FeedFile<F>[], serialise: (format: FeedFormat, feed: F) => string): Promise<void> {
  const limit = pLimit(16);
  const fileOf = (pathname: string) => fileURLToPath(new URL(`.${pathname}`, outDir));
  const write = async (file: string, task: () => Promise<unknown>) => {
    try {
      await task();
    } catch (error) {
      throw new Error(`sitrep:term-feeds: could not write ${file}: ${(error as Error).message}`, { cause: error });
    }
  };
  const dirs = new Set(files.map(({ pathname }) => dirname(fileOf(pathname))));
  await Promise.all([...dirs].map((dir) => limit(() => write(dir, () => mkdir(dir, { recursive: true })))));
  await Promise.all(
    files.map(({ pathname, format, feed }) =>
      limit(() => {
        const file = fileOf(pathname);
        return write(file, () => writeFile(file, serialise(format, feed)));
      }),
    ),
  );
}
