/**
 * The facet file (../facets.ts) and the date order file (../date-order.ts)
 * from the parts' records: the same records the parts are indexed from, each
 * part's in Pagefind's date order, so that a row is where the page a search
 * finds says it is.
 */
import { gzipSync } from 'node:zlib';
import { writeDateOrder } from '../date-order.ts';
import { facetData, writeFacets, type FacetValues } from '../facets.ts';
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

/** The facet file of the parts, in their order, gzipped as the page loads it. */
export function facetFile(parts: readonly Pick<SearchPart, 'heads'>[]): Buffer {
  return gzipSync(writeFacets(facetData(parts.map((part) => facetRows(part.heads)))), { level: 9 });
}

/** The date order file of the parts, in their order, gzipped as the page loads it. */
export function dateOrderFile(parts: readonly Pick<SearchPart, 'heads'>[]): Buffer {
  return gzipSync(writeDateOrder(parts.map((part) => inDateOrder(part.heads).map((record) => record.sort.date))), { level: 9 });
}
