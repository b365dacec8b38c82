/**
 * The site's content, read once per build. Pages ask here rather than calling
 * getCollection themselves, so indexes are computed once, not once per page.
 */
import { getCollection } from 'astro:content';
import { byNewest } from './lib/briefings.ts';

let published: ReturnType<typeof loadPublished> | undefined;

async function loadPublished() {
  return (await getCollection('briefings', ({ data }) => !data.draft)).sort(byNewest);
}

/** Every briefing that is not a draft, newest first. */
export function publishedBriefings() {
  published ??= loadPublished();
  return published;
}
