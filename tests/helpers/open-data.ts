/** Shared by the open-data-*.test.ts files: content entries as the site index holds them, and a JSON Schema validator. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Actor, Briefing, Country, Place } from '../../src/content.config.ts';

export const SITE = new URL('https://news.example/');

export function briefing(id: string, data: Partial<Briefing> = {}): { id: string; data: Briefing } {
  return {
    id,
    data: {
      title: `Title of ${id}`,
      date: id.slice(0, 10),
      summary: `Summary of ${id}.`,
      actors: ['nato'],
      countries: ['ua'],
      places: [],
      topics: ['diplomacy'],
      status: 'confirmed',
      sources: [{ title: 'A report', publisher: 'Reuters', url: 'https://reuters.example/a', date: id.slice(0, 10) }],
      corrections: [],
      draft: false,
      ...data,
    },
  };
}

export const actor = (id: string, data: Partial<Actor> = {}): { id: string; data: Actor } => ({
  id,
  data: { name: `Name of ${id}`, kind: 'organisation', role: 'Alliance', aliases: [], description: `About ${id}.`, ...data },
});

export const country = (id: string, name: string, data: Partial<Country> = {}): { id: string; data: Country } => ({
  id,
  data: { name, officialName: `Official ${name}`, flag: '🏳️', aliases: [id.toUpperCase()], demonyms: [], ...data },
});

export const place = (id: string, data: Partial<Place> = {}): { id: string; data: Place } => ({
  id,
  data: { name: `Name of ${id}`, kind: 'city', country: 'ua', coordinates: { lat: 50.45, lon: 30.52 }, aliases: [], wikidata: 'Q1899', ...data },
});

/** Term id → its briefings, as the site index's taxonomies give them. */
export const listed = (counts: Record<string, number>) => new Map(Object.entries(counts).map(([id, n]) => [id, { briefings: Array.from({ length: n }) }]));

/** A validator for the JSON Schemas the build serves: draft 2020-12, with formats (date, uri) checked. */
export function jsonSchemaValidator(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv;
}
