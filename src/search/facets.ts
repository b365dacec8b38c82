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
 * values with their numbers of rows, then each value's rows delta-coded as
 * variable-length integers (7 bits a byte): gzipped, about half the size of
 * the same numbers in JSON.
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
}

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

/** The file's bytes, before gzip. */
export function writeFacets(data: FacetData): Uint8Array<ArrayBuffer> {
  const header: Header = { parts: data.parts, facets: {} };
  const body: number[] = [];
  for (const [name, values] of Object.entries(data.facets)) {
    header.facets[name] = values.map(([value, rows]) => [value, rows.length]);
    for (const [, rows] of values) {
      rows.forEach((row, i) => {
        let gap = row - (rows[i - 1] ?? 0);
        for (; gap >= 0x80; gap >>>= 7) body.push((gap & 0x7f) | 0x80);
        body.push(gap);
      });
    }
  }
  const head = new TextEncoder().encode(`${JSON.stringify(header)}\n`);
  const bytes = new Uint8Array(head.length + body.length);
  bytes.set(head);
  bytes.set(body, head.length);
  return bytes;
}

/** The data of the file's bytes (after gunzip). */
export function readFacets(bytes: Uint8Array): FacetData {
  const end = bytes.indexOf(NEWLINE);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(0, end))) as Header;
  let at = end + 1;
  const next = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  const facets: FacetData['facets'] = {};
  for (const [name, values] of Object.entries(header.facets)) {
    facets[name] = values.map(([value, count]) => {
      const rows: number[] = [];
      for (let i = 0, row = 0; i < count; i++) rows.push((row += next()));
      return [value, rows];
    });
  }
  return { parts: header.parts, facets };
}
