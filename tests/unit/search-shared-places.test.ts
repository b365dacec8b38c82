import { describe, expect, it } from 'vitest';
import { checkedPlaces, sharePlaces } from '../../src/cache/handoff.ts';

describe('the places the check hands to the search records', () => {
  it('reach another module instance, as the briefings loader is one, with only what the records read', async () => {
    const locate = () => undefined;
    const data = {
      name: 'Sudzha',
      kind: 'town',
      aliases: ['Suja'],
      country: 'ru',
      coordinates: { lat: 51.19, lon: 35.27 },
      geonames: 485660,
      parent: 'kursk-oblast',
    };
    // As the check holds its valid entries: by id, with the file and a locator beside the data.
    sharePlaces(new Map([['sudzha', { file: 'src/content/places/sudzha.yaml', data, locate }]]));
    // @ts-expect-error TypeScript knows no module by a path with a query string.
    const other = (await import('../../src/cache/handoff.ts?instance=places')) as typeof import('../../src/cache/handoff.ts');
    expect([...other.checkedPlaces()]).toEqual([
      ['sudzha', { id: 'sudzha', data: { name: 'Sudzha', aliases: ['Suja'], country: 'ru', coordinates: { lat: 51.19, lon: 35.27 }, parent: 'kursk-oblast' } }],
    ]);
    sharePlaces(new Map());
    expect(checkedPlaces().size).toBe(0);
  });
});
