/**
 * Writes every actor's, country's and place's feeds (rss.xml and feed.json)
 * in one step before Astro renders the pages, instead of as 2 × terms routes
 * in its per-route loop, where each paid about 1.3 ms of Astro's overhead.
 *
 * The feeds come from the site index, which exists only in the module
 * instance the pages run in (Vite's bundle). Astro 7 lets an integration wrap
 * its prerenderer (`setPrerenderer` at `astro:build:start`); the wrapper takes
 * the term feeds' paths out of the list Astro renders, loads their rss.xml
 * endpoint from that bundle through the prerenderer's app, asks it for its
 * paths and props as Astro would, and writes both formats from each `Feed`.
 * The endpoints stay in src/pages: the dev server serves them as before.
 */
import type { AstroIntegration, AstroPrerenderer, RouteData } from 'astro';
import { rssXml, type Feed } from '../data/feeds.ts';
import { jsonFeedText } from '../data/json-feed.ts';
import { feedFiles, termFeedComponents, writeFeedFiles, type FeedFile, type FeedStaticPath } from './term-feed-files.ts';

/** What the default prerenderer holds once set up: the app of the bundle the pages run in. */
interface BundleApp {
  getComponentByRoute(route: RouteData): Promise<Record<string, unknown>>;
}

export function termFeeds(): AstroIntegration {
  let outDir: URL;
  let siteUrl: URL | undefined;
  return {
    name: 'sitrep:term-feeds',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        siteUrl = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((inner) =>
          wrap(inner, (files) => writeFeedFiles(outDir, files, (format, feed) => (format === 'rss' ? rssXml(siteUrl, feed) : jsonFeedText(siteUrl, feed)))),
        );
      },
    },
  };
}

function wrap(inner: AstroPrerenderer, write: (files: FeedFile<Feed>[]) => Promise<void>): AstroPrerenderer {
  return {
    ...inner,
    name: `${inner.name}+sitrep:term-feeds`,
    async getStaticPaths() {
      const all = await inner.getStaticPaths();
      const components = termFeedComponents();
      const feedPaths = all.filter(({ route }) => components.has(route.component));
      const app = (inner as AstroPrerenderer & { app?: BundleApp }).app;
      if (!app?.getComponentByRoute)
        throw new Error(
          'sitrep:term-feeds: Astro’s default prerenderer no longer exposes the app of the pages’ bundle (was Astro upgraded?); the term feeds cannot be written',
        );
      await write(await feedFiles(feedPaths, (route) => staticPaths(app, route)));
      return all.filter((path) => !components.has(path.route.component));
    },
  };
}

/** The rss.xml endpoint's paths and props, from the bundle the pages run in. */
async function staticPaths(app: BundleApp, route: RouteData): Promise<FeedStaticPath<Feed>[]> {
  const endpoint = await app.getComponentByRoute(route);
  if (typeof endpoint.getStaticPaths !== 'function') throw new Error(`sitrep:term-feeds: ${route.component} has no getStaticPaths`);
  return (await endpoint.getStaticPaths()) as FeedStaticPath<Feed>[];
}
