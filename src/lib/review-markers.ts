/**
 * The placeholders a draft from `npm run ingest` holds, each saying what it
 * still needs: `TODO(source)` after a figure or a claim verb, `TODO(cite)` at
 * the end of a sentence, `TODO(review)` before words taken from the report,
 * `TODO(speaker)` for a quote whose speaker the report does not name. Each is
 * the scaffold's marker, so the check (rules/placeholders.ts) refuses to
 * publish a briefing that holds one, and words its message from here.
 */
import { PLACEHOLDER_MARKER } from './scaffold.ts';

export const REVIEW_NEEDS = {
  source: {
    says: 'needs a source for the figure or claim before it',
    hint: 'Find a dated source that gives it, add it to `sources` and cite it with <Cite source="n" />, or delete the words; then delete the marker.',
  },
  cite: {
    says: 'needs a citation for the sentence before it',
    hint: 'End the sentence with <Cite source="n" /> for the source that supports it, or delete the sentence; then delete the marker.',
  },
  review: {
    says: 'needs review (its words are the report’s)',
    hint: 'Check the words against the sources, write them in your own words, then delete the marker.',
  },
  speaker: {
    says: 'needs the speaker of the quote',
    hint: 'Name who said it, as the source gives it, or delete the quote.',
  },
} as const;

export type ReviewNeed = keyof typeof REVIEW_NEEDS;

/** `TODO(source)`: the marker for one need. */
export function reviewMarker(need: ReviewNeed): string {
  return `${PLACEHOLDER_MARKER}(${need})`;
}

/** The marker, bare or with a need: group 1 is the need's name. */
export const MARKER_PATTERN = new RegExp(`\\b${PLACEHOLDER_MARKER}\\b(?:\\((\\w+)\\))?`, 'g');

/** What a marker found in a file needs; undefined for a bare `TODO` or a need this list does not have. */
export function needOf(name: string | undefined): (typeof REVIEW_NEEDS)[ReviewNeed] | undefined {
  return name !== undefined && Object.hasOwn(REVIEW_NEEDS, name) ? REVIEW_NEEDS[name as ReviewNeed] : undefined;
}

/**
 * An actor whose role or description still holds a placeholder, as the stubs
 * `npm run ingest` writes do: only drafts may name it (rules/unreviewed-actors.ts),
 * and it gets no page (src/data/site-index.ts).
 */
export function isUnreviewedActor(actor: { role: string; description: string }): boolean {
  const marker = new RegExp(`\\b${PLACEHOLDER_MARKER}\\b`);
  return marker.test(actor.role) || marker.test(actor.description);
}
