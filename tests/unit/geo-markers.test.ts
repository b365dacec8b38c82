import { describe, expect, it } from 'vitest';
import { describeMarkers, R_MAX, R_MIN, R_ONE, R_PLACE, sizeMarkers, type MarkerInput } from '../../src/geo/markers.ts';

const marker = (id: string, count?: number, x = 10, y = 20): MarkerInput => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  href: `/places/${id}/`,
  x,
  y,
  ...(count === undefined ? {} : { count }),
});
const radius = (markers: MarkerInput[], id: string) => sizeMarkers(markers).find((m) => m.id === id)!.r;

describe('sizeMarkers', () => {
  it('gives a place with no count a bold marker, and one with one briefing the standard radius', () => {
    expect(radius([marker('kyiv')], 'kyiv')).toBe(R_PLACE);
    expect(radius([marker('kyiv', 1)], 'kyiv')).toBe(R_ONE);
    expect(radius([marker('kyiv', 1), marker('lviv', 400)], 'kyiv')).toBeLessThan(R_ONE);
  });

  it('makes a marker’s area proportional to its count, up to the largest', () => {
    const markers = [marker('a', 1), marker('b', 4), marker('c', 9)];
    expect([radius(markers, 'a'), radius(markers, 'b'), radius(markers, 'c')]).toEqual([R_ONE, 2 * R_ONE, 3 * R_ONE]);
    // Counts beyond the cap scale every marker down together, the least to a visible minimum.
    const many = [marker('a', 400), marker('b', 100), marker('c', 1)];
    expect([radius(many, 'a'), radius(many, 'b'), radius(many, 'c')]).toEqual([R_MAX, R_MAX / 2, R_MIN]);
  });

  it('puts the largest first so that smaller markers sit on top; ties by name, whatever the input order', () => {
    const markers = [marker('sudzha', 1), marker('kyiv', 40), marker('kursk', 3), marker('belgorod', 3)];
    const order = ['kyiv', 'belgorod', 'kursk', 'sudzha'];
    expect(sizeMarkers(markers).map((m) => m.id)).toEqual(order);
    expect(sizeMarkers([...markers].reverse()).map((m) => m.id)).toEqual(order);
  });

  it('rounds positions to a tenth of a pixel and names each marker for its link', () => {
    const [m] = sizeMarkers([marker('kursk', 3, 12.345, 67.891)]);
    expect(m).toEqual({ id: 'kursk', name: 'Kursk', href: '/places/kursk/', x: 12.3, y: 67.9, r: expect.any(Number), count: 3, label: 'Kursk, 3 briefings' });
    expect(sizeMarkers([marker('sudzha', 1)])[0]!.label).toBe('Sudzha, 1 briefing');
    expect(sizeMarkers([marker('sudzha')])[0]!.label).toBe('Sudzha');
  });
});

describe('describeMarkers', () => {
  it('lists the places marked, with counts, and how many more past a dozen', () => {
    expect(describeMarkers([])).toBe('No places marked.');
    expect(describeMarkers(sizeMarkers([marker('kharkiv')]))).toBe('One place marked: Kharkiv.');
    expect(describeMarkers(sizeMarkers([marker('kyiv', 40), marker('sudzha', 1)]))).toBe('2 places marked: Kyiv (40 briefings) and Sudzha (1 briefing).');
    const twenty = sizeMarkers(Array.from({ length: 20 }, (_, i) => marker(`p${String(i).padStart(2, '0')}`)));
    expect(describeMarkers(twenty)).toMatch(/^20 places marked: P00, P01, .*, P11 and 8 more\.$/);
  });
});
