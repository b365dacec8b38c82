import { paths, siteBase, withBase } from '../routes.ts';

/** A link to the search page with filters applied, as a reader would share it: an href, under the site's base. */
export function searchUrl(
  params: { q?: string; actor?: string; country?: string; place?: string; topic?: string; year?: string },
  base: string = siteBase(),
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return withBase(paths.search(text ? `?${text}` : ''), base);
}
