import { afterEach, describe, expect, it, vi } from 'vitest';
import { link, paths, siteBase, withBase, withoutBase } from '../../src/routes.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('paths', () => {
  it('are site paths without the base, with the trailing slash every page has', () => {
    expect(paths.home()).toBe('/');
    expect(paths.briefing('2024-11-04-a')).toBe('/briefings/2024-11-04-a/');
    expect(paths.actors()).toBe('/actors/');
    expect(paths.actor('nato')).toBe('/actors/nato/');
    expect(paths.actorFeed('nato')).toBe('/actors/nato/rss.xml');
    expect(paths.countries()).toBe('/countries/');
    expect(paths.country('ua')).toBe('/countries/ua/');
    expect(paths.countryFeed('ua')).toBe('/countries/ua/rss.xml');
    expect(paths.timeline()).toBe('/timeline/');
    expect(paths.month('2024-11')).toBe('/timeline/2024/11/');
    expect(paths.search()).toBe('/search/');
    expect(paths.search('?q=Kursk')).toBe('/search/?q=Kursk');
    expect(paths.about()).toBe('/about/');
    expect(paths.about('status-claimed')).toBe('/about/#status-claimed');
    expect(paths.feed()).toBe('/rss.xml');
    expect(paths.jsonFeed()).toBe('/feed.json');
    expect(paths.actorJsonFeed('nato')).toBe('/actors/nato/feed.json');
    expect(paths.countryJsonFeed('ua')).toBe('/countries/ua/feed.json');
    expect(paths.placeJsonFeed('kyiv')).toBe('/places/kyiv/feed.json');
    expect(paths.corrections()).toBe('/corrections/');
    expect(paths.correctionsFeed()).toBe('/corrections/rss.xml');
    expect(paths.correctionsJsonFeed()).toBe('/corrections/feed.json');
    expect(paths.sitemap()).toBe('/sitemap-index.xml');
    expect(paths.favicon()).toBe('/favicon.svg');
    expect(paths.pagefind()).toBe('/pagefind/');
    expect(paths.pagefind('pagefind.js')).toBe('/pagefind/pagefind.js');
  });
});

describe('withBase', () => {
  it('puts a site path under the base, with or without its trailing slash', () => {
    expect(withBase('/briefings/a/', '/')).toBe('/briefings/a/');
    expect(withBase('/briefings/a/', '/sitrep/')).toBe('/sitrep/briefings/a/');
    expect(withBase('/briefings/a/', '/sitrep')).toBe('/sitrep/briefings/a/');
    expect(withBase('/', '/sitrep/')).toBe('/sitrep/');
    expect(withBase('/about/#corrections', '/a/b/')).toBe('/a/b/about/#corrections');
  });

  it('refuses what is not a site path', () => {
    expect(() => withBase('briefings/a/', '/sitrep/')).toThrow(/not a site path/);
    expect(() => withBase('https://example.org/', '/')).toThrow(/not a site path/);
  });
});

describe('withoutBase', () => {
  it('takes the base off an href under it', () => {
    expect(withoutBase('/sitrep/briefings/a/', '/sitrep/')).toBe('/briefings/a/');
    expect(withoutBase('/sitrep/', '/sitrep/')).toBe('/');
    expect(withoutBase('/briefings/a/', '/')).toBe('/briefings/a/');
  });

  it('gives undefined for an href outside the base', () => {
    expect(withoutBase('/briefings/a/', '/sitrep/')).toBeUndefined();
    expect(withoutBase('/sitrepx/briefings/a/', '/sitrep/')).toBeUndefined();
    expect(withoutBase('/sitrep', '/sitrep/')).toBeUndefined();
  });

  it('undoes withBase', () => {
    for (const path of [paths.home(), paths.briefing('a'), paths.month('2024-01'), paths.pagefind('2024/')]) {
      expect(withoutBase(withBase(path, '/sitrep/'), '/sitrep/')).toBe(path);
    }
  });
});

describe('siteBase and link', () => {
  it('are at the root when the site is built without a base', () => {
    expect(siteBase()).toBe('/');
    expect(link.home()).toBe('/');
    expect(link.briefing('a')).toBe('/briefings/a/');
  });

  it('follow the base the site is built with', () => {
    vi.stubEnv('BASE_URL', '/sitrep/');
    expect(siteBase()).toBe('/sitrep/');
    expect(link.home()).toBe('/sitrep/');
    expect(link.briefing('2024-11-04-a')).toBe('/sitrep/briefings/2024-11-04-a/');
    expect(link.month('2024-11')).toBe('/sitrep/timeline/2024/11/');
    expect(link.about('status-claimed')).toBe('/sitrep/about/#status-claimed');
    expect(link.search('?q=Kursk')).toBe('/sitrep/search/?q=Kursk');
    expect(link.pagefind('pagefind.js')).toBe('/sitrep/pagefind/pagefind.js');
    expect(withoutBase(link.actor('nato'))).toBe('/actors/nato/');
  });

  it('end the base with a slash whether or not it was given one', () => {
    vi.stubEnv('BASE_URL', '/sitrep');
    expect(siteBase()).toBe('/sitrep/');
    expect(link.feed()).toBe('/sitrep/rss.xml');
  });

  it('have a link for every path', () => {
    expect(Object.keys(link).sort()).toEqual(Object.keys(paths).sort());
  });
});
