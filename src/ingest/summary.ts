/**
 * What `npm run ingest` prints: a summary a contributor reads (each draft,
 * what it links, what is new, what needs a person; the duplicates; the
 * paragraphs not used and why), or, with `--json`, the same as data.
 *
 * The JSON is the issue's shape, `{ drafts: [...] }`, one entry per
 * development, plus what the run wrote besides drafts:
 * - a duplicate is an entry with `duplicateOf` set to the briefing's id and
 *   `file: null` (with `--force`, `file` is the draft written all the same);
 * - `file` is also null for a development no draft could be written for
 *   (`needsPerson` says why);
 * - `title` and `summary` are as the draft holds them, `TODO(review): ` first;
 * - `actors`, `countries` and `places` are registry ids; `newActors` the
 *   names the registry does not hold, each with the stub written (`file`) or
 *   null; `newPlaces` likewise;
 * - `actorStubs` and `placeFiles` list the files written with the drafts, and
 *   `unused` the paragraphs that gave no development (counted from 1), with
 *   the reason;
 * - with `--dry-run`, every file is one it would write.
 */
import type { PlaceStub } from './place-stub.ts';
import { isRefusal, type IngestPlan, type PlannedDraft } from './plan.ts';
import type { ActorStub, StubRefusal } from './stub.ts';

export interface DraftJson {
  file: string | null;
  title: string;
  summary: string;
  date: string;
  actors: string[];
  newActors: { name: string; kind: 'person' | 'organisation'; file: string | null }[];
  countries: string[];
  places: string[];
  newPlaces: { name: string; file: string | null }[];
  sentences: string[];
  status: string;
  duplicateOf: string | null;
  needsPerson: string[];
}

export interface IngestJson {
  drafts: DraftJson[];
  actorStubs: string[];
  placeFiles: string[];
  unused: { paragraph: number; reason: string; text: string }[];
}

function draftJson(draft: PlannedDraft): DraftJson {
  const { development } = draft;
  return {
    file: draft.file,
    title: draft.title,
    summary: draft.summary,
    date: development.date,
    actors: [...development.actors],
    newActors: development.newActors.map((actor, i) => {
      const stub = draft.newActors[i];
      return { name: actor.name, kind: actor.kind, file: draft.file && stub && !isRefusal(stub) ? stub.file : null };
    }),
    countries: [...development.countries],
    places: [...development.places],
    newPlaces: development.freePlaces.map((name, i) => {
      const place = draft.newPlaces[i];
      return { name, file: draft.file && place && !isRefusal(place) ? place.file : null };
    }),
    sentences: [...development.sentences],
    status: draft.status.status,
    duplicateOf: draft.duplicate?.id ?? null,
    needsPerson: [...draft.needsPerson],
  };
}

export function ingestJson(plan: IngestPlan): IngestJson {
  return {
    drafts: plan.drafts.map(draftJson),
    actorStubs: plan.actorStubs.map((s) => s.file),
    placeFiles: plan.placeFiles.map((p) => p.file),
    unused: plan.unused.map(({ paragraph, reason, text }) => ({ paragraph: paragraph + 1, reason, text })),
  };
}

/** The start of a text, cut at a word, for a line of the summary. */
function opening(text: string, max = 72): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > 0 ? cut : max - 1)}…`;
}

const list = (ids: readonly string[]) => (ids.length ? ids.join(', ') : 'none');
const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const fileOrName = (item: ActorStub | PlaceStub | StubRefusal) => (isRefusal(item) ? `${item.name} (needs a person)` : item.file);

/** One draft: where it is, what it links, what is new, what needs a person. */
function draftLines(draft: PlannedDraft): string[] {
  const { development } = draft;
  return [
    '',
    `Draft ${draft.file}${draft.duplicate ? `  (--force: it duplicates ${draft.duplicate.id})` : ''}`,
    `  from paragraph ${development.paragraph + 1}, dated ${development.date}${development.dateText ? ` (“${development.dateText}”)` : ' (the report’s date)'}`,
    `  title      ${draft.title}`,
    `  actors     ${list(development.actors)}`,
    ...(draft.newActors.length ? [`  new actors ${draft.newActors.map(fileOrName).join(', ')}`] : []),
    `  countries  ${list(development.countries)}`,
    `  places     ${list(development.places)}`,
    ...(draft.newPlaces.length ? [`  new places ${draft.newPlaces.map(fileOrName).join(', ')}`] : []),
    `  status     ${draft.status.status}: ${draft.status.reason}`,
    '  needs a person to:',
    ...draft.needsPerson.map((item) => `    - ${item}`),
  ];
}

/**
 * The readable summary. `dryRun` words what would be written as such;
 * `existed` are files that appeared while it ran, left as they were.
 */
export function ingestSummary(plan: IngestPlan, options: { dryRun: boolean; existed?: readonly string[] }): string {
  const existed = options.existed ?? [];
  const drafts = plan.drafts.filter((d) => d.file);
  const duplicates = plan.drafts.filter((d) => d.duplicate && !d.file);
  const unwritten = plan.drafts.filter((d) => !d.duplicate && !d.file);
  const lines = [
    `${count(plan.drafts.length, 'development')}: ${options.dryRun ? 'would write' : 'wrote'} ${count(drafts.length, 'draft')}, ${count(plan.actorStubs.length, 'actor stub')} and ${count(plan.placeFiles.length, 'place file')}; ${count(duplicates.length, 'duplicate')}; ${count(plan.unused.length, 'paragraph')} not used.${options.dryRun ? ' Nothing was written (--dry-run).' : ''}`,
    ...drafts.flatMap(draftLines),
  ];
  for (const { development, needsPerson } of unwritten)
    lines.push(
      '',
      `No draft for paragraph ${development.paragraph + 1}, “${opening(development.sentences[0] ?? '')}”; a person has to:`,
      ...needsPerson.map((item) => `    - ${item}`),
    );
  if (existed.length) lines.push('', 'Left as they were (they appeared while this ran; nothing was overwritten):', ...existed.map((file) => `  ${file}`));
  if (duplicates.length) {
    lines.push('', 'Already briefed (no draft; --force writes one):');
    for (const { development, duplicate } of duplicates)
      lines.push(
        `  paragraph ${development.paragraph + 1}, “${opening(development.sentences[0] ?? '', 60)}”`,
        `    duplicates ${duplicate!.id} (score ${duplicate!.score.toFixed(2)}; shares ${duplicate!.shared.slice(0, 6).join(', ')})`,
      );
  }
  if (plan.unused.length) {
    lines.push('', 'Not used:');
    for (const { paragraph, reason, text } of plan.unused) lines.push(`  paragraph ${paragraph + 1} (${reason}): “${opening(text, 60)}”`);
  }
  return `${lines.join('\n')}\n`;
}
