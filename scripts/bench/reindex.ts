/**
 * `node scripts/bench/reindex.ts DIR CHUNK_SIZE [PARTS]`: indexes the search
 * documents a kept benchmark copy saved (`--relevance --keep`) again, in PARTS
 * parts (default PART_COUNT) by the hash the build uses (src/search/parts.ts),
 * with Pagefind's word chunks capped at CHUNK_SIZE postings
 * (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE; Pagefind's default is 20,000), into the
 * copy's dist/pagefind/<part>/, and lists the parts on its search page. Then
 * `npm run bench -- --reuse DIR` measures the first query and the relevance
 * of those parts without building the site again. (With another number of
 * parts than the site was built with, the search page finds a result's part
 * by the built one when it must read it from a URL: only the dropping of
 * fallback hits can differ.) Writes the parts' facet files too, from the
 * documents' filters and sort keys, and the date order file. Prints the parts' sizes and indexing time.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Facet, FacetValues } from '../../src/search/facets.ts';
import { pageFiles } from '../../src/search/index/facet-file.ts';
import { dirSize, tempRoot } from './project.ts';
import { keptDocuments } from './relevance.ts';
import { PART_COUNT, searchPartName } from '../../src/search/parts.ts';

const [dir, chunkSize, partCount = String(PART_COUNT)] = process.argv.slice(2);
if (!dir || !chunkSize || !/^\d+$/.test(chunkSize) || !/^\d+$/.test(partCount)) {
  console.error('Usage: node scripts/bench/reindex.ts DIR CHUNK_SIZE [PARTS]');
  process.exit(2);
}
// Read by Pagefind's service when it starts, which the first createIndex does.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSize;
const pagefind = await import('pagefind');

const documents = await keptDocuments(join(dir, 'search-documents'));
const ids = [...documents.keys()];
const byPart = Map.groupBy(ids, (id) => searchPartName(id, Number(partCount)));
const names = [...byPart.keys()].sort((a, b) => Number(a) - Number(b));
const bundle = join(dir, 'dist', 'pagefind');
for (const name of await readdir(bundle, { withFileTypes: true })) if (name.isDirectory()) await rm(join(bundle, name.name), { recursive: true });
const searchPage = join(dir, 'dist', 'search', 'index.html');
await writeFile(searchPage, (await readFile(searchPage, 'utf8')).replace(/data-index-parts="[^"]*"/, `data-index-parts="${names.join(' ')}"`));
const started = performance.now();
try {
  for (const part of names) {
    const partIds = byPart.get(part)!;
    const staging = await mkdtemp(join(tempRoot(), 'sitrep-reindex-'));
    await Promise.all(partIds.map((id) => cp(documents.get(id)!, join(staging, 'briefings', id), { recursive: true })));
    const output = join(bundle, part);
    const { index } = await pagefind.createIndex();
    if (!index) throw new Error('Pagefind created no index');
    await index.addDirectory({ path: staging });
    await index.writeFiles({ outputPath: output });
    await index.deleteIndex();
    await rm(staging, { recursive: true, force: true });
    for (const name of ['pagefind.js', 'pagefind-highlight.js']) await rm(join(output, name), { force: true });
    for (const name of await readdir(output)) if (/^pagefind-(?:component-ui|modular-ui|ui|worker)\./.test(name)) await rm(join(output, name));
    const { bytes, files } = dirSize(output);
    console.log(`part ${part}: ${partIds.length} briefings, ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  }
} finally {
  await pagefind.close();
}
console.log(`indexed ${ids.length} briefings in ${names.length} parts in ${((performance.now() - started) / 1000).toFixed(1)} s`);

/** An attribute's value as the documents escape it (hast-util-to-html: numeric references). */
const unescape = (value: string) => value.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&amp;/g, '&');
/** A document's sort key and filter values, in its record's order (src/search/index/record.ts writes them). */
async function facetRow(id: string): Promise<{ sort: Buffer; values: FacetValues }> {
  const html = await readFile(join(documents.get(id)!, 'index.html'), 'utf8');
  const values = [...html.matchAll(/data-pagefind-filter="([^"[]+)\[data-value\]" data-value="([^"]*)"/g)].map(
    (m) => [m[1] as Facet, unescape(m[2]!)] as const,
  );
  const sort = unescape(/data-pagefind-sort="date\[data-value\]" data-value="([^"]*)"/.exec(html)![1]!);
  return { sort: Buffer.from(sort), values };
}
const rows: FacetValues[][] = [];
const sortKeys: string[][] = [];
// One document at a time: thousands open at once would run out of file descriptors.
for (const part of names) {
  const partRows: { sort: Buffer; values: FacetValues }[] = [];
  for (const id of byPart.get(part)!) partRows.push(await facetRow(id));
  partRows.sort((a, b) => Buffer.compare(a.sort, b.sort));
  rows.push(partRows.map((row) => row.values));
  sortKeys.push(partRows.map((row) => row.sort.toString()));
}
for (const [name, bytes] of pageFiles(rows, sortKeys)) {
  await writeFile(join(bundle, name), bytes);
  console.log(`${name}: ${(bytes.length / 1024).toFixed(1)} KB`);
}
