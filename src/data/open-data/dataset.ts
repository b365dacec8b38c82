/**
 * What the open data says about itself: its files, its licence, the header of
 * each JSON file and how to cite it. The /data/ page and the files take these
 * from here, so the page describes exactly what is published.
 */
import { newestChange, type FeedBriefing } from '../feeds.ts';
import { absoluteUrl } from '../../lib/absolute-url.ts';
import { link } from '../../routes.ts';
import { site } from '../../site.config.ts';
import { exportSchemas, type FileHeader, type JsonExport } from './schemas.ts';

/** The licence of the briefings, as the About page states it; code and quoted material are not covered. */
export const contentLicence = {
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export interface DataFile {
  /** The file's name under /data/. */
  file: string;
  /** The JSON file it is, or of whose records it is a table. */
  json: JsonExport;
}

/** Every file under /data/, in the order the /data/ page lists them. */
export const dataFiles = [
  { file: 'briefings.json', json: 'briefings' },
  { file: 'briefings.csv', json: 'briefings' },
  { file: 'actors.json', json: 'actors' },
  { file: 'countries.json', json: 'countries' },
  { file: 'places.json', json: 'places' },
] as const satisfies readonly DataFile[];

/** What a JSON file holds, from its schema: a title and a sentence. */
export function describeExport(name: JsonExport): { title: string; description: string } {
  const { title, description } = exportSchemas[name].meta() ?? {};
  return { title: title ?? name, description: description ?? '' };
}

/** The header of `<name>.json`: its schema, publisher, licence, source and count. */
export function fileHeader(name: JsonExport, count: number, siteUrl: URL | undefined): FileHeader {
  return {
    $schema: absoluteUrl(link.dataSchema(name), siteUrl),
    title: describeExport(name).title,
    publisher: { name: site.name, url: absoluteUrl(link.home(), siteUrl) },
    licence: { name: contentLicence.name, url: contentLicence.url },
    generatedFrom: `${site.repository}/tree/${site.branch}`,
    count,
  };
}

/** The day the data last changed: the latest `date` or `updated` of a briefing, never the clock, so that the same content builds the same file. */
export function lastChange(briefings: readonly Pick<FeedBriefing, 'data'>[]): string | undefined {
  return newestChange(briefings)?.toISOString().slice(0, 10);
}

/** A suggested citation of a file; `accessed` is the day the reader downloaded it, which a static page cannot know. */
export function citation(file: DataFile, siteUrl: URL | undefined, accessed: string): string {
  const { title } = describeExport(file.json);
  return `${site.name}. ${title} [Data set], ${file.file}. ${absoluteUrl(link.dataFile(file.file), siteUrl)}. ${contentLicence.name}. Accessed ${accessed}.`;
}

export function jsonResponse(data: unknown, indent?: number): Response {
  return new Response(JSON.stringify(data, null, indent), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
