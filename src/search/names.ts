/**
 * Names a briefing is found by although its text may not use them: the names
 * and aliases of what it is tagged with (its places and their regions, its
 * actors, its countries with their official names, alternative spellings and
 * demonyms). A reader types "Zaporozhye", "Umierov" or "DPRK", and the
 * briefing says "Zaporizhzhia", "Umerov" and "North Korea". Spelling variants
 * are found through these aliases, not by normalising words: Pagefind's
 * stemming does not join "Kiev" and "Kyiv", and a rule that did would also
 * join names that differ.
 *
 * They go into the index as one metadata field (../index/record.ts), not as
 * text: Pagefind (1.5 and later) searches metadata, but builds a result's
 * excerpt from the text only, so a name found here never shows in an excerpt,
 * and a page matched by nothing else is still a result, with the opening of
 * its text as the excerpt. The search page weighs matches in the field
 * (client/loader.ts).
 */

/** The metadata field that holds the names. */
export const NAMES_FIELD = 'names';

/**
 * How much a match in the names counts, against Pagefind's BM25 score of the
 * text. Pagefind adds `weight × idf` to the score of a page whose names hold
 * the word; one plain mention of it in a text ten times the average length
 * scores about 0.32 × idf (term saturation 1.4, page length 0.75, and the
 * 1.8 bonus of a word spelt as typed). So a briefing whose own text uses the
 * word ranks above one only tagged with it.
 */
export const NAMES_WEIGHT = 0.3;

/**
 * The field's value. Pagefind numbers the words of a metadata value by
 * position and indexes "·" as no word, so a quoted phrase cannot run from
 * the end of one name into the next ("Oblast Kursk").
 */
export function namesValue(names: readonly string[]): string {
  return names.join(' · ');
}
