/**
 * The content check: every content file against the content model and the MDX
 * policy, with every problem returned at once. `npm run check` prints them;
 * the build runs the same check first (src/check/site.ts) and refuses to build
 * while any remain.
 *
 * Where each part lives: reading the folders in files.ts, each briefing on its
 * own in briefing-files.ts (on worker threads: workers.ts), actors, places and
 * country notes in yaml-files.ts, schema issues as problems in
 * schema-problems.ts, the rules across files in rules/ (places' own in
 * rules/places.ts), and what the check hands to the rest of the build in
 * shared.ts.
 */
import { join } from 'node:path';
import { checkCodeKey, openCheckCache } from '../cache/check-cache.ts';
import { checkBriefingFiles, type BriefingFields, type CheckedBriefing } from './briefing-files.ts';
import { readContentDir } from './files.ts';
import { parseSource, type ParsedSource } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { actorIdRegistry, countryIdRegistry, placeIdRegistry } from './registry.ts';
import { duplicateBriefings, duplicateNames, duplicateSources } from './rules/duplicates.ts';
import { futureDates } from './rules/future-dates.ts';
import { parentCycles, placeFieldHint, placesOutsideCountry } from './rules/places.ts';
import { referenceProblems, type Registries } from './rules/references.ts';
import { unreviewedActorFiles, unreviewedActorProblems } from './rules/unreviewed-actors.ts';
import type { Schema } from './schema-problems.ts';
import { sharePlaces } from '../cache/handoff.ts';
import { shareFrontMatter, shareNames, shareTexts } from './shared.ts';
import type { ParallelOptions } from './workers.ts';
import { checkCountryNotes, checkYamlEntries, type ActorFields, type PlaceFields } from './yaml-files.ts';

export { BRIEFING_FILE } from './files.ts';
export { todayIso } from './rules/future-dates.ts';
export { fieldPath } from './field-path.ts';
export { checkedActorNames, readBriefingData, releaseCheckedBriefings, takeCheckedBriefing, takeCheckedText } from './shared.ts';

export interface CheckOptions {
  root: string;
  dirs: { briefings: string; actors: string; countries: string; places: string };
  schemas: { briefing: Schema<BriefingFields>; actor: Schema<ActorFields>; countryNote: Schema<unknown>; place: Schema<PlaceFields> };
  /** Today as YYYY-MM-DD; briefings dated later are refused. */
  today: string;
  /**
   * A file in which to keep, between runs, what each briefing file gave on its
   * own (src/cache/check-cache.ts). Unchanged briefings are then not parsed
   * again; the checks across files (references, duplicates, dates) always run.
   */
  cacheFile?: string;
  /**
   * Keep each valid briefing's parsed front matter and rendered body in memory
   * for the briefings loader (takeCheckedBriefing), so that a build parses and
   * renders each file once rather than twice.
   */
  shareRendered?: boolean;
  /** When to spread the parsing and rendering over worker threads. */
  parallel?: ParallelOptions;
}

export async function checkContent(options: CheckOptions): Promise<Problem[]> {
  const { root, dirs, schemas } = options;
  const [briefingFiles, actorFiles, countryFiles, placeFiles] = await Promise.all([
    readContentDir(root, dirs.briefings, 'briefings'),
    readContentDir(root, dirs.actors, 'actors'),
    readContentDir(root, dirs.countries, 'countries'),
    readContentDir(root, dirs.places, 'places'),
  ]);
  const problems = [...briefingFiles, ...actorFiles, ...countryFiles, ...placeFiles].flatMap((f) => f.problems);

  const countries = countryIdRegistry();
  problems.push(...checkCountryNotes(countryFiles, schemas.countryNote, countries));

  const { entries: actors, problems: actorProblems } = checkYamlEntries(actorFiles, schemas.actor);
  const { entries: places, problems: placeProblems } = checkYamlEntries(placeFiles, schemas.place, placeFieldHint);
  problems.push(...actorProblems, ...placeProblems);
  shareNames(actors, countryFiles);
  sharePlaces(places);
  const registries: Registries = { actors: actorIdRegistry(actors), countries, places: placeIdRegistry(places) };
  const unreviewedActors = unreviewedActorFiles(actors);
  problems.push(...duplicateNames('actor', actors), ...duplicateNames('place', places), ...parentCycles(places));
  problems.push(...(await placesOutsideCountry(places, countries)));
  for (const { file, data, locate } of [...actors.values(), ...places.values()]) problems.push(...referenceProblems(file, data, locate, registries));

  if (options.shareRendered) shareTexts(root, briefingFiles);
  const cache = options.cacheFile ? await openCheckCache<CheckedBriefing>(options.cacheFile, checkCodeKey()) : undefined;
  const checked = await checkBriefingFiles(
    { root, schema: schemas.briefing, shareRendered: options.shareRendered === true, parallel: options.parallel },
    briefingFiles,
    cache,
  );
  const briefings: { file: string; data: BriefingFields }[] = [];
  for (const f of briefingFiles) {
    if (f.text === undefined) continue;
    const text = f.text;
    const { data, problems: found } = checked.get(f.file)!;
    problems.push(...found);
    if (!data) continue;
    briefings.push({ file: f.file, data });
    // Positions are only needed to report a problem, so a file whose results came from the cache is parsed again only then.
    let parsed: ParsedSource | undefined;
    const locate = (path: readonly PropertyKey[]) => (parsed ??= parseSource(text)).locate(path);
    problems.push(
      ...referenceProblems(f.file, data, locate, registries),
      ...unreviewedActorProblems(f.file, data, locate, unreviewedActors),
      ...futureDates(f.file, data, options.today, locate),
      ...duplicateSources(f.file, data, locate),
    );
  }
  problems.push(...duplicateBriefings(briefings));
  shareFrontMatter(join(root, dirs.briefings), new Map(briefings.map((b) => [b.file.split('/').pop()!, b.data])));
  await cache?.save(briefingFiles.map((f) => f.file));
  return problems;
}
