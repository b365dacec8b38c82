/** A link to the search page with filters applied, as a reader would share it. */
export function searchUrl(params: { q?: string; actor?: string; country?: string; topic?: string; year?: string }): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `/search/?${text}` : '/search/';
}
