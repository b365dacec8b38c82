/**
 * The lists Sitrep's pages are made from, as Eleventy collections: published
 * briefings newest first; every actor's, country's and place's briefings in
 * pages (Eleventy paginates one list per template, so the pages of all the
 * terms are one list); the terms of each kind with their counts; the months of
 * the timeline.
 */

const KINDS = [
  { kind: 'actors', title: 'Actors' },
  { kind: 'countries', title: 'Countries' },
  { kind: 'places', title: 'Places' },
];

/** In Sitrep's order: by date, then by title. */
export function newestFirst(briefings) {
  return [...briefings].sort((a, b) => b.date - a.date || a.data.title.localeCompare(b.data.title) || a.url.localeCompare(b.url));
}

/** `id` and the places that contain it (a town's region), from the places' `parent`. */
function withAncestors(id, places) {
  const chain = [id];
  for (let parent = places[id]?.parent; parent !== undefined && !chain.includes(parent); parent = places[parent]?.parent) chain.push(parent);
  return chain;
}

/**
 * The terms of each kind, each with its briefings (newest first, as given). As
 * on Sitrep, every actor and place has a page, and so has every country that a
 * briefing, an actor or a place names; a place lists the briefings of the
 * places inside it too.
 */
export function termsByKind(briefings, registry) {
  const termsOf = {
    actors: (briefing) => briefing.data.actors,
    countries: (briefing) => briefing.data.countries,
    places: (briefing) => new Set((briefing.data.places ?? []).flatMap((id) => withAncestors(id, registry.places))),
  };
  const named = (kind, ids) => {
    const terms = new Map([...ids].map((id) => [id, { id, name: registry[kind][id]?.name ?? id, briefings: [] }]));
    for (const briefing of briefings) for (const id of termsOf[kind](briefing)) terms.get(id)?.briefings.push(briefing);
    return [...terms.values()].sort((a, b) => a.name.localeCompare(b.name));
  };
  const countries = new Set([
    ...briefings.flatMap((b) => b.data.countries),
    ...Object.values(registry.actors).flatMap((a) => a.country ?? []),
    ...Object.values(registry.places).map((p) => p.country),
  ]);
  return {
    actors: named('actors', Object.keys(registry.actors)),
    countries: named('countries', countries),
    places: named('places', Object.keys(registry.places)),
  };
}

/** One entry per page of `pageSize` briefings of a term's list: an empty list is still one page, the term's own. */
export function termPages(terms, pageSize) {
  return KINDS.flatMap(({ kind }) =>
    terms[kind].flatMap(({ id, name, briefings }) => {
      const pages = Math.max(1, Math.ceil(briefings.length / pageSize));
      return Array.from({ length: pages }, (_, i) => ({
        kind,
        id,
        name,
        count: briefings.length,
        number: i + 1,
        pages,
        briefings: briefings.slice(i * pageSize, (i + 1) * pageSize),
      }));
    }),
  );
}

/** The index page of each kind: its terms by name, with their counts. */
export function termIndexes(terms) {
  return KINDS.map(({ kind, title }) => ({ kind, title, terms: terms[kind].map(({ id, name, briefings }) => ({ id, name, count: briefings.length })) }));
}

/** The months that have briefings, newest first, each with its briefings. */
export function months(briefings) {
  const byMonth = new Map();
  for (const briefing of briefings) {
    const key = briefing.date.toISOString().slice(0, 7);
    if (!byMonth.has(key)) byMonth.set(key, { key, year: key.slice(0, 4), month: key.slice(5, 7), briefings: [] });
    byMonth.get(key).briefings.push(briefing);
  }
  return [...byMonth.values()];
}

/** The newest months up to `limit` briefings, and always one, as Sitrep's timeline page shows them. */
export function recentMonths(months, limit) {
  const shown = [];
  let total = 0;
  for (const month of months) {
    if (shown.length && total + month.briefings.length > limit) break;
    shown.push(month);
    total += month.briefings.length;
  }
  return shown;
}
