/**
 * What `npm run ingest` does with a report's analysis, before anything is
 * written: each development is either a duplicate of a briefing (no draft
 * unless forced) or a draft, with the actor stubs and place files it needs
 * and the list of what only a person can do. Pure: the registries, the
 * existing file names and the gazetteer come in, files to write come out
 * (write.ts writes them).
 */
import type { Schema } from '../check/schema-problems.ts';
import { normaliseName } from '../check/text.ts';
import { draftFileName, draftText, proposedSummary, proposedTitle, suggestedStatus, type SuggestedStatus } from './draft.ts';
import { findDuplicate, indexBriefings, type DuplicateScore } from './duplicates.ts';
import { placeStub, type Gazetteer, type PlaceStub } from './place-stub.ts';
import { actorStub, type ActorStub, type StubRefusal } from './stub.ts';
import type { Development, IngestRegistries, NewActor, ReportAnalysis } from './types.ts';

export interface PlanContext {
  registries: IngestRegistries;
  /** The project's content folders, relative to its root. */
  dirs: { briefings: string; actors: string; places: string };
  /** The names of the files already in each folder. */
  existing: { briefings: readonly string[]; actorIds: ReadonlySet<string>; placeIds: ReadonlySet<string> };
  /** The actor and place schemas (src/content.config.ts) a stub must pass. */
  schemas: { actor: Schema<unknown>; place: Schema<unknown> };
  reportDate: string;
  statuses: readonly string[];
  topicIds: readonly string[];
  /** Write a draft for a development that duplicates a briefing. */
  force: boolean;
  /** GeoNames' cities, loaded only when a place the registry does not hold is looked up. */
  gazetteer: () => Gazetteer;
}

export interface PlannedDraft {
  development: Development;
  /** Relative to the root; null when no file is written (a duplicate, or a draft the check would refuse). */
  file: string | null;
  title: string;
  summary: string;
  /** The ids the draft names: the registry's, and those of the stubs and place files written with it. */
  actors: readonly string[];
  places: readonly string[];
  status: SuggestedStatus;
  /** The stub for each new actor, or why there is none; empty for a duplicate, which gets no draft. */
  newActors: readonly (ActorStub | StubRefusal)[];
  /** The same for each place the registry does not hold. */
  newPlaces: readonly (PlaceStub | StubRefusal)[];
  duplicate?: DuplicateScore;
  /** What only a person can do, one item a line. */
  needsPerson: readonly string[];
  /** The MDX, when a file is written. */
  text?: string;
}

export interface IngestPlan {
  drafts: PlannedDraft[];
  actorStubs: ActorStub[];
  placeFiles: PlaceStub[];
  unused: ReportAnalysis['unused'];
}

export const isRefusal = (item: object): item is StubRefusal => 'reason' in item;
const made = <T extends object>(items: readonly (T | StubRefusal)[]): T[] => items.filter((item): item is T => !isRefusal(item));

export function planIngest(analysis: ReportAnalysis, context: PlanContext): IngestPlan {
  const { registries, dirs, existing } = context;
  const index = indexBriefings(registries);
  const titles = new Set(registries.briefings.map((b) => normaliseName(b.title)));
  const fileNames = [...existing.briefings];
  const actorNames = new Map(registries.actors.map((a) => [a.id, a.name]));
  // One stub per name and one place file per name and countries, however many developments name them.
  const actorStubs = new Map<string, ActorStub | StubRefusal>();
  const placeFiles = new Map<string, PlaceStub | StubRefusal>();
  let cities: Gazetteer | undefined;
  const gazetteer = () => (cities ??= context.gazetteer());
  const stubFor = (actor: NewActor) => {
    const key = normaliseName(actor.name);
    if (!actorStubs.has(key))
      actorStubs.set(
        key,
        actorStub(actor, {
          reportDate: context.reportDate,
          dir: dirs.actors,
          schema: context.schemas.actor,
          registry: registries.actors,
          existingIds: existing.actorIds,
        }),
      );
    return actorStubs.get(key)!;
  };
  const placeFor = (name: string, countries: readonly string[]) => {
    const key = `${normaliseName(name)} ${countries.join(',')}`;
    if (!placeFiles.has(key))
      placeFiles.set(
        key,
        placeStub(name, { countries, gazetteer, dir: dirs.places, schema: context.schemas.place, registry: registries.places, existingIds: existing.placeIds }),
      );
    return placeFiles.get(key)!;
  };

  const drafts = analysis.developments.map((development): PlannedDraft => {
    const duplicate = findDuplicate(development, index);
    // A title no briefing has: the check refuses two briefings with one title.
    const freeTitle = development.sentences.map(proposedTitle).find((t) => !titles.has(normaliseName(t)));
    const proposed = {
      development,
      title: freeTitle ?? proposedTitle(development.sentences[0] ?? ''),
      summary: proposedSummary(development.sentences),
      status: suggestedStatus(development),
      ...(duplicate && { duplicate }),
    };
    if (duplicate && !context.force)
      return { ...proposed, actors: development.actors, places: development.places, newActors: [], newPlaces: [], file: null, needsPerson: [] };
    const newActors = development.newActors.map(stubFor);
    // Without a places registry, a place is free text a person turns into a place file or leaves out.
    const newPlaces = registries.places.length ? development.freePlaces.map((name) => placeFor(name, development.countries)) : [];
    const draft = {
      ...proposed,
      actors: [...development.actors, ...made(newActors).map((a) => a.id)],
      places: [...development.places, ...made(newPlaces).map((p) => p.id)],
      newActors,
      newPlaces,
    };
    const needsPerson = personWork(draft, registries.places.length > 0);
    const name = freeTitle && draftFileName(development.date, freeTitle, fileNames);
    const blocker = unwritable(freeTitle, name, draft.actors.length + development.countries.length);
    if (blocker || !name) return { ...draft, file: null, needsPerson: [`write it by hand: ${blocker}`, ...needsPerson] };
    fileNames.push(name);
    titles.add(normaliseName(draft.title));
    const text = draftText(development, { ...draft, statuses: context.statuses, topicIds: context.topicIds, actorNames });
    return { ...draft, file: `${dirs.briefings}/${name}`, needsPerson, text };
  });

  // A stub or place file is written only with a draft that names it.
  const named = new Set<object>(drafts.filter((d) => d.file).flatMap((d) => [...d.newActors, ...d.newPlaces]));
  return {
    drafts,
    actorStubs: made([...actorStubs.values()]).filter((s) => named.has(s)),
    placeFiles: made([...placeFiles.values()]).filter((s) => named.has(s)),
    unused: analysis.unused,
  };
}

/** Why a development gets no draft although it is not a duplicate, if it does not. */
function unwritable(title: string | undefined, fileName: string | undefined, ids: number): string | undefined {
  if (!title) return 'every title its sentences give is already a briefing’s';
  if (!fileName) return 'its title gives no file name';
  if (!ids) return 'it names no actor or country, and a briefing needs one';
  return undefined;
}

/** What only a person can do to finish a draft. */
function personWork(draft: Omit<PlannedDraft, 'file' | 'needsPerson'>, hasPlaces: boolean): string[] {
  const { development } = draft;
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const work = [
    'review the proposed title and summary (TODO(review)): they are the report’s words',
    `find sources for ${count(development.needsSource.length, 'figure or claim', 'figures and claims')} (TODO(source)) and cite ${count(development.sentences.length, 'sentence')} (TODO(cite))`,
    `choose the status (suggested: ${draft.status.status}) and the topics`,
  ];
  if (development.quotes.length) work.push(`check ${count(development.quotes.length, 'candidate quote')} against a source that gives the exact words`);
  for (const actor of draft.newActors)
    work.push(
      isRefusal(actor) ? `add the actor ${actor.name} by hand: ${actor.reason}` : `review the new actor ${actor.file}: its role and description (TODO(review))`,
    );
  for (const place of draft.newPlaces)
    work.push(
      isRefusal(place)
        ? `decide the place ${place.name}: ${place.reason}; to add it: npm run new -- place "${place.name}" --country CODE`
        : `check ${place.file} against https://www.geonames.org/${place.geonames} and add its parent`,
    );
  if (!hasPlaces) for (const name of development.freePlaces) work.push(`decide the place ${name}: the project has no places registry to name it in`);
  return work;
}
