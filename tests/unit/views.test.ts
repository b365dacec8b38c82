import { describe, expect, it } from 'vitest';
import { buildTaxonomy } from '../../src/data/taxonomy.ts';
import { briefingPageView, overviewOnFirstPage, placeKindLabel, placesMap, placesNamedIn, toCard, type BriefingLike } from '../../src/data/views.ts';

const briefing = (id: string, date: string, actors: string[], countries: string[]): BriefingLike => ({
  id,
  data: { title: `Title ${id}`, date, status: 'reported', summary: `Summary ${id}`, actors, countries, places: [] },
});

describe('toCard', () => {
  it('keeps only what a card shows, frozen, and the same object for the same briefing', () => {
    const b = briefing('a', '2024-11-04', ['x'], ['ua']);
    const card = toCard(b);
    expect(card).toEqual({ id: 'a', data: { title: 'Title a', date: '2024-11-04', status: 'reported', summary: 'Summary a' } });
    expect(Object.isFrozen(card) && Object.isFrozen(card.data)).toBe(true);
    expect(toCard(b)).toBe(card);
  });
});

describe('briefingPageView', () => {
  it('gives the page the names, links and neighbours it shows, so it reads nothing else', () => {
    const briefings = [
      briefing('c', '2024-11-06', ['x'], ['ua']),
      briefing('b', '2024-11-05', ['x', 'y'], ['ua', 'kp']),
      briefing('a', '2024-11-04', ['y'], ['kp']),
    ];
    const index = {
      briefings,
      actors: new Map([
        ['x', { id: 'x', data: { name: 'Ex', kind: 'person' as const, role: 'R', wikidata: 'Q1' } }],
        ['y', { id: 'y', data: { name: 'Why', kind: 'organisation' as const, role: 'R' } }],
      ]),
      countries: new Map([
        ['ua', { id: 'ua', data: { name: 'Ukraine', flag: '🇺🇦', wikidata: 'Q212' } }],
        ['kp', { id: 'kp', data: { name: 'North Korea', flag: '🇰🇵' } }],
      ]),
      places: new Map([
        ['kyiv', { id: 'kyiv', data: { name: 'Kyiv', kind: 'city', country: 'ua', coordinates: { lat: 50.45466, lon: 30.5238 }, wikidata: 'Q1899' } }],
      ]),
      byActor: buildTaxonomy(briefings, 'actors'),
      byCountry: buildTaxonomy(briefings, 'countries'),
    };
    const view = briefingPageView({ ...briefings[1]!, data: { ...briefings[1]!.data, places: ['kyiv'] } }, index);
    expect(view.actors).toEqual([
      { id: 'x', href: '/actors/x/', name: 'Ex', kind: 'person', wikidata: 'Q1' },
      { id: 'y', href: '/actors/y/', name: 'Why', kind: 'organisation' },
    ]);
    expect(view.countries.map((c) => [c.href, c.name, c.flag, c.wikidata])).toEqual([
      ['/countries/ua/', 'Ukraine', '🇺🇦', 'Q212'],
      ['/countries/kp/', 'North Korea', '🇰🇵', undefined],
    ]);
    expect(view.places).toEqual([{ id: 'kyiv', href: '/places/kyiv/', name: 'Kyiv', wikidata: 'Q1899', coordinates: { lat: 50.45466, lon: 30.5238 } }]);
    expect(view.map).toEqual({ markers: [{ id: 'kyiv', name: 'Kyiv', href: '/places/kyiv/', lat: 50.45466, lon: 30.5238, count: undefined }], focus: ['ua'] });
    expect(view.newer?.id).toBe('c');
    expect(view.older?.id).toBe('a');
    expect(view.related.map((c) => c.id).sort()).toEqual(['a', 'c']);
  });
});

describe('places on maps', () => {
  const kyiv = { id: 'kyiv', data: { name: 'Kyiv', kind: 'city', country: 'ua', coordinates: { lat: 50.45466, lon: 30.5238 } } };
  const kursk = { id: 'kursk-oblast', data: { name: 'Kursk Oblast', kind: 'region', country: 'ru', coordinates: { lat: 51.75, lon: 36.0167 } } };
  const places = new Map([kyiv, kursk].map((p) => [p.id, p]));
  const tagged = (id: string, ids: string[]): BriefingLike => ({
    ...briefing(id, '2024-11-04', [], ['ua']),
    data: { ...briefing(id, '2024-11-04', [], ['ua']).data, places: ids },
  });

  it('counts the places a list of briefings names, most named first, and skips unknown ids', () => {
    const named = placesNamedIn([tagged('a', ['kyiv']), tagged('b', ['kursk-oblast', 'kyiv']), tagged('c', ['nowhere'])], places);
    expect(named.map(({ place, count }) => [place.id, count])).toEqual([
      ['kyiv', 2],
      ['kursk-oblast', 1],
    ]);
  });

  it('frames a map on the countries of its places unless told otherwise, each country once, in order', () => {
    expect(placesMap([{ place: kursk }, { place: kyiv, count: 3 }]).focus).toEqual(['ru', 'ua']);
    expect(placesMap([{ place: kyiv }], ['ua']).markers).toEqual([
      { id: 'kyiv', name: 'Kyiv', href: '/places/kyiv/', lat: 50.45466, lon: 30.5238, count: undefined },
    ]);
    expect(placesMap([], ['ua'])).toEqual({ markers: [], focus: ['ua'] });
  });

  it('labels kinds for readers', () => {
    expect(placeKindLabel('border-crossing')).toBe('Border crossing');
    expect(placeKindLabel('city')).toBe('City');
  });

  it('keeps a term’s overview in the props of its first page only, and every other prop on every page', () => {
    const overview = { withActors: [{ href: '/actors/a/', name: 'A', count: 3 }] };
    const paths = [1, 2, 3].map((currentPage) => ({
      params: { id: 'ua', page: currentPage === 1 ? undefined : String(currentPage) },
      props: { term: 'ua', overview, page: { currentPage } },
    }));
    const kept = overviewOnFirstPage(paths);
    expect(kept[0]).toBe(paths[0]);
    expect(kept.map((p) => p.props.overview)).toEqual([overview, undefined, undefined]);
    expect(kept.map((p) => [p.params, p.props.term, p.props.page])).toEqual(paths.map((p) => [p.params, p.props.term, p.props.page]));
    expect(paths[1]!.props.overview).toBe(overview);
  });
});
