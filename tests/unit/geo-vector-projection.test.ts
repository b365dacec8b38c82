import { geoAzimuthalEqualArea, geoClipRectangle, type GeoStream } from 'd3-geo';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryShapes } from '../../src/geo/atlas.ts';
import { fitFrame, viewExtent, type RegionalFrame } from '../../src/geo/projection.ts';
import { toVector } from '../../src/geo/sphere.ts';
import { pathData, svgPath } from '../../src/geo/svg-path.ts';
import { streamProjected } from '../../src/geo/vector-projection.ts';
import { CITY } from './geo-helpers.ts';

const size = { width: 640, height: 400 };

/** d3-geo's projection of a regional frame as src/geo/projection.ts makes it, without the clipping to the hemisphere. */
function d3Projection(frame: RegionalFrame) {
  return geoAzimuthalEqualArea()
    .rotate([-frame.centre[0], -frame.centre[1]])
    .scale(2 ** frame.zoom)
    .translate([frame.width / 2, frame.height / 2])
    .precision(0)
    .preclip((stream) => stream)
    .clipExtent(viewExtent(frame));
}

function regional(points: [number, number][]): RegionalFrame {
  const frame = fitFrame(points, size);
  if (frame.kind !== 'regional') throw new Error('expected a regional frame');
  return frame;
}

const at = (...names: (keyof typeof CITY)[]) => names.map((n): [number, number] => [CITY[n].lon, CITY[n].lat]);

/** Frames round the globe: Europe, Korea, across the antimeridian, the equator and prime meridian, the south. */
const frames: [string, RegionalFrame][] = [
  ['Ukraine', regional(at('kyiv', 'kharkiv', 'lviv'))],
  ['Korea', regional(at('seoul'))],
  ['Chukotka', regional(at('anadyr', 'chukotka'))],
  ['Gulf of Guinea', regional([[0, 0]])],
  ['Horn of Africa', regional(at('hargeisa'))],
  ['Tasmania', regional([[147.3, -42.9]])],
];

/** The polygons of every country that lie within 80° of the frame's centre, as map.ts projects them this way. */
function polygonsNear(frame: RegionalFrame): Position[][][] {
  const centre = toVector(frame.centre[0], frame.centre[1]);
  const within = (polygon: Position[][]) =>
    polygon.every((ring) =>
      ring.every(([lon, lat]) => {
        const v = toVector(lon!, lat!);
        return v[0] * centre[0] + v[1] * centre[1] + v[2] * centre[2] > Math.cos((80 * Math.PI) / 180);
      }),
    );
  return [...countryShapes('50m').values()].flatMap((shape) => shape.geometry.coordinates.filter(within));
}

describe('streamProjected', () => {
  it.each(frames)('writes the same path data as d3-geo’s projection, country by country (%s)', (_, frame) => {
    const polygons = polygonsNear(frame);
    expect(polygons.length).toBeGreaterThan(20);
    const [[x0, y0], [x1, y1]] = viewExtent(frame);
    const toView = geoClipRectangle(x0, y0, x1, y1);
    let drawn = 0;
    for (const polygon of polygons) {
      const ours = pathData((sink) => streamProjected([polygon], frame, toView(sink)));
      expect(ours).toBe(svgPath({ type: 'Polygon', coordinates: polygon }, d3Projection(frame)));
      if (ours) drawn++;
    }
    expect(drawn).toBeGreaterThan(0);
  });

  it('places each vertex within a billionth of a pixel of d3-geo, and streams rings without their closing vertex', () => {
    for (const [, frame] of frames) {
      const project = d3Projection(frame);
      for (const polygon of polygonsNear(frame).slice(0, 200)) {
        const points: [number, number][] = [];
        const starts: number[] = [];
        const recorder: GeoStream = {
          point: (x, y) => void points.push([x, y]),
          lineStart: () => void starts.push(points.length),
          lineEnd: () => {},
          polygonStart: () => {},
          polygonEnd: () => {},
          sphere: () => {},
        };
        streamProjected([polygon], frame, recorder);
        const expected = polygon.flatMap((ring) => ring.slice(0, -1).map((p) => project(p as [number, number])!));
        expect(starts).toHaveLength(polygon.length);
        expect(points).toHaveLength(expected.length);
        points.forEach(([x, y], i) => {
          expect(Math.abs(x - expected[i]![0])).toBeLessThan(1e-9);
          expect(Math.abs(y - expected[i]![1])).toBeLessThan(1e-9);
        });
      }
    }
  });
});
