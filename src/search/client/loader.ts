/**
 * Loads Pagefind's script and merges the index parts the build wrote (a random
 * sample of the briefings each, ../parts.ts and ../index/build-parts.ts; their
 * names are in the root's data-index-parts), and, when first needed, their
 * facet file (../facets.ts) and date order file (../date-order.ts), all under
 * the base the site is served from.
 */
import { paths, siteBase, withBase } from '../../routes.ts';
import { DATE_ORDER_FILE, readDateOrder } from '../date-order.ts';
import { FACETS, facetFileName, type Facet } from '../facets.ts';
import { DISPLAY_META } from '../meta.ts';
import { NAMES_FIELD, NAMES_WEIGHT } from '../names.ts';
import { fetchCompactFile } from './compact-file.ts';
import { searchPartPath } from '../parts.ts';
import { loadFacetFile } from './facet-table.ts';
import { IndexSearch } from './index-search.ts';
import { partWeight } from './part-scores.ts';
import type { Pagefind } from './pagefind-api.ts';

/**
 * Options for every part: Pagefind applies options() to the first index only.
 * The records hold base-free paths (/briefings/<id>/); `baseUrl` puts the
 * result links under the base. Each part ranks its own results, so each is
 * told how little a match in the names a briefing is tagged with counts
 * (../names.ts), and that a match in what a result only shows counts for
 * nothing (../meta.ts); the title keeps Pagefind's default weight.
 */
export function partOptions(base: string = siteBase()): Record<string, unknown> {
  const metaWeights = { ...Object.fromEntries(DISPLAY_META.map((field) => [field, 0])), [NAMES_FIELD]: NAMES_WEIGHT };
  return { baseUrl: base, highlightParam: 'highlight', excerptLength: 26, ranking: { metaWeights } };
}

/** The URLs of Pagefind's script, of each part's index and of the parts' facet and date order files, under the base. */
export function bundleUrls(
  parts: readonly string[],
  base: string = siteBase(),
): { script: string; parts: string[]; facets: Record<Facet, string>; order: string } {
  return {
    script: withBase(paths.pagefind('pagefind.js'), base),
    parts: parts.map((part) => withBase(searchPartPath(part), base)),
    facets: Object.fromEntries(FACETS.map((facet) => [facet, withBase(paths.pagefind(facetFileName(facet)), base)])) as Record<Facet, string>,
    order: withBase(paths.pagefind(DATE_ORDER_FILE), base),
  };
}

/** The index parts the page names, in the order they are merged. */
export function indexParts(root: HTMLElement): string[] {
  return (root.dataset.indexParts ?? '').split(' ').filter(Boolean);
}

/** Pagefind with every part merged, ready to search; undefined when nothing is published. */
export async function openIndex(root: HTMLElement): Promise<IndexSearch | undefined> {
  const parts = indexParts(root);
  if (!parts.length) return undefined;
  // Rather than a 404 for the script: the status line says the same (status-text.ts).
  if (import.meta.env.DEV) throw new Error('The dev server serves no search index: npm run build writes it.');
  const urls = bundleUrls(parts);
  const pagefind = (await import(/* @vite-ignore */ urls.script)) as Pagefind;
  const options = partOptions();
  // The main thread is fast enough for a briefing desk, and skipping the worker saves a 40 KB download.
  await pagefind.options({ basePath: urls.parts[0], noWorker: true, ...options });
  // The other parts share the first one's WebAssembly: each adds only its own index files. Each part's weight
  // tags its scores, so that a result's part can be told (part-scores.ts); the first part's weight is 1.
  for (const [i, part] of urls.parts.entries()) if (i > 0) await pagefind.mergeIndex(part, { ...options, indexWeight: partWeight(i) });
  return new IndexSearch(pagefind, parts, {
    facet: (facet) => loadFacetFile(urls.facets[facet]),
    order: async () => readDateOrder(await fetchCompactFile(urls.order, 'date order')),
  });
}
