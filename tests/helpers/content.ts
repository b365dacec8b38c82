/**
 * Reads the fixture site's content files (tests/fixtures/site) directly, so tests compute what each page
 * should list instead of hard-coding it. `from` reads another project tree instead: a copy, or the repo itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { parseSource, parseYaml } from '../../src/check/frontmatter.ts';

/** The fixture site: the tree whose src/content the build and browser tests build. */
export const root = fileURLToPath(new URL('../fixtures/site/', import.meta.url));
/** The fixture site as the browser tests' global setup built it (tests/e2e/setup.ts); only the e2e project provides it. */
export const dist = inject('fixtureDist');

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
  }
}

export interface BriefingFile {
  id: string;
  title: string;
  date: string;
  updated?: string;
  actors: string[];
  countries: string[];
  places: string[];
  corrections: { date: string; text: string }[];
  draft: boolean;
}

const dir = (from: string, collection: string) => `${from.replace(/\/?$/, '/')}src/content/${collection}/`;

export function briefingFiles(from = root): BriefingFile[] {
  const briefings = dir(from, 'briefings');
  return readdirSync(briefings)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const data = parseSource(readFileSync(briefings + f, 'utf8')).data as Omit<BriefingFile, 'id'> &
        Partial<Pick<BriefingFile, 'actors' | 'countries' | 'places' | 'corrections' | 'draft'>>;
      return {
        id: f.replace(/\.mdx$/, ''),
        title: data.title,
        date: data.date,
        updated: data.updated,
        actors: data.actors ?? [],
        countries: data.countries ?? [],
        places: data.places ?? [],
        corrections: data.corrections ?? [],
        draft: data.draft ?? false,
      };
    });
}

export function publishedBriefings(from = root): BriefingFile[] {
  return briefingFiles(from).filter((b) => !b.draft);
}

export function actorFiles(from = root): { id: string; name: string; kind: string; country?: string }[] {
  const actors = dir(from, 'actors');
  return readdirSync(actors)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parseYaml(readFileSync(actors + f, 'utf8')).data as { name: string; kind: string; country?: string }) }));
}

/** The editorial notes in src/content/countries/<code>.yaml, which a tree need not have. */
export function countryNotes(from = root): { id: string; note?: string; aliases?: string[]; wikidata?: string }[] {
  const countries = dir(from, 'countries');
  if (!existsSync(countries)) return [];
  return readdirSync(countries)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      ...(parseYaml(readFileSync(countries + f, 'utf8')).data as { note?: string; aliases?: string[]; wikidata?: string }),
    }));
}

export interface PlaceFile {
  id: string;
  name: string;
  kind: string;
  country: string;
  aliases?: string[];
  parent?: string;
}

export function placeFiles(from = root): PlaceFile[] {
  const places = dir(from, 'places');
  if (!existsSync(places)) return [];
  return readdirSync(places)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parseYaml(readFileSync(places + f, 'utf8')).data as Omit<PlaceFile, 'id'>) }));
}

/** The places that contain a place, nearest first, by the files' `parent`. */
export function placeAncestors(id: string, places: PlaceFile[] = placeFiles()): string[] {
  const chain: string[] = [];
  let parent = places.find((p) => p.id === id)?.parent;
  while (parent && !chain.includes(parent)) {
    chain.push(parent);
    parent = places.find((p) => p.id === parent)?.parent;
  }
  return chain;
}
