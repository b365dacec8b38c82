/**
 * The facet file: every briefing's filter values, so that the search page
 * counts what each filter would leave without Pagefind's filter chunks
 * (plain page lists, 135–157 KB for all filters at 10,000 briefings). The
 * build writes it from the same records as the index parts
 * (index/facet-file.ts); the page reads it (client/facet-table.ts).
 *
 * A row is a briefing. The rows are the parts' pages in the parts' order,
 * each part's in its date order as Pagefind sorts it (oldest first), so a
 * result's row is its part's first row plus its position, which a
 * date-sorted search gives (client/part-scores.ts) without loading a
 * fragment. The file is a line of JSON, the parts' sizes and per facet its
 * values with their numbers of rows, then each value's rows as gaps in
 * Rice codes, a bit stream: with the parameter chosen from the value's share
 * of the rows, a value's rows take within a few per cent of the fewest bits
 * any code for a random set of that size can (about 53 KB for the 72,000
 * rows of a 10,000-briefing corpus, where delta-coded bytes took 64 KB
 * gzipped). The whole file is gzipped, which shrinks the JSON and runs of
 * rows such as a year's.
 */

/** Where the build writes it, beside the parts (under /pagefind/). Gzipped, as Pagefind's files are. */
export const FACET_FILE = 'sitrep-facets.bin';

/** A briefing's filter values, as its search record lists them (index/record.ts). */
export type FacetValues = readonly (readonly [name: string, value: string])[];

export interface FacetData {
  /** Rows per part, in the parts' order. */
  parts: number[];
  /** Per facet, per value (in order): the rows that have it, ascending. */
  facets: Record<string, [value: string, rows: number[]][]>;
}

interface Header {
  parts: number[];
  facets: Record<string, [value: string, rows: number][]>;
  /** Per facet whose every row has one value, the index of the value whose rows are left out (restValue). */
  rest: Record<string, number>;
}

import { BitReader, BitWriter, riceParameter } from './rice.ts';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const NEWLINE = 0x0a;

/** The facet data of the parts' rows, each part's rows in Pagefind's date order. */
export function facetData(parts: readonly (readonly FacetValues[])[]): FacetData {
  const rows = new Map<string, Map<string, number[]>>();
  let row = 0;
  for (const part of parts) {
    for (const values of part) {
      for (const [name, value] of values) {
        const byValue = rows.get(name) ?? rows.set(name, new Map()).get(name)!;
        const list = byValue.get(value) ?? byValue.set(value, []).get(value)!;
        // A value given twice to one briefing counts once, as Pagefind counts it.
        if (list.at(-1) !== row) list.push(row);
      }
      row++;
    }
  }
  const facets: FacetData['facets'] = {};
  for (const name of [...rows.keys()].sort(byString)) {
    const byValue = rows.get(name)!;
    facets[name] = [...byValue.keys()].sort(byString).map((value) => [value, byValue.get(value)!]);
  }
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

/** The file's bytes, before gzip. */
export function writeFacets(data: FacetData): Uint8Array<ArrayBuffer> {
  const header: Header = { parts: data.parts, facets: {}, rest: {} };
  const rowCount = data.parts.reduce((a, b) => a + b, 0);
  const bits = new BitWriter();
  for (const [name, values] of Object.entries(data.facets)) {
    header.facets[name] = values.map(([value, rows]) => [value, rows.length]);
    const rest = restValue(values, rowCount);
    if (rest !== undefined) header.rest[name] = rest;
    values.forEach(([, rows], i) => {
      if (i !== rest) bits.riceGaps(rows, riceParameter(rowCount, rows.length));
    });
  }
  const head = new TextEncoder().encode(`${JSON.stringify(header)}\n`);
  const body = bits.bytes();
  const bytes = new Uint8Array(head.length + body.length);
  bytes.set(head);
  bytes.set(body, head.length);
  return bytes;
}

/** The data of the file's bytes (after gunzip). */
export function readFacets(bytes: Uint8Array): FacetData {
  const end = bytes.indexOf(NEWLINE);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(0, end))) as Header;
  const rowCount = header.parts.reduce((a, b) => a + b, 0);
  const bits = new BitReader(bytes.subarray(end + 1));
  const facets: FacetData['facets'] = {};
  for (const [name, values] of Object.entries(header.facets)) {
    const rest = header.rest[name];
    const read = values.map(([value, count], i): [string, number[]] => [value, i === rest ? [] : bits.riceGaps(count, riceParameter(rowCount, count))]);
    if (rest !== undefined) {
      const taken = new Uint8Array(rowCount);
      for (const [, rows] of read) for (const row of rows) taken[row] = 1;
      for (let row = 0; row < rowCount; row++) if (!taken[row]) read[rest]![1].push(row);
    }
    facets[name] = read;
  }
  return { parts: header.parts, facets };
}
