/**
 * Fetches one of the search page's own files under /pagefind/ (the facet
 * file, the date order file), written gzipped as Pagefind's are; a host
 * that already unzipped it (Content-Encoding) is fine too.
 */
const GZIP = [0x1f, 0x8b];

export async function fetchCompactFile(url: string, what: string): Promise<Uint8Array> {
  // Revalidated on each visit: the file's name does not change when the index does.
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`The search ${what} (${url}) did not load: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== GZIP[0] || bytes[1] !== GZIP[1]) return bytes;
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
}
