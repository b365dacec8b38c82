/**
 * Pagefind finds a query word in an index by the word and the longer words it
 * begins; an index with neither falls back to the longest word it holds that
 * the query word begins with ("vilm" for "vilmarmyr"; pagefind_web's
 * find_word_extensions). One index that holds the word never falls back, but
 * a part that lacks it does, and its unrelated hits join the merged results.
 *
 * So, for each query word found as it is typed in some part (an exact search,
 * `"word"`, finds only the word itself), the parts that do not hold it are
 * checked: one hit's text tells whether the part matched a longer word the
 * query word begins ("vilmarmyrska", kept, as one index would) or a shorter
 * one (a fallback: all its hits are dropped). A part matches a word one way
 * for all its hits, so one hit per part is enough.
 */

/** The words of a term whose fallback is checked: none for a quoted phrase, which Pagefind matches exactly. */
export function queryWords(term: string | null): string[] {
  if (!term || /^\s*".+"\s*$/.test(term)) return [];
  return [...new Set(term.replace(/"/g, ' ').trim().split(/\s+/).filter(Boolean))];
}

/** Lowercased, without diacritics or punctuation, as Pagefind indexes a word. */
function normalise(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}

/**
 * Whether a word of a hit's text matched the query word as a word that begins
 * with it rather than as a shorter word it begins. A fallback matches a
 * shorter indexed word, so a text word shorter than the query word is one
 * ("Zaplyn" for "zaplynpe"); a longer or equal one must begin with the query
 * word, whose last letter may differ ("striker" for "strikes", as Pagefind's
 * stemmer lets it).
 */
export function beginsWith(textWord: string, queryWord: string): boolean {
  const typed = normalise(queryWord);
  const word = normalise(textWord);
  return word.length >= typed.length && word.startsWith(typed.slice(0, Math.max(1, typed.length - 1)));
}

/**
 * Whether a hit matched the query word as one index would: some word of its
 * text at the hit's locations begins with it. A hit with no locations in its
 * text matched in its names (../names.ts), which cannot be told: it counts as
 * a match.
 */
export function matchesAsOneIndex(fragment: { content?: string; locations?: readonly number[] }, queryWord: string): boolean {
  const locations = fragment.locations ?? [];
  if (!locations.length) return true;
  const words = (fragment.content ?? '').split(/[\r\n\s]+/g);
  return locations.some((location) => beginsWith(words[location] ?? '', queryWord));
}
