/** Shared by the geo-*.test.ts files: places with real coordinates, and reading back the path data the maps write. */
import type { MapModel, MapPlace } from '../../src/geo/map.ts';

/** Coordinates from Wikidata, rounded to two decimals. */
export const CITY = {
  kyiv: { lat: 50.45, lon: 30.52 },
  kharkiv: { lat: 49.99, lon: 36.23 },
  lviv: { lat: 49.84, lon: 24.03 },
  sevastopol: { lat: 44.6, lon: 33.52 },
  kerch: { lat: 45.36, lon: 36.47 },
  sudzha: { lat: 51.19, lon: 35.27 },
  kursk: { lat: 51.73, lon: 36.19 },
  moscow: { lat: 55.76, lon: 37.62 },
  rostov: { lat: 47.24, lon: 39.71 },
  novosibirsk: { lat: 55.03, lon: 82.92 },
  vladivostok: { lat: 43.12, lon: 131.89 },
  anadyr: { lat: 64.73, lon: 177.51 },
  /** Inland on the Chukotka Peninsula, east of the antimeridian. */
  chukotka: { lat: 65.8, lon: -176.5 },
  berlin: { lat: 52.52, lon: 13.4 },
  warsaw: { lat: 52.23, lon: 21.01 },
  seoul: { lat: 37.57, lon: 126.98 },
  washington: { lat: 38.9, lon: -77.04 },
  beirut: { lat: 33.89, lon: 35.5 },
  famagusta: { lat: 35.12, lon: 33.94 },
  hargeisa: { lat: 9.56, lon: 44.06 },
  pristina: { lat: 42.66, lon: 21.17 },
} as const;

export function place(id: keyof typeof CITY, count?: number): MapPlace {
  const name = id[0]!.toUpperCase() + id.slice(1);
  return { id, name, href: `/places/${id}/`, ...CITY[id], ...(count === undefined ? {} : { count }) };
}

/** The rings of path data in the maps' own form (M x y, then relative l moves, z to close) as absolute points. */
export function ringsOf(d: string): [number, number][][] {
  return [...d.matchAll(/M(-?\d+) (-?\d+)l([^Mz]*)z?/g)].map(([, x, y, moves]) => {
    const ring: [number, number][] = [[Number(x), Number(y)]];
    const numbers = (moves!.match(/-?\d+/g) ?? []).map(Number);
    for (let i = 0; i < numbers.length; i += 2) {
      const [px, py] = ring.at(-1)!;
      ring.push([px + numbers[i]!, py + numbers[i + 1]!]);
    }
    return ring;
  });
}

/** Whether a point is inside path data, by the even-odd rule. */
export function pathContains(d: string, [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of ringsOf(d))
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}

/** The SVG a map model becomes, as PlaceMap.astro writes it (less its classes and text), to weigh it. */
export function svgOf(map: MapModel): string {
  const paths = (focus: boolean) =>
    map.base.land
      .filter((land) => land.focus === focus)
      .map((land) => `<path d="${land.d}"></path>`)
      .join('');
  const markers = map.markers.map(
    (m) => `<a href="${m.href}" aria-label="${m.label}"><circle cx="${m.x}" cy="${m.y}" r="${m.r}" aria-hidden="true"><title>${m.label}</title></circle></a>`,
  );
  return `<svg viewBox="${map.viewBox}"><path class="sea" d="${map.base.outline}"></path><g class="land">${paths(false)}</g><g class="focus">${paths(true)}</g><g class="markers">${markers.join('')}</g></svg>`;
}
