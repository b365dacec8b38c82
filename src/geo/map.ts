/**
 * The data of a map: a frame fitted to its places and focus countries, the
 * land drawn in it (computed once per frame and shared by every map with that
 * frame, and kept on disk between builds when given a store: land-cache.ts),
 * and the places as markers sized by how often they are named.
 * Plain data for src/components/maps/PlaceMap.astro to write as SVG.
 */
import { countryShapes, landShape, type CountryShape, type Resolution } from './atlas.ts';
import { capWithin, overlaps, polygonCap, shapeCap, viewCap, type Cap } from './caps.ts';
import { focusPoints } from './focus.ts';
import type { LandStore, StoredLand } from './land-cache.ts';
import { describeMarkers, sizeMarkers, type MapMarker, type MarkerInput } from './markers.ts';
import { geoClipRectangle } from 'd3-geo';
import { fitFrame, frameProjection, PADDING, viewExtent, type Frame, type FrameSize } from './projection.ts';
import { toVector } from './sphere.ts';
import { pathData, svgPath } from './svg-path.ts';
import { streamProjected } from './vector-projection.ts';

export type { MapMarker } from './markers.ts';

export interface MapPlace {
  id: string;
  name: string;
  href: string;
  lat: number;
  lon: number;
  /** How many briefings name the place: sets the marker's size. */
  count?: number;
}

export interface MapInput {
  markers: readonly MapPlace[];
  /** ISO alpha-2 codes of the countries to frame and emphasise. */
  focus?: readonly string[];
  width?: number;
  height?: number;
}

export interface LandPath {
  id: string;
  d: string;
  focus: boolean;
}

/** Everything of a map but its markers; one object per frame and focus, shared by every map that has them. */
export interface BaseLayer {
  key: string;
  /** The area the map covers (its sea): the view's rectangle, or the globe's outline on a world map. */
  outline: string;
  /** Neighbours first, then the focus countries, so that their borders are drawn on top; each group by id. */
  land: LandPath[];
  /**
   * The sea and the land as SVG markup, written once per base layer: thousands of pages show the same
   * land, and writing its paths element by element on each page was most of what a map cost to render.
   * Safe to insert as it is: it holds only path data made of numbers and commands.
   */
  markup: string;
}

export interface MapModel {
  width: number;
  height: number;
  viewBox: string;
  /** Where the map looks; `frameProjection(frame)` projects more points onto it. */
  frame: Frame;
  base: BaseLayer;
  /** Largest first, so that smaller markers sit on top and stay reachable. */
  markers: MapMarker[];
  /** The text alternative: which places are marked. */
  description: string;
}

/**
 * 1:50m from this zoom (log2 of px per radian: about 4.5 km a pixel, a map
 * some 1,800 km tall) up; below it 1:50m has several vertices a pixel, and
 * 1:110m draws the same picture in a third of the bytes.
 */
const FINE_FROM_ZOOM = 10.5;
/** Neighbours' borders from this zoom (about 12 km a pixel, a map some 5,000 km tall) up; a continent-wide map shows land and its focus countries. */
const BORDERS_FROM_ZOOM = 9;

/** How far inside the visible hemisphere (radians, a little under 90°) a polygon must lie to skip clipping to it. */
const HEMISPHERE_MARGIN = (80 * Math.PI) / 180;

const bases = new Map<string, BaseLayer>();
/** Each frame's land, whatever the focus: maps with one frame and different focus countries share the projected paths. */
const lands = new Map<string, { id: string; d: string }[]>();
const focusFrames = new Map<string, Frame>();

/**
 * The map of some places, framed on them and on the focus countries; the same input gives the same map, byte for
 * byte, whether its land comes from `store` or is projected again.
 */
export function drawMap({ markers, focus = [], width = 640, height = 400 }: MapInput, store?: LandStore): MapModel {
  const focusIds = [...new Set(focus.map((id) => id.toLowerCase()))].sort();
  const size = { width, height };
  const frame = chooseFrame(markers, focusIds, size);
  const projection = frameProjection(frame);
  const placed = markers.flatMap(({ id, name, href, lat, lon, count }): MarkerInput[] => {
    const at = projection([lon, lat]);
    return at ? [{ id, name, href, x: at[0], y: at[1], ...(count === undefined ? {} : { count }) }] : [];
  });
  const sized = sizeMarkers(placed);
  return { ...size, viewBox: `0 0 ${width} ${height}`, frame, base: baseLayer(frame, focusIds, store), markers: sized, description: describeMarkers(sized) };
}

/**
 * The frame of the places and the focus countries (unless a country is too
 * big to show whole next to places of its own). Places inside the focus
 * countries' own frame get that frame as it is: the common case costs a
 * lookup, and such maps share one base layer.
 */
function chooseFrame(markers: readonly MapPlace[], focus: string[], size: FrameSize): Frame {
  const countries = focus.flatMap((id) => focusPoints(id) ?? []);
  const whole = countries.filter((c) => !(c.big && markers.length));
  const points = whole.flatMap((c) => c.points);
  if (whole.length && whole.length === countries.length) {
    const key = `${focus.join(',')}|${size.width}x${size.height}`;
    let frame = focusFrames.get(key);
    if (!frame) focusFrames.set(key, (frame = fitFrame(points, size)));
    const projection = frameProjection(frame);
    if (markers.every((m) => within(projection([m.lon, m.lat]), size))) return frame;
  }
  return fitFrame([...markers.map((m): [number, number] => [m.lon, m.lat]), ...points], size);
}

function within(at: [number, number] | null, { width, height }: FrameSize): boolean {
  return !!at && at[0] >= PADDING && at[0] <= width - PADDING && at[1] >= PADDING && at[1] <= height - PADDING;
}

/** The land of a frame, each country clipped to the view, with the focus countries marked. */
function baseLayer(frame: Frame, focus: string[], store: LandStore | undefined): BaseLayer {
  const key = `${frame.key}|${focus.join(',')}`;
  let base = bases.get(key);
  if (base) return base;
  let stored = store?.get(key);
  if (!stored) {
    stored = projectBase(frame, focus);
    store?.set(key, stored);
  }
  const { outline, land } = stored;
  const paths = (list: LandPath[]) => list.map(({ d }) => `<path d="${d}"/>`).join('');
  const markup = `<path class="sea" d="${outline}"/><g class="land">${paths(land.filter((l) => !l.focus))}</g><g class="focus">${paths(land.filter((l) => l.focus))}</g>`;
  bases.set(key, (base = { key, outline, land, markup }));
  return base;
}

/** The sea and the land of a base layer: neighbours first, then the focus countries, each group by id. */
function projectBase(frame: Frame, focus: string[]): StoredLand {
  const land = frameLand(frame, focus).map(({ id, d }) => ({ id, d, focus: focus.includes(id) }));
  land.sort((a, b) => Number(a.focus) - Number(b.focus) || (a.id < b.id ? -1 : 1));
  const outline = frame.kind === 'world' ? svgPath({ type: 'Sphere' }, frameProjection(frame)) : `M0 0H${frame.width}V${frame.height}H0z`;
  return { outline, land };
}

/**
 * Every country's path in a frame; a focus country too small for 1:110m (Bahrain, Malta) is added at 1:50m.
 * A world or continent-wide map shows the land without borders and only its focus countries outlined: at
 * that scale borders were half its bytes and told a reader little.
 */
function frameLand(frame: Frame, focus: string[]): { id: string; d: string }[] {
  const shapes = countryShapes(resolutionOf(frame));
  const borderless = frame.kind === 'world' || frame.zoom < BORDERS_FROM_ZOOM;
  let land = lands.get(frame.key);
  if (!land) lands.set(frame.key, (land = projectLand(frame, borderless ? [landShape(resolutionOf(frame))] : shapes.values())));
  const extra = focus.flatMap((id) => shapes.get(id) ?? countryShapes('50m').get(id) ?? []);
  const added = borderless ? extra : extra.filter((shape) => !shapes.has(shape.id));
  return added.length ? [...land, ...projectLand(frame, added)] : land;
}

function resolutionOf(frame: Frame): Resolution {
  return frame.kind === 'world' || frame.zoom < FINE_FROM_ZOOM ? '110m' : '50m';
}

function projectLand(frame: Frame, shapes: Iterable<CountryShape>): { id: string; d: string }[] {
  const projection = frameProjection(frame);
  const { width, height } = frame;
  const view =
    frame.kind === 'regional'
      ? viewCap(
          frame.centre,
          [
            [0, 0],
            [width, 0],
            [0, height],
            [width, height],
          ].map((corner) => projection.invert!(corner as [number, number])),
        )
      : undefined;
  const land: { id: string; d: string }[] = [];
  for (const shape of shapes) {
    if (view && !overlaps(view, shapeCap(shape))) continue;
    const d = view && frame.kind === 'regional' ? regionalPath(shape, view, frame) : svgPath(shape.geometry, projection);
    if (d) land.push({ id: shape.id, d });
  }
  return land;
}

/**
 * A country on a regional map, polygon by polygon: the islands out of view are left out, and the polygons well
 * inside the visible hemisphere skip d3's clipping to the hemisphere, whose test of each polygon against the
 * sphere cost more than projecting it (Russia has hundreds of polygons and tens of thousands of points), and
 * are projected as vectors (vector-projection.ts), with no trigonometry per vertex.
 */
function regionalPath(shape: CountryShape, view: Cap, frame: Frame & { kind: 'regional' }): string {
  const near = shape.geometry.coordinates.filter((polygon) => overlaps(view, polygonCap(polygon)));
  const centre = toVector(frame.centre[0], frame.centre[1]);
  const inside = near.filter((polygon) => capWithin(polygonCap(polygon), centre, HEMISPHERE_MARGIN));
  const crossing = near.filter((polygon) => !inside.includes(polygon));
  const clipped = crossing.length ? svgPath({ type: 'MultiPolygon', coordinates: crossing }, frameProjection(frame)) : '';
  const [[x0, y0], [x1, y1]] = viewExtent(frame);
  const toView = geoClipRectangle(x0, y0, x1, y1);
  return clipped + (inside.length ? pathData((sink) => streamProjected(inside, frame, toView(sink))) : '');
}
