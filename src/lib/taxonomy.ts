/**
 * Actor and country pages are two views of one structure, as Hugo's taxonomies
 * are: for each term, the briefings that name it and the terms that appear with
 * it. Built once per build from briefing metadata, never from bodies.
 */

export interface TaggedBriefing {
  id: string;
  data: { date: string; title: string; actors: readonly string[]; countries: readonly string[] };
}

export type TaxonomyKey = 'actors' | 'countries';

export interface Term<B extends TaggedBriefing> {
  id: string;
  /** Newest first. */
  briefings: B[];
  /** Terms that appear in the same briefings, with how often, most frequent first. */
  related: Record<TaxonomyKey, { id: string; count: number }[]>;
}

export function buildTaxonomy<B extends TaggedBriefing>(briefings: readonly B[], key: TaxonomyKey): Map<string, Term<B>> {
  const terms = new Map<string, { briefings: B[]; related: Record<TaxonomyKey, Map<string, number>> }>();
  for (const briefing of briefings) {
    for (const id of briefing.data[key]) {
      let term = terms.get(id);
      if (!term) {
        term = { briefings: [], related: { actors: new Map(), countries: new Map() } };
        terms.set(id, term);
      }
      term.briefings.push(briefing);
      for (const other of ['actors', 'countries'] as const) {
        for (const otherId of briefing.data[other]) {
          if (other === key && otherId === id) continue;
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
        related: { actors: rank(term.related.actors), countries: rank(term.related.countries) },
      },
    ]),
  );
}

function rank(counts: Map<string, number>): { id: string; count: number }[] {
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

export function newestFirst(a: TaggedBriefing, b: TaggedBriefing): number {
  return b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id);
}

/** The terms with the most briefings, for the home page. */
export function mostActive<B extends TaggedBriefing>(taxonomy: Map<string, Term<B>>, limit: number): Term<B>[] {
  return [...taxonomy.values()].sort((a, b) => b.briefings.length - a.briefings.length || a.id.localeCompare(b.id)).slice(0, limit);
}

/**
 * Briefings that share the most actors and countries with this one; ties go to
 * the closest in time. Uses the taxonomy, so it costs a few lookups per
 * briefing rather than a scan of the whole corpus.
 */
export function relatedBriefings<B extends TaggedBriefing>(
  briefing: B,
  byActor: Map<string, Term<B>>,
  byCountry: Map<string, Term<B>>,
  limit = 4,
): B[] {
  const scores = new Map<string, { briefing: B; score: number }>();
  const add = (terms: Map<string, Term<B>>, ids: readonly string[], weight: number) => {
    for (const id of ids) {
      for (const other of terms.get(id)?.briefings ?? []) {
        if (other.id === briefing.id) continue;
        const entry = scores.get(other.id) ?? { briefing: other, score: 0 };
        entry.score += weight;
        scores.set(other.id, entry);
      }
    }
  };
  // An actor in common says more about a story than a country in common.
  add(byActor, briefing.data.actors, 2);
  add(byCountry, briefing.data.countries, 1);
  const when = Date.parse(briefing.data.date);
  return [...scores.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        Math.abs(Date.parse(a.briefing.data.date) - when) - Math.abs(Date.parse(b.briefing.data.date) - when) ||
        newestFirst(a.briefing, b.briefing),
    )
    .slice(0, limit)
    .map((entry) => entry.briefing);
}

/** The briefings just before and after this one in time, from a newest-first list. */
export function neighbours<B extends TaggedBriefing>(newestFirstList: readonly B[], id: string): { older?: B; newer?: B } {
  const i = newestFirstList.findIndex((b) => b.id === id);
  if (i === -1) return {};
  return { newer: newestFirstList[i - 1], older: newestFirstList[i + 1] };
}
