import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { drawMap, type MapModel } from '../../src/geo/map.ts';
import { frameProjection } from '../../src/geo/projection.ts';
import { CITY, pathContains, place, svgOf } from './geo-helpers.ts';

const land = (map: MapModel, id: string) => map.base.land.find((l) => l.id === id);
const marker = (map: MapModel, id: string) => map.markers.find((m) => m.id === id)!;
const inView = (map: MapModel, [x, y]: [number, number]) => x >= 0 && x <= map.width && y >= 0 && y <= map.height;
const gzipped = (map: MapModel) => gzipSync(svgOf(map)).length;

const ukraine = () => drawMap({ focus: ['ua'], markers: [place('kyiv', 40), place('kharkiv', 12), place('sudzha', 1), place('kursk', 3)] });
const russia = () => drawMap({ focus: ['ru'], markers: [place('kursk', 30), place('moscow', 9), place('rostov', 4)] });
const world = () => drawMap({ markers: [place('kyiv'), place('seoul'), place('washington')] });

describe('drawMap', () => {
  it('puts a city inside the view and inside its country, which is emphasised among its neighbours', () => {
    const map = ukraine();
    const kyiv = marker(map, 'kyiv');
    expect(inView(map, [kyiv.x, kyiv.y])).toBe(true);
    expect(pathContains(land(map, 'ua')!.d, [kyiv.x, kyiv.y])).toBe(true);
    expect(pathContains(land(map, 'pl')!.d, [kyiv.x, kyiv.y])).toBe(false);
    const sudzha = marker(map, 'sudzha');
    expect(pathContains(land(map, 'ru')!.d, [sudzha.x, sudzha.y])).toBe(true);
    expect(map.base.land.filter((l) => l.focus).map((l) => l.id)).toEqual(['ua']);
    expect(map.base.land.map((l) => l.id)).toEqual(expect.arrayContaining(['by', 'md', 'pl', 'ro', 'ru', 'sk', 'hu']));
    // Neighbours first, the focus last, so its border is drawn over theirs.
    expect(map.base.land.at(-1)!.id).toBe('ua');
    expect(map.viewBox).toBe('0 0 640 400');
  });

  it('sizes markers by count and orders them largest first', () => {
    const map = ukraine();
    expect(map.markers.map((m) => m.id)).toEqual(['kyiv', 'kharkiv', 'kursk', 'sudzha']);
    expect(map.markers.map((m) => m.r)).toEqual([...map.markers.map((m) => m.r)].sort((a, b) => b - a));
    expect(marker(map, 'kyiv').label).toBe('Kyiv, 40 briefings');
    expect(map.description).toBe('4 places marked: Kyiv (40 briefings), Kharkiv (12 briefings), Kursk (3 briefings) and Sudzha (1 briefing).');
  });

  it('frames a huge country by its places, not all of Siberia', () => {
    const map = russia();
    expect(map.frame.kind).toBe('regional');
    for (const m of map.markers) expect(inView(map, [m.x, m.y])).toBe(true);
    const project = frameProjection(map.frame);
    expect(inView(map, project([CITY.novosibirsk.lon, CITY.novosibirsk.lat])!)).toBe(false);
    expect(inView(map, project([CITY.vladivostok.lon, CITY.vladivostok.lat])!)).toBe(false);
    expect(land(map, 'ru')!.focus).toBe(true);
  });

  it('draws a place across the antimeridian with its country', () => {
    const map = drawMap({ focus: ['ru'], markers: [place('anadyr'), place('chukotka')] });
    for (const m of map.markers) expect(inView(map, [m.x, m.y])).toBe(true);
    const chukotka = marker(map, 'chukotka');
    expect(pathContains(land(map, 'ru')!.d, [chukotka.x, chukotka.y])).toBe(true);
    expect(land(map, 'us')).toBeDefined(); // Alaska, across the Bering Strait
  });

  it('frames a city far from the others on one regional map while they fit within a hemisphere, and on a world map beyond', () => {
    const eurasia = drawMap({ focus: ['ua', 'kr'], markers: [place('kyiv'), place('seoul')] });
    expect(eurasia.frame.kind).toBe('regional');
    expect(eurasia.markers.every((m) => inView(eurasia, [m.x, m.y]))).toBe(true);
    const map = world();
    expect(map.frame.kind).toBe('world');
    expect(map.markers.every((m) => inView(map, [m.x, m.y]))).toBe(true);
    expect(map.base.outline).toMatch(/^M.*z$/);
    expect(drawMap({ focus: ['zz'], markers: [] }).frame.kind).toBe('world');
  });

  it('draws a focus country too small for 1:110m on a map that uses it', () => {
    const map = drawMap({ focus: ['bh'], markers: [place('moscow'), { id: 'manama', name: 'Manama', href: '/places/manama/', lat: 26.23, lon: 50.58 }] });
    expect(land(map, 'bh')).toMatchObject({ focus: true });
  });

  it('computes the land once per frame and focus, and shares it between maps', () => {
    const first = drawMap({ focus: ['ua'], markers: [place('kyiv')] });
    const second = drawMap({ focus: ['UA'], markers: [place('lviv', 5), place('sevastopol', 2)] });
    expect(second.base).toBe(first.base);
    expect(ukraine().base).toBe(first.base);
    expect(drawMap({ focus: ['ua', 'ru'], markers: [place('kyiv')] }).base).not.toBe(first.base);
    expect(drawMap({ focus: ['ua'], markers: [place('kyiv')], width: 320, height: 200 }).base).not.toBe(first.base);
  });

  it('projects a frame’s land once whatever the focus, and writes each base layer’s markup, focus countries last', () => {
    const frame = ukraine().frame;
    const plain = drawMap({ focus: ['ua'], markers: [place('kyiv')] });
    const withRussia = drawMap({ focus: ['ru', 'ua'], markers: [place('kyiv')] });
    if (withRussia.frame.key === frame.key) {
      // Same frame, other focus: the paths are the very same strings, only grouped otherwise.
      expect(land(withRussia, 'ru')!.d).toBe(land(plain, 'ru')!.d);
    }
    const { markup } = plain.base;
    expect(markup.startsWith(`<path class="sea" d="${plain.base.outline}"/><g class="land">`)).toBe(true);
    const focusGroup = markup.slice(markup.indexOf('<g class="focus">'));
    expect(focusGroup).toBe(`<g class="focus"><path d="${land(plain, 'ua')!.d}"/></g>`);
    for (const { d } of plain.base.land) expect(markup).toContain(`<path d="${d}"/>`);
  });

  it('draws the maps of 10,000 briefing pages in a second or two: places inside the frame cost a lookup', () => {
    const cities = ['kyiv', 'kharkiv', 'lviv', 'sevastopol', 'sudzha', 'kursk'] as const;
    drawMap({ focus: ['ua'], markers: [place('kyiv')] });
    const start = performance.now();
    for (let i = 0; i < 10_000; i++) drawMap({ focus: ['ua'], markers: [place(cities[i % 6]!), place(cities[(i * 7) % 5]!, i % 3)] });
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('draws a world or continent-wide map as land without borders, with only its focus countries outlined', () => {
    const wide = drawMap({ focus: ['ua', 'us'], markers: [place('kyiv'), place('washington')] });
    expect(wide.base.land.map((l) => [l.id, l.focus])).toEqual([
      ['land', false],
      ['ua', true],
      ['us', true],
    ]);
    expect(world().base.land.map((l) => l.id)).toEqual(['land']);
  });

  it('keeps a map small: whole pixels, and a few KB gzipped', () => {
    for (const map of [ukraine(), russia(), world()]) {
      for (const { d } of map.base.land) expect(d).toMatch(/^[Mlz\d -]+$/);
      for (const m of map.markers) for (const n of [m.x, m.y, m.r]) expect(Math.round(n * 10)).toBe(n * 10);
    }
    expect(gzipped(ukraine())).toBeLessThan(5_000);
    expect(gzipped(russia())).toBeLessThan(5_000);
    expect(gzipped(world())).toBeLessThan(4_500);
    // Europe to Korea: at 1:110m, which is all a pixel of 15 km can show, land without borders but for the focus countries.
    expect(gzipped(drawMap({ focus: ['ua', 'kr'], markers: [place('kyiv'), place('seoul')] }))).toBeLessThan(4_000);
    // Berlin to the Levant, a common reach for a briefing: at 1:110m.
    expect(gzipped(drawMap({ focus: ['de', 'sy'], markers: [place('berlin')] }))).toBeLessThan(4_500);
    const country = drawMap({
      focus: ['ua'],
      markers: Array.from({ length: 150 }, (_, i) => ({ ...place('kyiv', i + 1), id: `p${i}`, lat: 45 + (i % 15) * 0.5, lon: 23 + (i % 30) * 0.5 })),
    });
    expect(gzipped(country)).toBeLessThan(15_000);
  });

  it('gives the same map for the same input, byte for byte, in a fresh process', async () => {
    const before = JSON.stringify([ukraine(), russia(), world()]);
    vi.resetModules();
    const fresh = await import('../../src/geo/map.ts');
    const helpers = await import('./geo-helpers.ts');
    const again = [
      fresh.drawMap({
        focus: ['ua'],
        markers: [helpers.place('kyiv', 40), helpers.place('kharkiv', 12), helpers.place('sudzha', 1), helpers.place('kursk', 3)],
      }),
      fresh.drawMap({ focus: ['ru'], markers: [helpers.place('kursk', 30), helpers.place('moscow', 9), helpers.place('rostov', 4)] }),
      fresh.drawMap({ markers: [helpers.place('kyiv'), helpers.place('seoul'), helpers.place('washington')] }),
    ];
    expect(again[0]!.base).not.toBe(ukraine().base);
    expect(JSON.stringify(again)).toBe(before);
  });
});
