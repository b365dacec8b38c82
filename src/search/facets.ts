/**
 * The facet files: every briefing's filter values, one file per filter, so
 * that the search page counts what each filter would leave without
 * Pagefind's filter chunks (plain page lists, 135–157 KB for all filters at
 * 10,000 briefings), and lists the briefings a filter-only search matches
 * from the files of the filters chosen alone. The build writes them from the
 * same records as the index parts (index/facet-file.ts); the page reads them
 * (client/facet-table.ts).
 *
 * A row is a briefing. The rows are the parts' pages in the parts' order,
 * each part's in its date order as Pagefind sorts it (oldest first), so a
 * result's row is its part's first row plus its position, which a
 * date-sorted search gives (client/part-scores.ts) without loading a
 * fragment. A file is a line of JSON, the parts' sizes and the filter's
 * values with their numbers of rows, then each value's rows as Rice-coded
 * gaps (./rice.ts): with the parameter chosen from the value's share of the
 * rows, within a few per cent of the fewest bits any code for a random set
 * of that size can use (about 54 KB for the 72,000 rows of a 10,000-briefing
 * corpus, where delta-coded bytes took 64 KB gzipped). Each file is gzipped,
 * which shrinks the JSON and runs of rows such as a year's.
 */
import { BitWriter, readJsonLine, riceParameter, withJsonLine } from './rice.ts';

/** The filters, in the order the search page lists them. */
export const FACETS = ['actor', 'country', 'place', 'topic', 'year', 'status'] as const;
export type Facet = (typeof FACETS)[number];

/** Where the build writes a filter's file, beside the parts (under /pagefind/). Gzipped, as Pagefind's files are. */
export const facetFileName = (facet: Facet): string => `sitrep-facet-${facet}.bin`;

/** A briefing's filter values, as its search record lists them (index/record.ts). */
export type FacetValues = readonly (readonly [name: Facet, value: string])[];

/** A filter's values, in order, each with the rows that have it, ascending. */
export type FacetRows = [value: string, rows: number[]][];

export interface FacetData {
  /** Rows per part, in the parts' order. */
  parts: number[];
  /** Per filter, its values and their rows; every filter, with no values if no briefing has one. */
  facets: Record<Facet, FacetRows>;
}

/** What one filter's file holds. */
export interface FacetFile {
  parts: number[];
  values: FacetRows;
}

interface Header {
  parts: number[];
  values: [value: string, rows: number][];
  /** When every row has one value of the filter, the index of the value whose rows are left out (restValue). */
  rest?: number;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The facet data of the parts' rows, each part's rows in Pagefind's date order. */
export function facetData(parts: readonly (readonly FacetValues[])[]): FacetData {
  const rows = new Map<Facet, Map<string, number[]>>(FACETS.map((facet) => [facet, new Map()]));
  let row = 0;
  for (const part of parts) {
    for (const values of part) {
      for (const [name, value] of values) {
        const byValue = rows.get(name)!;
        const list = byValue.get(value) ?? byValue.set(value, []).get(value)!;
        // A value given twice to one briefing counts once, as Pagefind counts it.
        if (list.at(-1) !== row) list.push(row);
      }
      row++;
    }
  }
  const facets = Object.fromEntries(
    FACETS.map((facet) => {
      const byValue = rows.get(facet)!;
      return [facet, [...byValue.keys()].sort(byString).map((value) => [value, byValue.get(value)!])];
    }),
  ) as FacetData['facets'];
  return { parts: parts.map((part) => part.length), facets };
}

/**
 * A facet every row has exactly one value of (status, year): the rows of
 * its largest value are the rows no other value has, so they are left out.
 */
function restValue(values: readonly (readonly [string, readonly number[]])[], rowCount: number): number | undefined {
  const seen = new Uint8Array(rowCount);
  let total = 0;
  for (const [, rows] of values) for (const row of rows) total += seen[row] = 1;
  if (total !== rowCount || seen.some((row) => row === 0) || !values.length) return undefined;
  let largest = 0;
  values.forEach(([, rows], i) => {
    if (rows.length > values[largest]![1].length) largest = i;
  });
  return largest;
}

/** A filter's file, before gzip. */
export function writeFacet({ parts, values }: FacetFile): Uint8Array<ArrayBuffer> {
  const rowCount = parts.reduce((a, b) => a + b, 0);
  const rest = restValue(values, rowCount);
  const bits = new BitWriter();
  values.forEach(([, rows], i) => {
    if (i !== rest) bits.riceGaps(rows, riceParameter(rowCount, rows.length));
  });
  const header: Header = { parts, values: values.map(([value, rows]) => [value, rows.length]), ...(rest === undefined ? {} : { rest }) };
  return withJsonLine(header, bits);
}

/** A filter's file from its bytes (after gunzip). */
export function readFacet(bytes: Uint8Array): FacetFile {
  const { header, bits } = readJsonLine<Header>(bytes);
  const rowCount = header.parts.reduce((a, b) => a + b, 0);
  const values = header.values.map(([value, count], i): [string, number[]] => [
    value,
    i === header.rest ? [] : bits.riceGaps(count, riceParameter(rowCount, count)),
  ]);
  if (header.rest !== undefined) {
    const taken = new Uint8Array(rowCount);
    for (const [, rows] of values) for (const row of rows) taken[row] = 1;
    for (let row = 0; row < rowCount; row++) if (!taken[row]) values[header.rest]![1].push(row);
  }
  return { parts: header.parts, values };
}
