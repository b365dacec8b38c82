import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { feedFiles, termFeedComponents, writeFeedFiles } from '../../src/integrations/term-feed-files.ts';
import { tempDirs } from '../helpers/temp-dirs.ts';

const route = (kind: string, file: string) => ({ component: `src/pages/${kind}/[id]/${file}.ts` });
const routes = {
  actorRss: route('actors', 'rss.xml'),
  actorJson: route('actors', 'feed.json'),
  placeRss: route('places', 'rss.xml'),
  placeJson: route('places', 'feed.json'),
};
const listed = (ids: Record<'actors' | 'places', string[]>) =>
  (['actors', 'places'] as const).flatMap((kind) =>
    ids[kind].flatMap((id) => [
      { pathname: `/${kind}/${id}/rss.xml`, route: kind === 'actors' ? routes.actorRss : routes.placeRss },
      { pathname: `/${kind}/${id}/feed.json`, route: kind === 'actors' ? routes.actorJson : routes.placeJson },
    ]),
  );
const props = (ids: string[]) => ids.map((id) => ({ params: { id }, props: { feed: `feed of ${id}` } }));

describe('termFeedComponents', () => {
  it('names the rss.xml and feed.json endpoints of actors, countries and places', () => {
    expect([...termFeedComponents()].map(([component, { kind, format }]) => `${component} ${kind} ${format}`)).toEqual([
      'src/pages/actors/[id]/rss.xml.ts actors rss',
      'src/pages/actors/[id]/feed.json.ts actors json',
      'src/pages/countries/[id]/rss.xml.ts countries rss',
      'src/pages/countries/[id]/feed.json.ts countries json',
      'src/pages/places/[id]/rss.xml.ts places rss',
      'src/pages/places/[id]/feed.json.ts places json',
    ]);
  });
});

describe('feedFiles', () => {
  it('writes both formats of each term from its rss.xml endpoint’s props, asking each kind once', async () => {
    const asked: string[] = [];
    const files = await feedFiles(listed({ actors: ['nato', 'un'], places: ['kyiv'] }), async (r) => {
      asked.push(r.component);
      return props(r === routes.actorRss ? ['nato', 'un'] : ['kyiv']);
    });
    expect(asked).toEqual([routes.actorRss.component, routes.placeRss.component]);
    expect(files).toEqual([
      { pathname: '/actors/nato/rss.xml', format: 'rss', feed: 'feed of nato' },
      { pathname: '/actors/nato/feed.json', format: 'json', feed: 'feed of nato' },
      { pathname: '/actors/un/rss.xml', format: 'rss', feed: 'feed of un' },
      { pathname: '/actors/un/feed.json', format: 'json', feed: 'feed of un' },
      { pathname: '/places/kyiv/rss.xml', format: 'rss', feed: 'feed of kyiv' },
      { pathname: '/places/kyiv/feed.json', format: 'json', feed: 'feed of kyiv' },
    ]);
  });

  it('fails rather than write other files than the paths Astro listed', async () => {
    const paths = listed({ actors: ['nato'], places: [] });
    await expect(feedFiles(paths, async () => props(['nato', 'un']))).rejects.toThrow(
      /not listed: \/actors\/un\/rss\.xml, \/actors\/un\/feed\.json; not written: none/,
    );
    await expect(feedFiles([...paths, { pathname: '/actors/eu/feed.json', route: routes.actorJson }], async () => props(['nato']))).rejects.toThrow(
      /not listed: none; not written: \/actors\/eu\/feed\.json/,
    );
  });
});

describe('writeFeedFiles', () => {
  const outDir = tempDirs('sitrep-feeds-');

  it('writes each file under the output folder, serialised in its format', async () => {
    const dir = outDir();
    const files = [
      { pathname: '/actors/nato/rss.xml', format: 'rss' as const, feed: 'nato' },
      { pathname: '/actors/nato/feed.json', format: 'json' as const, feed: 'nato' },
    ];
    await writeFeedFiles(pathToFileURL(`${dir}/`), files, (format, feed) => `${format}:${feed}`);
    expect(readFileSync(join(dir, 'actors/nato/rss.xml'), 'utf8')).toBe('rss:nato');
    expect(readFileSync(join(dir, 'actors/nato/feed.json'), 'utf8')).toBe('json:nato');
  });

  it('fails loudly, naming what it could not write', async () => {
    const dir = outDir();
    writeFileSync(join(dir, 'actors'), 'a file where a folder must go');
    const files = [{ pathname: '/actors/nato/rss.xml', format: 'rss' as const, feed: 'nato' }];
    await expect(writeFeedFiles(pathToFileURL(`${dir}/`), files, () => '')).rejects.toThrow(`sitrep:term-feeds: could not write ${join(dir, 'actors/nato')}`);
    const serialiseFails = () => {
      throw new Error('no feed');
    };
    await expect(writeFeedFiles(pathToFileURL(`${outDir()}/`), files, serialiseFails)).rejects.toThrow(/could not write .*actors\/nato\/rss\.xml: no feed/);
  });
});
