/**
 * Actor, country and place pages are three views of one structure, as Hugo's
 * taxonomies are: for each term, the briefings that name it and the terms that
 * appear with it. Built once per build from briefing metadata, never from bodies.
 */

export interface TaggedBriefing {
  id: string;
  data: { date: string; title: string; actors: readonly string[]; countries: readonly string[]; places: readonly string[] };
}

export type TaxonomyKey = 'actors' | 'countries' | 'places';
const keys: readonly TaxonomyKey[] = ['actors', 'countries', 'places'];

export interface Term<B extends TaggedBriefing> {
  id: string;
  /** Newest first. */
  briefings: B[];
  /** Terms that appear in the same briefings, with how often, most frequent first. */
  related: Record<TaxonomyKey, { id: string; count: number }[]>;
}

/**
 * `within` gives the terms that contain a term (a place's region, the region's
 * country-level parent...): a briefing in a town is listed under each of them
 * as well, as Kursk Oblast lists what happened in Sudzha.
 */
export function buildTaxonomy<B extends TaggedBriefing>(
  briefings: readonly B[],
  key: TaxonomyKey,
  within: (id: string) => readonly string[] = () => [],
): Map<string, Term<B>> {
  const terms = new Map<string, { briefings: B[]; related: Record<TaxonomyKey, Map<string, number>> }>();
  for (const briefing of briefings) {
    const ids = new Set(briefing.data[key].flatMap((id) => [id, ...within(id)]));
    for (const id of ids) {
      let term = terms.get(id);
      if (!term) {
        term = { briefings: [], related: { actors: new Map(), countries: new Map(), places: new Map() } };
        terms.set(id, term);
      }
      term.briefings.push(briefing);
      for (const other of keys) {
        for (const otherId of briefing.data[other]) {
          // A term does not appear "with" itself, nor with a place that contains it or that it contains.
          if (other === key && (otherId === id || within(id).includes(otherId) || within(otherId).includes(id))) continue;
          term.related[other].set(otherId, (term.related[other].get(otherId) ?? 0) + 1);
        }
      }
    }
  }
  return new Map(
    [...terms].map(([id, term]) => [
      id,
      {
        id,
        briefings: [...term.briefings].sort(newestFirst),
        related: { actors: rank(term.related.actors), countries: rank(term.related.countries), places: rank(term.related.places) },
      },
    ]),
  );
}

function rank(counts: Map<string, number>): { id: string; count: number }[] {
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

type Dated = { id: string; data: { date: string; title: string } };

export function newestFirst(a: Dated, b: Dated): number {
  return b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id);
}

/** The terms with the most briefings, for the home page. */
export function mostActive<B extends TaggedBriefing>(taxonomy: Map<string, Term<B>>, limit: number): Term<B>[] {
  return [...taxonomy.values()].sort((a, b) => b.briefings.length - a.briefings.length || a.id.localeCompare(b.id)).slice(0, limit);
}

/**
 * Briefings that share the most actors and countries with this one; ties go to
 * the closest in time, then to the newer. Uses the taxonomy, so it costs a few
 * lookups per briefing rather than a scan of the whole corpus; the arithmetic
 * runs on an index of the taxonomy built once (numbers, not objects or date
 * strings), because a build calls this once per briefing and a term such as
 * `ua` names half of them.
 */
export function relatedBriefings<B extends TaggedBriefing>(briefing: B, byActor: Map<string, Term<B>>, byCountry: Map<string, Term<B>>, limit = 4): B[] {
  const index = relatedIndex(byActor, byCountry);
  const { all, score, touched } = index;
  const self = index.position.get(briefing.id) ?? -1;
  const when = Date.parse(briefing.data.date);
  // Typed scratch arrays rather than a growing list: `ua` alone puts thousands of briefings in each call.
  let count = 0;
  const add = (lists: Map<string, Int32Array>, ids: readonly string[], weight: number) => {
    for (const id of ids) {
      const list = lists.get(id);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const j = list[k]!;
        if (j === self) continue;
        if (score[j] === 0) touched[count++] = j;
        score[j] = score[j]! + weight;
      }
    }
  };
  const reset = () => {
    for (let t = 0; t < count; t++) score[touched[t]!] = 0;
    count = 0;
  };
  // An actor in common says more about a story than a country in common. The briefings that share an actor
  // are scored first, countries included. One that shares no actor scores at most a point per country this
  // one names: when those sharing an actor fill the list with more than that, no other can enter it, and a
  // country's list (`ua` is on half the corpus) is not walked. Otherwise every briefing is scored.
  add(index.actors, briefing.data.actors, 2);
  const { countries } = briefing.data;
  for (const id of countries) {
    const members = countryMembers(index, id);
    if (!members) continue;
    for (let t = 0; t < count; t++) {
      const j = touched[t]!;
      score[j] = score[j]! + members[j]!;
    }
  }
  let best = bestOf(index, count, when, limit);
  if (best.length < limit || score[best[limit - 1]!]! <= countries.length) {
    reset();
    add(index.actors, briefing.data.actors, 2);
    add(index.countries, briefing.data.countries, 1);
    best = bestOf(index, count, when, limit);
  }
  reset();
  return best.map((j) => all[j]!);
}

function countryMembers<B>(index: RelatedIndex<B>, id: string): Uint8Array | undefined {
  let members = index.countryMembers.get(id);
  const list = index.countries.get(id);
  if (!members && list) {
    members = new Uint8Array(index.all.length);
    for (const j of list) members[j] = 1;
    index.countryMembers.set(id, members);
  }
  return members;
}

/** The `limit` best of the positions scored: higher score, then closer in time, then newer (a lower position in the newest-first order). */
function bestOf<B>({ score, touched, time }: RelatedIndex<B>, count: number, when: number, limit: number): number[] {
  const before = (a: number, b: number) =>
    score[a] !== score[b]
      ? score[a]! > score[b]!
      : Math.abs(time[a]! - when) !== Math.abs(time[b]! - when)
        ? Math.abs(time[a]! - when) < Math.abs(time[b]! - when)
        : a < b;
  const best: number[] = [];
  for (let t = 0; t < count; t++) {
    const j = touched[t]!;
    if (best.length === limit && !before(j, best[best.length - 1]!)) continue;
    let at = best.length;
    while (at > 0 && before(j, best[at - 1]!)) at--;
    best.splice(at, 0, j);
    if (best.length > limit) best.pop();
  }
  return best;
}

interface RelatedIndex<B> {
  /** Every briefing the taxonomies name, newest first; a briefing is known by its position here. */
  all: B[];
  position: Map<string, number>;
  /** Date.parse of each briefing's date, by position. */
  time: Float64Array;
  /** Term id → positions of its briefings. */
  actors: Map<string, Int32Array>;
  countries: Map<string, Int32Array>;
  /** Country term id → 1 at the positions of its briefings, 0 elsewhere; made when first asked for. */
  countryMembers: Map<string, Uint8Array>;
  /** Scratch space for the scores of one call, all zero between calls. */
  score: Int32Array;
  /** Scratch space for the positions one call scores. */
  touched: Int32Array;
}

const relatedIndexes = new WeakMap<Map<string, Term<TaggedBriefing>>, WeakMap<Map<string, Term<TaggedBriefing>>, RelatedIndex<TaggedBriefing>>>();

function relatedIndex<B extends TaggedBriefing>(byActor: Map<string, Term<B>>, byCountry: Map<string, Term<B>>): RelatedIndex<B> {
  let inner = relatedIndexes.get(byActor);
  if (!inner) relatedIndexes.set(byActor, (inner = new WeakMap()));
  const found = inner.get(byCountry);
  if (found) return found as unknown as RelatedIndex<B>;
  const unique = new Map<string, B>();
  for (const terms of [byActor, byCountry]) {
    for (const term of terms.values()) for (const b of term.briefings) if (!unique.has(b.id)) unique.set(b.id, b);
  }
  const all = [...unique.values()].sort(newestFirst);
  const position = new Map(all.map((b, i) => [b.id, i]));
  const lists = (terms: Map<string, Term<B>>) => new Map([...terms].map(([id, term]) => [id, Int32Array.from(term.briefings, (b) => position.get(b.id)!)]));
  const index: RelatedIndex<B> = {
    all,
    position,
    time: Float64Array.from(all, (b) => Date.parse(b.data.date)),
    actors: lists(byActor),
    countries: lists(byCountry),
    countryMembers: new Map(),
    score: new Int32Array(all.length),
    touched: new Int32Array(all.length),
  };
  inner.set(byCountry, index as unknown as RelatedIndex<TaggedBriefing>);
  return index;
}

const neighbourPositions = new WeakMap<readonly TaggedBriefing[], Map<string, number>>();

/** The briefings just before and after this one in time, from a newest-first list. */
export function neighbours<B extends TaggedBriefing>(newestFirstList: readonly B[], id: string): { older?: B; newer?: B } {
  // A build asks once per briefing, so the positions are looked up in a map built once per list.
  let positions = neighbourPositions.get(newestFirstList);
  if (!positions) {
    positions = new Map();
    for (let k = newestFirstList.length - 1; k >= 0; k--) positions.set(newestFirstList[k]!.id, k);
    neighbourPositions.set(newestFirstList, positions);
  }
  const i = positions.get(id) ?? -1;
  if (i === -1) return {};
  return { newer: newestFirstList[i - 1], older: newestFirstList[i + 1] };
}
