/** Places as map markers: their size by how often they are named, their order, and the words for them. */

export interface MarkerInput {
  id: string;
  name: string;
  href: string;
  /** Position in the map's view, px. */
  x: number;
  y: number;
  /** How many briefings name the place; none for a map that does not count (a locator, a briefing's places). */
  count?: number;
}

export interface MapMarker extends MarkerInput {
  r: number;
  /** The marker's accessible name: "Kursk Oblast, 3 briefings". */
  label: string;
}

/** Radius in px of a place shown without a count (a locator, a briefing's places): there are few, so they can be bold. */
export const R_PLACE = 7;
/** Radii in px: one briefing, the largest, the least. A marker's area is proportional to its count, up to the largest. */
export const R_ONE = 5;
export const R_MAX = 16;
export const R_MIN = 3;
/** How many places a map's text alternative names before "and n more". */
const NAMED = 12;

/**
 * Markers with radii and labels, largest first so that smaller ones sit on top
 * and stay reachable; ties by name, then id, so the order never depends on the input's.
 * All radii scale down together when the largest count would pass R_MAX.
 */
export function sizeMarkers(markers: readonly MarkerInput[]): MapMarker[] {
  const most = Math.max((R_MAX / R_ONE) ** 2, ...markers.map((m) => m.count ?? 1));
  return markers
    .map(({ id, name, href, x, y, count }) => ({
      id,
      name,
      href,
      x: round1(x),
      y: round1(y),
      r: count === undefined ? R_PLACE : round1(Math.max(R_MIN, R_MAX * Math.sqrt(count / most))),
      ...(count === undefined ? {} : { count }),
      label: count === undefined ? name : `${name}, ${briefings(count)}`,
    }))
    .sort((a, b) => b.r - a.r || compare(a.name, b.name) || compare(a.id, b.id));
}

/** The text alternative of a map's markers: "3 places marked: Kyiv (40 briefings), Kharkiv (12 briefings) and Sudzha (1 briefing)." */
export function describeMarkers(markers: readonly MapMarker[]): string {
  if (!markers.length) return 'No places marked.';
  const named = markers.slice(0, NAMED).map((m) => (m.count === undefined ? m.name : `${m.name} (${briefings(m.count)})`));
  const rest = markers.length - named.length;
  const list = rest ? `${named.join(', ')} and ${rest} more` : named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0];
  return `${markers.length === 1 ? 'One place' : `${markers.length} places`} marked: ${list}.`;
}

function briefings(count: number): string {
  return `${count} ${count === 1 ? 'briefing' : 'briefings'}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10 + 0;
}
