/**
 * The places registry as pages use it: which places contain which (a town's
 * region), which are near each other, and how they group by country. Plain
 * functions over place data, computed once per build by the site index.
 */
import { distanceKm } from '../geo/sphere.ts';

export interface PlaceLike {
  id: string;
  data: { name: string; country: string; coordinates: { lat: number; lon: number }; parent?: string | undefined };
}

/** The places that contain each place, nearest first: Sudzha → [kursk-oblast]. The check refuses cycles; this stops at one anyway. */
export function ancestorsOf(places: ReadonlyMap<string, PlaceLike>): (id: string) => readonly string[] {
  const memo = new Map<string, readonly string[]>();
  return (id) => {
    let found = memo.get(id);
    if (!found) {
      const chain: string[] = [];
      let parent = places.get(id)?.data.parent;
      while (parent !== undefined && parent !== id && places.has(parent) && !chain.includes(parent)) {
        chain.push(parent);
        parent = places.get(parent)!.data.parent;
      }
      memo.set(id, (found = chain));
    }
    return found;
  };
}

/** The places directly inside each place, by name. */
export function childrenOf(places: ReadonlyMap<string, PlaceLike>): Map<string, PlaceLike[]> {
  const children = new Map<string, PlaceLike[]>();
  for (const place of places.values()) {
    const parent = place.data.parent;
    if (parent === undefined || !places.has(parent)) continue;
    children.set(parent, [...(children.get(parent) ?? []), place]);
  }
  for (const list of children.values()) list.sort((a, b) => a.data.name.localeCompare(b.data.name));
  return children;
}

/**
 * The closest other places within `maxKm`, nearest first, leaving out the
 * places that contain this one or that it contains: a region is not "near"
 * its own capital.
 */
export function nearbyPlaces<P extends PlaceLike>(
  place: PlaceLike,
  candidates: readonly P[],
  ancestors: (id: string) => readonly string[],
  options: { limit: number; maxKm: number },
): { place: P; km: number }[] {
  return candidates
    .filter((other) => other.id !== place.id && !ancestors(other.id).includes(place.id) && !ancestors(place.id).includes(other.id))
    .map((other) => ({ place: other, km: distanceKm(place.data.coordinates, other.data.coordinates) }))
    .filter(({ km }) => km <= options.maxKm)
    .sort((a, b) => a.km - b.km || a.place.id.localeCompare(b.place.id))
    .slice(0, options.limit);
}

/** Places grouped by country code, each group by name. */
export function placesByCountry<P extends PlaceLike>(places: Iterable<P>): Map<string, P[]> {
  const groups = new Map<string, P[]>();
  for (const place of places) groups.set(place.data.country, [...(groups.get(place.data.country) ?? []), place]);
  for (const list of groups.values()) list.sort((a, b) => a.data.name.localeCompare(b.data.name));
  return groups;
}
