/**
 * The metadata a search result shows (client/result.ts reads it). Pagefind
 * (1.5 and later) searches every metadata field and, unless told otherwise,
 * boosts a page by a match in it at weight 1, so "November" would lift every
 * briefing through its date and "reported" every reported one. The search
 * page gives these fields a weight of 0 (client/loader.ts): a match in them no
 * longer ranks a page. It still makes the page a result (Pagefind has no
 * metadata it does not search), so such a page comes after every page whose
 * text or names match. The summary loses nothing: it is in the text too.
 */
export const DISPLAY_META = ['date', 'datetime', 'summary', 'flag', 'status'] as const;

export type DisplayMeta = (typeof DISPLAY_META)[number];
