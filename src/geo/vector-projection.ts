/**
 * A regional frame's projection (azimuthal equal-area, rotated onto its centre)
 * as arithmetic on unit vectors, for the polygons that lie well inside the
 * visible hemisphere: most of what a regional map draws. d3-geo's projection
 * takes each vertex through a rotation and a projection that call eleven
 * trigonometric functions and allocate three arrays; here a vertex's vector is
 * computed once per process, and a frame rotates it with a matrix and projects
 * it with one square root. The two agree to about 1e-10 px, far inside the
 * whole pixels map paths are rounded to (tests/unit/geo-vector-projection.test.ts).
 */
import type { GeoStream } from 'd3-geo';
import type { Position } from 'geojson';
import type { RegionalFrame } from './projection.ts';

type Polygon = readonly (readonly Position[])[];

const RADIANS = Math.PI / 180;

/** Each ring of a polygon as x, y, z triples of unit vectors, closing vertex left out as d3 leaves it out. */
const vectorsMemo = new WeakMap<Polygon, Float64Array[]>();

function ringVectors(polygon: Polygon): Float64Array[] {
  let rings = vectorsMemo.get(polygon);
  if (!rings) {
    rings = polygon.map((ring) => {
      const n = ring.length - 1;
      const vectors = new Float64Array(3 * n);
      for (let i = 0; i < n; i++) {
        const λ = ring[i]![0]! * RADIANS;
        const φ = ring[i]![1]! * RADIANS;
        const cosφ = Math.cos(φ);
        vectors[3 * i] = cosφ * Math.cos(λ);
        vectors[3 * i + 1] = cosφ * Math.sin(λ);
        vectors[3 * i + 2] = Math.sin(φ);
      }
      return vectors;
    });
    vectorsMemo.set(polygon, rings);
  }
  return rings;
}

/**
 * Streams the polygons, projected onto the frame, into `stream` as d3-geo's
 * projection would (without its clipping to the hemisphere, which these
 * polygons do not reach): polygon by polygon, ring by ring, each ring without
 * its closing vertex.
 */
export function streamProjected(polygons: readonly Polygon[], frame: RegionalFrame, stream: GeoStream): void {
  // d3's rotate([-lon, -lat]): the centre's longitude about the pole, then its latitude about the y axis.
  const λ0 = -frame.centre[0] * RADIANS;
  const φ0 = -frame.centre[1] * RADIANS;
  const cosλ = Math.cos(λ0);
  const sinλ = Math.sin(λ0);
  const cosφ = Math.cos(φ0);
  const sinφ = Math.sin(φ0);
  const scale = 2 ** frame.zoom;
  const cx = frame.width / 2;
  const cy = frame.height / 2;
  for (const polygon of polygons) {
    stream.polygonStart();
    for (const vectors of ringVectors(polygon)) {
      stream.lineStart();
      for (let i = 0; i < vectors.length; i += 3) {
        const x0 = vectors[i]!;
        const y0 = vectors[i + 1]!;
        const z = vectors[i + 2]!;
        const x1 = x0 * cosλ - y0 * sinλ;
        const y = x0 * sinλ + y0 * cosλ;
        // The rotated vector: x towards the centre, y east, z north.
        const x = x1 * cosφ - z * sinφ;
        const north = z * cosφ + x1 * sinφ;
        const k = Math.sqrt(2 / (1 + x));
        stream.point(cx + scale * k * y, cy - scale * k * north);
      }
      stream.lineEnd();
    }
    stream.polygonEnd();
  }
}
