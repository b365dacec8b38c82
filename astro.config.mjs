// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { readBriefingData } from './src/check/index.ts';
import { contentDirs } from './src/content.config.ts';
import { sitemapLastmod } from './src/data/sitemap.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/search/index/pagefind.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { termFeeds } from './src/integrations/term-feeds.ts';
import { mdxPolicyPlugin } from './src/render/mdx-policy-plugin.ts';
import { site } from './src/site.config.ts';

const lastmod = sitemapLastmod((root) => readBriefingData(root, contentDirs.briefings));

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 8 },
  // A rebuild copies every page whose cacheKey (in getStaticPaths) and code are unchanged from the
  // last build rather than rendering all of them again. Astro does not see content changes: each
  // key hashes everything its page shows (src/cache/page-key.ts). `npm run build -- --force` renders all.
  experimental: { incrementalBuild: true },
  // Astro's own log, with its two lines per page written in batches (src/lib/build-log.ts).
  logger: { entrypoint: './src/lib/build-log.ts' },
  integrations: [
    // Briefings are rendered by their own loader; this keeps any other .mdx the
    // build compiles (a page, say) under the same policy.
    mdx({ processor: satteri({ mdastPlugins: [mdxPolicyPlugin] }) }),
    contentGuard(),
    // Before the sitemap: it reads the briefings' dates for their pages' lastmod.
    lastmod.integration,
    // No filter for the 404 page: @astrojs/sitemap leaves status-code pages out, under any base.
    sitemap({ serialize: lastmod.serialize }),
    // After the content guard, whose check supplies the actor names of the search records.
    pagefindIndex(),
    // After the content guard too: the social cards are drawn from the briefings it checked, while the site builds.
    socialCards(),
    // Writes the actors', countries' and places' feeds from the site index before the pages render, outside Astro's route loop.
    termFeeds(),
    (await import('./src/integrations/site-audit.ts')).siteAudit(), // after Pagefind: audits the finished site and its index
  ],
  vite: { plugins: [tailwindcss()] },
});
