/**
 * The search page's own files beside the parts: the facet files
 * (../facets.ts) and the date order file (../date-order.ts), from the parts'
 * records, the same records the parts are indexed from, each part's in
 * Pagefind's date order, so that a row is where the page a search finds says
 * it is.
 */
import { gzipSync } from 'node:zlib';
import { DATE_ORDER_FILE, writeDateOrder } from '../date-order.ts';
import { FACETS, facetData, facetFileName, writeFacet, type FacetValues } from '../facets.ts';
import type { SearchPart, SearchRecord } from './record.ts';

/** Pagefind sorts a string sort key by its UTF-8 bytes (Rust's order of strings), stably. */
function pagefindOrder(a: SearchRecord, b: SearchRecord): number {
  return Buffer.compare(Buffer.from(a.sort.date), Buffer.from(b.sort.date));
}

/** A part's records in Pagefind's date order, oldest first. */
const inDateOrder = (records: readonly SearchRecord[]) => [...records].sort(pagefindOrder);

/** A part's filter values by row: its records in Pagefind's date order, oldest first. */
export function facetRows(records: readonly SearchRecord[]): FacetValues[] {
  return inDateOrder(records).map((record) => record.filters);
}

/**
 * The files, by name, gzipped as the page loads them, from each part's
 * filter values and sort keys, both in Pagefind's date order (the benchmark
 * gives them from indexed documents).
 */
export function pageFiles(rows: readonly (readonly FacetValues[])[], sortKeys: readonly (readonly string[])[]): Map<string, Buffer> {
  const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 });
  const data = facetData(rows);
  return new Map([
    ...FACETS.map((facet) => [facetFileName(facet), gzip(writeFacet({ parts: data.parts, values: data.facets[facet] }))] as const),
    [DATE_ORDER_FILE, gzip(writeDateOrder(sortKeys))],
  ]);
}

/** The files of the parts, in their order. */
export function partFiles(parts: readonly Pick<SearchPart, 'heads'>[]): Map<string, Buffer> {
  const ordered = parts.map((part) => inDateOrder(part.heads));
  return pageFiles(
    ordered.map((records) => records.map((record) => record.filters)),
    ordered.map((records) => records.map((record) => record.sort.date)),
  );
}
