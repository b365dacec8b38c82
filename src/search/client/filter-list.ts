/**
 * Which values a filter lists, in what order, and how many before "Show
 * all": pure functions, shown by filters.ts.
 */
import type { FilterKey } from './state.ts';

/** Values shown per filter before "Show all". */
export const SHORT_LIST = 6;

/**
 * The values of a filter, in the order they are listed: years newest first,
 * others by how many briefings have them, then by name. Values the URL asks
 * for but the index lacks (a misspelt link) are listed too, so they can be
 * seen and removed.
 */
export function filterValues(key: FilterKey, totals: Readonly<Record<string, number>> | undefined, chosen: readonly string[]): string[] {
  const counts: Record<string, number> = { ...Object.fromEntries(chosen.map((value) => [value, 0])), ...totals };
  return Object.keys(counts).sort(key === 'year' ? (a, b) => b.localeCompare(a) : (a, b) => counts[b]! - counts[a]! || a.localeCompare(b));
}

export interface FilterRow {
  /** Results the value would leave. */
  count: number;
  selected: boolean;
  /** Whether the row holds the focus, which must not vanish from under the reader. */
  focused: boolean;
}

export interface FilterListView {
  /** Per row, in order, whether it is listed. */
  shown: boolean[];
  /** Whether the whole filter is hidden: no value would leave a result. */
  hidden: boolean;
  more: { hidden: boolean; label: string };
}

/**
 * Lists each value that would leave results, or is chosen or focused; a
 * long list is cut to SHORT_LIST (keeping chosen and focused values) until
 * the reader expands it. A list one longer than SHORT_LIST is not cut: a
 * "Show all" for one more value would take as much room as the value.
 */
export function filterListView(rows: readonly FilterRow[], expanded: boolean): FilterListView {
  const available = rows.map((row) => row.count > 0 || row.selected || row.focused);
  const availableCount = available.filter(Boolean).length;
  const short = !expanded && availableCount > SHORT_LIST + 1;
  let listed = 0;
  const shown = rows.map((row, i) => {
    const show = available[i]! && (!short || listed < SHORT_LIST || row.selected || row.focused);
    if (show) listed++;
    return show;
  });
  return {
    shown,
    hidden: availableCount === 0,
    more: { hidden: availableCount <= SHORT_LIST + 1, label: expanded ? 'Show fewer' : `Show all ${availableCount}` },
  };
}
