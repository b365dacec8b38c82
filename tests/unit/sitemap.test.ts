import { pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { briefingLastmods, sitemapLastmod, withLastmod } from '../../src/data/sitemap.ts';

const briefings = [
  { id: '2024-11-04-a', data: { date: '2024-11-04' } },
  { id: '2024-11-05-b', data: { date: '2024-11-05', updated: '2024-11-09' } },
];

describe('briefingLastmods', () => {
  it('dates each briefing page by its `updated`, else its `date`', () => {
    expect(briefingLastmods(briefings)).toEqual(
      new Map([
        ['/briefings/2024-11-04-a/', '2024-11-04'],
        ['/briefings/2024-11-05-b/', '2024-11-09'],
      ]),
    );
  });
});

describe('withLastmod', () => {
  const lastmods = briefingLastmods(briefings);

  it('adds the lastmod of a briefing page, under the base the site is built with', () => {
    expect(withLastmod({ url: 'https://x.org/briefings/2024-11-05-b/' }, lastmods, '/')).toEqual({
      url: 'https://x.org/briefings/2024-11-05-b/',
      lastmod: '2024-11-09',
    });
    expect(withLastmod({ url: 'https://x.org/sitrep/briefings/2024-11-04-a/' }, lastmods, '/sitrep/').lastmod).toBe('2024-11-04');
  });

  it('leaves other pages, and pages outside the base, without one', () => {
    for (const url of ['https://x.org/', 'https://x.org/actors/nato/', 'https://x.org/other/briefings/2024-11-04-a/']) {
      expect(withLastmod({ url }, lastmods, '/sitrep/')).toEqual({ url });
    }
    expect(withLastmod({ url: 'https://x.org/timeline/' }, lastmods, '/')).toEqual({ url: 'https://x.org/timeline/' });
  });
});

describe('sitemapLastmod', () => {
  const configDone = (integration: AstroIntegration, base: string) =>
    (integration.hooks['astro:config:done'] as (o: { config: Pick<AstroConfig, 'root' | 'base'> }) => void)({
      config: { root: pathToFileURL('/project/'), base },
    });
  const buildDone = (integration: AstroIntegration) => (integration.hooks['astro:build:done'] as () => Promise<void>)();

  it('reads the dates of the project it is built in once the build is done, for serialize', async () => {
    const roots: string[] = [];
    const { integration, serialize } = sitemapLastmod(async (root) => (roots.push(root), briefings));
    configDone(integration, '/sitrep/');
    expect(() => serialize({ url: 'https://x.org/sitrep/' }), 'before the dates are read').toThrow(/before the sitemap integration/);
    await buildDone(integration);
    expect(roots).toEqual(['/project/']);
    expect(serialize({ url: 'https://x.org/sitrep/briefings/2024-11-05-b/' }).lastmod).toBe('2024-11-09');
  });

  it('reads them again for the next build in the same process', async () => {
    let dates = briefings;
    const { integration, serialize } = sitemapLastmod(async () => dates);
    configDone(integration, '/');
    await buildDone(integration);
    dates = [{ id: '2024-11-04-a', data: { date: '2024-11-04', updated: '2024-12-01' } }];
    configDone(integration, '/');
    expect(() => serialize({ url: 'https://x.org/' }), 'nothing from the last build is kept').toThrow();
    await buildDone(integration);
    expect(serialize({ url: 'https://x.org/briefings/2024-11-04-a/' }).lastmod).toBe('2024-12-01');
  });

  it('fails the build, not just the sitemap, when the dates cannot be read', async () => {
    const { integration } = sitemapLastmod(async () => {
      throw new Error('unreadable');
    });
    configDone(integration, '/');
    await expect(buildDone(integration)).rejects.toThrow('unreadable');
  });
});
