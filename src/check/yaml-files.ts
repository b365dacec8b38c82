/** Actor files, place files and country notes: one YAML document each, checked against its schema. */
import { readContentDir, type ContentFile } from './files.ts';
import { parseYaml, type Locate } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { actorIdRegistry, placeIdRegistry, type IdRegistry } from './registry.ts';
import { unknownReferenceProblem } from './rules/references.ts';
import { schemaProblems, type FieldHint, type Schema } from './schema-problems.ts';
import { normaliseText } from './text.ts';

/** The fields of a valid actor the checks across files read. */
export interface ActorFields {
  name: string;
  role: string;
  description: string;
  aliases: string[];
  country?: string;
}

/** The fields of a valid place the checks across files read. */
export interface PlaceFields {
  name: string;
  kind: string;
  aliases: string[];
  country: string;
  coordinates: { lat: number; lon: number };
  wikidata?: string;
  geonames?: number;
  parent?: string;
}

export interface CheckedEntry<T> {
  file: string;
  data: T;
  locate: Locate;
}

/** Every valid entry by id (its file name), and the problems of the others: actors and places (whose fields have hints of their own). */
export function checkYamlEntries<T>(
  files: readonly ContentFile[],
  schema: Schema<T>,
  fieldHint?: FieldHint,
): { entries: Map<string, CheckedEntry<T>>; problems: Problem[] } {
  const entries = new Map<string, CheckedEntry<T>>();
  const problems: Problem[] = [];
  for (const f of files) {
    if (f.text === undefined) continue;
    const { data, problems: found, locate } = checkYamlFile(f.file, f.text, schema, fieldHint);
    problems.push(...found);
    if (data) entries.set(f.name.replace(/\.yaml$/, ''), { file: f.file, data, locate });
  }
  return { entries, problems };
}

/** The problems of each country note: a file name that is no country's code, and its fields. */
export function checkCountryNotes(files: readonly ContentFile[], schema: Schema<unknown>, countries: IdRegistry): Problem[] {
  return files.flatMap((f) => {
    if (f.text === undefined) return [];
    const id = f.name.replace(/\.yaml$/, '');
    const unknown = countries.ids.has(id) ? [] : [unknownReferenceProblem(f.file, undefined, 'country', id, countries, 'the file name')];
    return [...unknown, ...checkYamlFile(f.file, f.text, schema).problems];
  });
}

/** The actors a briefing may name, as the check reads them: every valid file in `dir`. */
export async function readActorRegistry(root: string, dir: string, schema: Schema<ActorFields>): Promise<IdRegistry> {
  return actorIdRegistry(checkYamlEntries(await readContentDir(root, dir, 'actors'), schema).entries);
}

/** The places a briefing may name, as the check reads them: every valid file in `dir`. */
export async function readPlaceRegistry(root: string, dir: string, schema: Schema<PlaceFields>): Promise<IdRegistry> {
  return placeIdRegistry(checkYamlEntries(await readContentDir(root, dir, 'places'), schema).entries);
}

function checkYamlFile<T>(file: string, text: string, schema: Schema<T>, fieldHint?: FieldHint): { data?: T; problems: Problem[]; locate: Locate } {
  const parsed = parseYaml(normaliseText(text));
  return { ...schemaProblems(file, parsed, schema, 'yaml', fieldHint), locate: parsed.locate };
}
