import type { GeoStream } from 'd3-geo';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { svgPath } from '../../src/geo/svg-path.ts';
import { ringsOf } from './geo-helpers.ts';

/** Coordinates as they are: the path writer's rounding and dropping, seen without a projection. */
const planar = { stream: (sink: GeoStream) => sink };
const polygon = (...rings: number[][][]): Geometry => ({ type: 'Polygon', coordinates: rings.map((ring) => [...ring, ring[0]!]) });

describe('svgPath', () => {
  it('writes whole pixels as relative moves that read back to the points', () => {
    const d = svgPath(
      polygon([
        [10.2, 10.4],
        [30.6, 9.6],
        [20, 25.5],
      ]),
      planar,
    );
    expect(d).toBe('M10 10l21 0-11 16z');
    expect(ringsOf(d)).toEqual([
      [
        [10, 10],
        [31, 10],
        [20, 26],
      ],
    ]);
  });

  it('drops points on the same pixel or on a straight line between their neighbours, but keeps a spike', () => {
    const square = polygon([
      [0, 0],
      [5, 0],
      [5.2, 0.3],
      [10, 0],
      [10, 10],
      [10, 20],
      [10, 15],
      [0, 10],
    ]);
    expect(ringsOf(svgPath(square, planar))).toEqual([
      [
        [0, 0],
        [10, 0],
        [10, 20],
        [10, 15],
        [0, 10],
      ],
    ]);
  });

  it('leaves out rings smaller than a triangle of pixels, and closes only rings', () => {
    expect(
      svgPath(
        polygon([
          [0, 0],
          [0.3, 0.2],
          [0.8, 0.1],
        ]),
        planar,
      ),
    ).toBe('');
    expect(
      svgPath(
        {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [4, 3],
          ],
        },
        planar,
      ),
    ).toBe('M0 0l4 3');
  });

  it('draws a border two countries share through the same pixels in both', () => {
    const border = Array.from({ length: 40 }, (_, i) => [10 + Math.sin(i) * 0.6, i * 0.5]);
    const west = polygon([[0, 0], ...border, [0, 19.5]]);
    const east = polygon([[20, 19.5], ...[...border].reverse(), [20, 0]]);
    const onBorder = (d: string) =>
      ringsOf(d)[0]!
        .filter(([x]) => x > 8 && x < 12)
        .map((p) => p.join())
        .sort();
    expect(onBorder(svgPath(west, planar))).toEqual(onBorder(svgPath(east, planar)));
  });
});
