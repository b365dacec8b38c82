/**
 * /data/briefings.json: every published briefing's metadata, as the content
 * states it, with its page's address. Bodies are left out: they are the
 * pages, and would make the file dozens of times larger.
 */
import type { Briefing } from '../../content.config.ts';
import { link } from '../../routes.ts';
import { absoluteUrl } from '../../lib/absolute-url.ts';
import { fileHeader, lastChange } from './dataset.ts';
import type { BriefingRecord, ExportFile } from './schemas.ts';

export interface BriefingInput {
  id: string;
  data: Briefing;
}

export function briefingRecord({ id, data }: BriefingInput, siteUrl: URL | undefined): BriefingRecord {
  return {
    id,
    url: absoluteUrl(link.briefing(id), siteUrl),
    title: data.title,
    date: data.date,
    summary: data.summary,
    actors: data.actors,
    countries: data.countries,
    places: data.places,
    topics: data.topics,
    status: data.status,
    // Field by field, so that a field added to the content model is published only when added here and to the schema.
    sources: data.sources.map(({ title, publisher, url, date }) => ({ title, publisher, url, date })),
    ...(data.updated ? { updated: data.updated } : {}),
    corrections: data.corrections.map(({ date, text }) => ({ date, text })),
  };
}

/**
 * The published briefings, in the order given (the site index's, newest
 * first). The index holds no draft; they are left out here as well, because
 * a draft in a published file cannot be taken back.
 */
export function briefingRecords(briefings: readonly BriefingInput[], siteUrl: URL | undefined): BriefingRecord[] {
  return briefings.filter((b) => !b.data.draft).map((b) => briefingRecord(b, siteUrl));
}

export function briefingsFile(records: readonly BriefingRecord[], siteUrl: URL | undefined): ExportFile<'briefings'> {
  const updated = lastChange(records.map((data) => ({ data })));
  return { ...fileHeader('briefings', records.length, siteUrl), ...(updated ? { updated } : {}), briefings: [...records] };
}
