/**
 * Small content trees for testing the content check (src/check/) directly:
 * a valid tree of one briefing, the actor it names and a country note, which
 * a test changes to show one problem at a time. It holds no place, so that
 * only the tests of places pay for reading the atlas: they add place files
 * (`place()`, under `P`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actorSchema, briefingSchema, contentDirs, countryNoteSchema, placeSchema } from '../../src/content.config.ts';
import { checkContent, type CheckOptions } from '../../src/check/index.ts';
import type { Problem } from '../../src/check/problems.ts';

export const B = `${contentDirs.briefings}/`;
export const A = `${contentDirs.actors}/`;
export const C = `${contentDirs.countries}/`;
export const P = `${contentDirs.places}/`;
export const BRIEFING = `${B}2024-11-04-nk-troops.mdx`;
export const ACTOR = `${A}rustem-umerov.yaml`;

/** One source entry, as the YAML lines under `sources:`. */
export const source = (url = 'https://www.reuters.com/a', title = 'Report') =>
  `\n  - title: ${title}\n    publisher: Reuters\n    url: ${url}\n    date: 2024-11-04`;

/**
 * A briefing's fields as YAML values, in file order. With these defaults the
 * file's lines are:
 *   1 ---            6   - rustem-umerov     11   - title: Report
 *   2 title          7 countries:            12     publisher
 *   3 date           8   - ua                13     url
 *   4 summary        9 status                14     date
 *   5 actors:       10 sources:              15 (first added field, or ---)
 * and, without added fields, the body starts on line 17.
 */
const BRIEFING_FIELDS: Record<string, string> = {
  title: 'North Korean troops deployed to Kursk',
  date: '2024-11-04',
  summary: 'Ukraine says North Korean troops are fighting in the Kursk region.',
  actors: '\n  - rustem-umerov',
  countries: '\n  - ua',
  status: 'reported',
  sources: source(),
};
export const BODY_LINE = 17;

/** Fields set to undefined are left out; new fields go after `sources`. */
export function briefing(fields: Record<string, string | undefined> = {}, body = 'Body text <Cite source="1" />.\n'): string {
  const yaml = Object.entries({ ...BRIEFING_FIELDS, ...fields })
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}:${value.startsWith('\n') ? '' : ' '}${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}`;
}

/** An actor file. Lines: 1 name, 2 kind, 3 role, 4 country, 5 aliases:, 6 - first alias, 7 description. */
export function actor(fields: Record<string, string | undefined> = {}): string {
  return yamlFields({
    name: 'Rustem Umerov',
    kind: 'person',
    role: 'Minister of Defence of Ukraine',
    country: 'ua',
    aliases: '\n  - Umerov',
    description: 'Ukrainian politician, minister of defence since 2023.',
    ...fields,
  });
}

/**
 * A place file; the defaults are Zaporizhzhia as in src/content/places. Lines:
 * 1 name, 2 kind, 3 country, 4 coordinates, 5 aliases, 6 wikidata, 7 geonames,
 * 8 the first added field (such as `parent`).
 */
export function place(fields: Record<string, string | undefined> = {}): string {
  return yamlFields({
    name: 'Zaporizhzhia',
    kind: 'city',
    country: 'ua',
    coordinates: '{ lat: 47.82289, lon: 35.19031 }',
    aliases: '[Zaporizhia, Zaporozhye]',
    wikidata: 'Q157835',
    geonames: '687700',
    ...fields,
  });
}

/** Fields set to undefined are left out; a value that starts with a line break is a block. */
function yamlFields(fields: Record<string, string | undefined>): string {
  return Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}:${value.startsWith('\n') ? '' : ' '}${value}\n`)
    .join('');
}

/** The smallest valid tree: one briefing, the actor it names, and a country note. */
const VALID: Record<string, string | Buffer> = {
  [BRIEFING]: briefing(),
  [ACTOR]: actor(),
  [`${C}ua.yaml`]: 'note: Invaded by Russia in 2014 and 2022.\n',
};

const roots: string[] = [];

/** Deletes every tree made so far: call it in afterAll. */
export function removeTrees(): void {
  roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true }));
}

/** A fresh temp dir without any content folder. */
export function emptyRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-check-'));
  roots.push(root);
  return root;
}

/** Writes the files (paths relative to the project root) into a fresh temp dir. */
export function makeTree(files: Record<string, string | Buffer>): string {
  const root = emptyRoot();
  for (const dir of Object.values(contentDirs)) mkdirSync(join(root, dir), { recursive: true });
  for (const [path, content] of Object.entries(files)) writeFileSync(join(root, path), content);
  return root;
}

export function options(root: string): CheckOptions {
  return {
    root,
    dirs: contentDirs,
    schemas: { briefing: briefingSchema, actor: actorSchema, countryNote: countryNoteSchema, place: placeSchema },
    today: '2026-01-01',
  };
}

/** Checks the valid tree with some files changed, added, or (undefined) removed. */
export function check(changes: Record<string, string | Buffer | undefined> = {}): Promise<Problem[]> {
  const files = Object.fromEntries(Object.entries({ ...VALID, ...changes }).filter((entry): entry is [string, string | Buffer] => entry[1] !== undefined));
  return checkContent(options(makeTree(files)));
}
