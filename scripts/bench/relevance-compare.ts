/**
 * Compares what the site's search finds with what one Pagefind index over the
 * same documents finds (relevance.ts runs both): pure, unit-tested.
 *
 * One index is the reference: its statistics are global and it never falls
 * back to a prefix for a word it holds. The site's results are a superset of
 * it (every briefing is in exactly one part, and a part finds a word's pages
 * as one index would), plus the pages a part found by a shorter word because
 * it lacked the word itself (a prefix fallback), which the difference of the
 * counts counts. It also counts longer words one index missed: Pagefind loads
 * only the word chunk the query word falls in, so a longer word that begins it
 * ("ministry" for "minister") is not found when it sits in the next chunk,
 * and the parts have other chunk edges than one index.
 */
import type { QueryKind } from './queries.ts';

export interface RankedAnswer {
  /** Result URLs, best first: at least the first ten. */
  top: string[];
  /** How many results in all. */
  found: number;
}

export interface QueryComparison {
  query: string;
  kind: QueryKind;
  /** Of the reference's first ten (or fewer, when it finds fewer), how many are in the site's first ten. */
  shared: number;
  /** The most that could be shared: ten, or the reference's count when smaller. */
  possible: number;
  firstAgrees: boolean;
  siteFound: number;
  referenceFound: number;
  /** Results the site found that one index does not: a part's prefix fallback, or a chunk edge of one index. */
  extraHits: number;
}

export interface RelevanceSummary {
  queries: number;
  /** Queries sharing at least 9 of 10 (or all, when fewer than 10 are found). */
  nineOfTen: number;
  firstAgrees: number;
  /** The fewest shared among the queries, against the most possible for that query. */
  worst: { query: string; shared: number; possible: number } | undefined;
  extraHits: number;
  /** The issue's targets: 9 of 10 for every query, the same first result for 18 of 20. */
  meetsTargets: boolean;
}

const TOP = 10;

export function compareAnswers(query: string, kind: QueryKind, site: RankedAnswer, reference: RankedAnswer): QueryComparison {
  const siteTop = new Set(site.top.slice(0, TOP));
  const referenceTop = reference.top.slice(0, TOP);
  return {
    query,
    kind,
    shared: referenceTop.filter((url) => siteTop.has(url)).length,
    possible: referenceTop.length,
    firstAgrees: site.top[0] === reference.top[0],
    siteFound: site.found,
    referenceFound: reference.found,
    extraHits: Math.max(0, site.found - reference.found),
  };
}

/** Whether a query shares enough: 9 of 10, or every result when one index finds fewer than 10. */
function sharesEnough(c: QueryComparison): boolean {
  return c.shared >= (c.possible >= TOP ? TOP - 1 : c.possible);
}

export function summarise(comparisons: readonly QueryComparison[]): RelevanceSummary {
  const worst = [...comparisons].sort((a, b) => a.shared - a.possible - (b.shared - b.possible))[0];
  const nineOfTen = comparisons.filter(sharesEnough).length;
  const firstAgrees = comparisons.filter((c) => c.firstAgrees).length;
  return {
    queries: comparisons.length,
    nineOfTen,
    firstAgrees,
    worst: worst && { query: worst.query, shared: worst.shared, possible: worst.possible },
    extraHits: comparisons.reduce((sum, c) => sum + c.extraHits, 0),
    meetsTargets: nineOfTen === comparisons.length && firstAgrees >= Math.ceil(comparisons.length * 0.9),
  };
}

/** The report's lines: one per query, then the summary. */
export function relevanceLines(comparisons: readonly QueryComparison[]): string[] {
  const s = summarise(comparisons);
  const width = Math.max(...comparisons.map((c) => c.query.length), 5);
  return [
    `relevance against one index       ${s.nineOfTen}/${s.queries} queries share ≥9 of the top 10, ${s.firstAgrees}/${s.queries} the same first result, ${s.extraHits} hits one index lacks${s.worst ? `; worst "${s.worst.query}" ${s.worst.shared}/${s.worst.possible}` : ''}${s.meetsTargets ? ' (meets the targets)' : ''}`,
    ...comparisons.map(
      (c) =>
        `  ${c.query.padEnd(width)}  ${c.kind.padEnd(9)}  top 10 ${String(c.shared).padStart(2)}/${String(c.possible).padEnd(2)}  first ${c.firstAgrees ? 'same' : 'DIFF'}  found ${c.siteFound} (one index ${c.referenceFound})${c.extraHits ? `, ${c.extraHits} more` : ''}`,
    ),
  ];
}
