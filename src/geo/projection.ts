/**
 * Where a map looks: a frame fitted to the points it must show, rounded to a
 * coarse grid of centres and scales so that maps of nearly the same area share
 * one frame (and one projected base layer), and the d3-geo projection of a frame.
 *
 * A regional frame is an azimuthal equal-area projection centred on its
 * subject: true areas, little distortion within a few thousand km, and no
 * antimeridian seam. Points farther apart than that get a world frame (Equal Earth).
 */
import { geoAzimuthalEqualArea, geoEqualEarth, type GeoProjection } from 'd3-geo';
import { EARTH_RADIUS_KM, toVector } from './sphere.ts';

export interface FrameSize {
  width: number;
  height: number;
}

/** A map centred on its subject; `key` holds all its projection depends on: equal keys, equal maps. */
export interface RegionalFrame extends FrameSize {
  kind: 'regional';
  /** [lon, lat], on the grid of centres. */
  centre: [number, number];
  /** log2 of the scale (px per radian), in quarter steps. */
  zoom: number;
  key: string;
}

export interface WorldFrame extends FrameSize {
  kind: 'world';
  key: string;
}

export type Frame = RegionalFrame | WorldFrame;

/** Room left between what a map must show and its edge, in px: a marker's radius and some. */
export const PADDING = 24;
/** The least a map shows top to bottom, so a single city is not drawn at street level. */
const MIN_SPAN_KM = 1000;
/** Beyond this (degrees from the centre to the farthest point) an azimuthal map is too distorted: draw the world. */
const WORLD_BEYOND = 55;
const ZOOM_STEPS = 4;

/** The frame that shows every point ([lon, lat]); the world when there are none or they are too far apart. */
export function fitFrame(points: readonly (readonly [number, number])[], size: FrameSize): Frame {
  const world: Frame = { kind: 'world', ...size, key: `world|${size.width}x${size.height}` };
  if (!points.length) return world;
  // The mean leans towards a cluster (six places in Europe and Seoul): then the middle of the two farthest points may still hold them all.
  const holdsAll = (c: [number, number] | undefined) => c && points.every((p) => angle(p, c) <= WORLD_BEYOND);
  let centre = [meanCentre(points)].find(holdsAll) ?? [farthestPairCentre(points)].find(holdsAll);
  if (!centre) return world;
  // Centre on the middle of the points' projected box, snapped to a grid of about an eighth of what the map spans.
  const unit = azimuthal(centre, 1);
  const first = boxAround(unit, points);
  const middle = unit.invert!([(first.x0 + first.x1) / 2, (first.y0 + first.y1) / 2]);
  if (middle) centre = middle;
  const span = Math.max(degrees(Math.max(first.x1 - first.x0, first.y1 - first.y0)), degrees(MIN_SPAN_KM / EARTH_RADIUS_KM));
  const grid = 2 ** Math.max(-2, Math.min(2, Math.floor(Math.log2(span / 8))));
  centre = [snap(centre[0], grid), snap(centre[1], grid)];
  const box = boxAround(azimuthal(centre, 1), points);
  // Scale so the box, symmetric about the centre, fits inside the padding; never closer than the minimum span.
  const halfX = Math.max(-box.x0, box.x1);
  const halfY = Math.max(-box.y0, box.y1);
  const scale = Math.min(
    (size.width / 2 - PADDING) / halfX,
    (size.height / 2 - PADDING) / halfY,
    (size.height - 2 * PADDING) / (MIN_SPAN_KM / EARTH_RADIUS_KM),
  );
  const zoom = Math.floor(Math.log2(scale) * ZOOM_STEPS) / ZOOM_STEPS;
  return { kind: 'regional', ...size, centre, zoom, key: `${centre.join(',')}|${zoom}|${size.width}x${size.height}` };
}

const projections = new Map<string, GeoProjection>();

/** The projection of a frame, clipped to its view (and, regionally, to the hemisphere around its centre); one per frame, not to be changed. */
export function frameProjection(frame: Frame): GeoProjection {
  let projection = projections.get(frame.key);
  if (!projection) projections.set(frame.key, (projection = makeProjection(frame)));
  return projection;
}

/** What a frame's land is clipped to: its view and a pixel more, so that no border is drawn along its edge. */
export function viewExtent({ width, height }: FrameSize): [[number, number], [number, number]] {
  return [
    [-1, -1],
    [width + 1, height + 1],
  ];
}

function makeProjection(frame: Frame): GeoProjection {
  const { width, height } = frame;
  const projection =
    frame.kind === 'world'
      ? geoEqualEarth().fitExtent(
          [
            [PADDING / 2, PADDING / 2],
            [width - PADDING / 2, height - PADDING / 2],
          ],
          { type: 'Sphere' },
        )
      : // Without adaptive resampling: 1:50m vertices lie a few px apart at these scales, and resampling every edge cost more than all else a map does.
        azimuthal(frame.centre, 2 ** frame.zoom)
          .translate([width / 2, height / 2])
          .precision(0);
  return projection.clipExtent(viewExtent(frame));
}

function azimuthal(centre: [number, number], scale: number): GeoProjection {
  return geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).clipAngle(90).scale(scale).translate([0, 0]);
}

function boxAround(projection: GeoProjection, points: readonly (readonly [number, number])[]) {
  const box = { x0: 0, y0: 0, x1: 0, y1: 0 };
  for (const point of points) {
    const [x, y] = projection([point[0], point[1]]) ?? [0, 0];
    box.x0 = Math.min(box.x0, x);
    box.x1 = Math.max(box.x1, x);
    box.y0 = Math.min(box.y0, y);
    box.y1 = Math.max(box.y1, y);
  }
  return box;
}

/** The normalised mean of the points as vectors: a centre with no antimeridian trouble; undefined for points that cancel out. */
function meanCentre(points: readonly (readonly [number, number])[]): [number, number] | undefined {
  let [x, y, z] = [0, 0, 0];
  for (const [lon, lat] of points) {
    const v = toVector(lon, lat);
    [x, y, z] = [x + v[0], y + v[1], z + v[2]];
  }
  const length = Math.hypot(x, y, z);
  if (length < 1e-9 * points.length) return undefined;
  return [degrees(Math.atan2(y, x)), degrees(Math.asin(z / length))];
}

/**
 * The midpoint of two points nearly farthest apart (the farthest from the first point, then the farthest from
 * that: two sweeps, not every pair), when they are at most a quarter of the globe apart: Berlin and Seoul, not
 * Seoul and Washington, which read better on a world map than over the pole.
 */
function farthestPairCentre(points: readonly (readonly [number, number])[]): [number, number] | undefined {
  const farthestFrom = (from: readonly [number, number]) => {
    let best = from;
    let most = -1;
    for (const p of points) {
      const d = angle(from, p);
      if (d > most) [most, best] = [d, p];
    }
    return { point: best, angle: most };
  };
  const a = farthestFrom(points[0]!).point;
  const b = farthestFrom(a);
  return b.angle <= 90 ? meanCentre([a, b.point]) : undefined;
}

/** Degrees between two [lon, lat] points. */
function angle(a: readonly [number, number], b: readonly [number, number]): number {
  const u = toVector(a[0], a[1]);
  const v = toVector(b[0], b[1]);
  return degrees(2 * Math.asin(Math.min(1, Math.hypot(u[0] - v[0], u[1] - v[1], u[2] - v[2]) / 2)));
}

function degrees(radians: number): number {
  return (radians * 180) / Math.PI;
}

/** Rounded to the grid; `+ 0` turns -0 into 0 so keys and output do not differ by a sign. */
function snap(value: number, grid: number): number {
  return Math.round(value / grid) * grid + 0;
}
