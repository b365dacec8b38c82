import { describe, expect, it } from 'vitest';
import { fitFrame, frameProjection, PADDING, type Frame } from '../../src/geo/projection.ts';
import { distanceKm } from '../../src/geo/sphere.ts';
import { CITY } from './geo-helpers.ts';

const size = { width: 640, height: 400 };
const at = (city: keyof typeof CITY): [number, number] => [CITY[city].lon, CITY[city].lat];
const project = (frame: Frame, city: keyof typeof CITY) => frameProjection(frame)(at(city))!;
const inView = ([x, y]: [number, number]) => x >= PADDING && x <= size.width - PADDING && y >= PADDING && y <= size.height - PADDING;

describe('fitFrame', () => {
  it('frames one city regionally, no closer than the minimum span', () => {
    const frame = fitFrame([at('kharkiv')], size);
    expect(frame.kind).toBe('regional');
    expect(inView(project(frame, 'kharkiv'))).toBe(true);
    // Top to bottom the view spans at least 1,000 km: Kharkiv and a point 400 km north are both on the map.
    const [, top] = frameProjection(frame)([CITY.kharkiv.lon, CITY.kharkiv.lat + 3.6])!;
    expect(top).toBeGreaterThan(0);
  });

  it('frames every point, with padding', () => {
    const cities = ['kyiv', 'kharkiv', 'lviv', 'sevastopol', 'kursk', 'moscow'] as const;
    const frame = fitFrame(cities.map(at), size);
    for (const city of cities) expect(inView(project(frame, city))).toBe(true);
    // And fills the view across or down, but for the rounding of its scale and centre.
    const spread = (axis: 0 | 1) =>
      Math.max(...cities.map((city) => project(frame, city)[axis])) - Math.min(...cities.map((city) => project(frame, city)[axis]));
    expect(Math.max(spread(0) / (size.width - 2 * PADDING), spread(1) / (size.height - 2 * PADDING))).toBeGreaterThan(0.6);
  });

  it('keeps a far-off city on a regional map while the points fit within a hemisphere, and draws the world beyond', () => {
    const eurasia = fitFrame([at('kyiv'), at('seoul')], size);
    expect(eurasia.kind).toBe('regional');
    expect(inView(project(eurasia, 'kyiv')) && inView(project(eurasia, 'seoul'))).toBe(true);
    // A cluster does not pull the centre so far that the far-off city falls off a regional map.
    const cluster = (['berlin', 'kyiv', 'kyiv', 'kyiv', 'kyiv', 'berlin', 'seoul'] as const).map(at);
    const leaning = fitFrame(cluster, size);
    expect(leaning.kind).toBe('regional');
    for (const city of ['berlin', 'kyiv', 'seoul'] as const) expect(inView(project(leaning, city)), city).toBe(true);
    const world = fitFrame([at('kyiv'), at('seoul'), at('washington')], size);
    expect(world).toEqual({ kind: 'world', width: 640, height: 400, key: 'world|640x400' });
    for (const city of ['kyiv', 'seoul', 'washington'] as const) expect(inView(project(world, city))).toBe(true);
    expect(fitFrame([], size).kind).toBe('world');
  });

  it('frames points on both sides of the antimeridian as one small region', () => {
    const frame = fitFrame([at('anadyr'), at('chukotka')], size);
    expect(frame.kind).toBe('regional');
    expect(Math.abs(frame.kind === 'regional' ? frame.centre[0] : 0)).toBeGreaterThan(170);
    expect(inView(project(frame, 'anadyr')) && inView(project(frame, 'chukotka'))).toBe(true);
    expect(distanceKm(CITY.anadyr, CITY.chukotka)).toBeLessThan(700);
  });

  it('snaps nearly the same points to the same frame, so their maps share a base layer', () => {
    // 10 km away, in the same cell of the grid of centres (half a degree for a map this size).
    const nudged: [number, number] = [CITY.kharkiv.lon - 0.1, CITY.kharkiv.lat - 0.05];
    expect(fitFrame([nudged], size).key).toBe(fitFrame([at('kharkiv')], size).key);
    expect(fitFrame([at('kyiv'), at('lviv')], size).key).not.toBe(fitFrame([at('kyiv'), at('moscow')], size).key);
  });

  it('gives one projection per frame, determined by its key', () => {
    const frame = fitFrame([at('kyiv'), at('kharkiv')], size);
    expect(frameProjection(frame)).toBe(frameProjection({ ...frame }));
    expect(project(frame, 'kyiv')).toEqual(project(fitFrame([at('kyiv'), at('kharkiv')], size), 'kyiv'));
  });
});
