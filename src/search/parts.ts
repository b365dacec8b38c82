/**
 * The search index is built in parts, one per year of briefings, each a
 * Pagefind index of its own that the search page merges: a rebuild indexes
 * again only the years whose briefings changed (index/build-parts.ts).
 *
 * Pagefind merges the results of several indexes by score. That suits
 * relevance, but in date order a result's score is its rank within its own
 * part, so merged results would interleave the years. Because a part holds one
 * year and the year is a filter, the search page asks each year in turn and
 * lists the answers newest year first (`yearByYear`).
 */
import { paths } from '../routes.ts';

/** The part a briefing's search record goes to: its year, which is also the value of its `year` filter. */
export function searchPartName(date: string): string {
  return date.slice(0, 4);
}

/** Where a part's index is served from, as a site path (without the base). */
export function searchPartPath(name: string): string {
  return paths.pagefind(`${name}/`);
}

/** The parts of the briefings given, newest first. */
export function searchPartNames(dates: Iterable<string>): string[] {
  return [...new Set([...dates].map(searchPartName))].sort((a, b) => b.localeCompare(a));
}

type Filters = Partial<Record<string, readonly string[]>>;

/**
 * The searches that list results newest first across parts: one per part, in
 * the parts' order, each narrowed to that part's year. Parts the reader's own
 * year filter rules out are not asked (filters must all match, so a year
 * chosen excludes every other).
 */
export function yearByYear<F extends Filters>(filters: F, parts: readonly string[]): { part: string; filters: F & { year: string[] } }[] {
  const chosen = filters.year ?? [];
  return parts
    .filter((part) => chosen.every((year) => year === part))
    .map((part) => ({ part, filters: { ...filters, year: [...new Set([...chosen, part])] } }));
}
