/** Actor files and country notes: one YAML document each, checked against its schema. */
import { readContentDir, type ContentFile } from './files.ts';
import { parseYaml, type Locate } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { actorIdRegistry, type IdRegistry } from './registry.ts';
import { unknownReferenceProblem } from './rules/references.ts';
import { schemaProblems, type Schema } from './schema-problems.ts';
import { normaliseText } from './text.ts';

/** The fields of a valid actor the checks across files read. */
export interface ActorFields {
  name: string;
  aliases: string[];
  country?: string;
}

interface CheckedActor {
  file: string;
  data: ActorFields;
  locate: Locate;
}

/** Every valid actor by id (its file name), and the problems of the others. */
export function checkActorFiles(files: readonly ContentFile[], schema: Schema<ActorFields>): { actors: Map<string, CheckedActor>; problems: Problem[] } {
  const actors = new Map<string, CheckedActor>();
  const problems: Problem[] = [];
  for (const f of files) {
    if (f.text === undefined) continue;
    const { data, problems: found, locate } = checkYamlFile(f.file, f.text, schema);
    problems.push(...found);
    if (data) actors.set(f.name.replace(/\.yaml$/, ''), { file: f.file, data, locate });
  }
  return { actors, problems };
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
  return actorIdRegistry(checkActorFiles(await readContentDir(root, dir, 'actors'), schema).actors);
}

function checkYamlFile<T>(file: string, text: string, schema: Schema<T>): { data?: T; problems: Problem[]; locate: Locate } {
  const parsed = parseYaml(normaliseText(text));
  return { ...schemaProblems(file, parsed, schema, 'yaml'), locate: parsed.locate };
}
