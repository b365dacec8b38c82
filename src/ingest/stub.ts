/**
 * The file `npm run ingest` writes for an actor the registry does not hold:
 * the name and kind the report gives, and placeholders for what only a
 * person can write from the sources (role, description), so that the check
 * lets drafts name it and refuses it in a published briefing
 * (src/check/rules/unreviewed-actors.ts). The stub is checked with the
 * check's own parsing and schema problems before it is offered.
 */
import { parseYaml } from '../check/frontmatter.ts';
import { formatProblem } from '../check/problems.ts';
import { schemaProblems, type Schema } from '../check/schema-problems.ts';
import { normaliseName } from '../check/text.ts';
import { reviewMarker } from '../lib/review-markers.ts';
import { slugify } from '../lib/scaffold.ts';
import { cutAtWord } from './draft.ts';
import type { NewActor, RegistryActor } from './types.ts';

/** The actor schema's limit on `description` (src/content.config.ts); a test holds them equal. */
export const DESCRIPTION_MAX = 600;

export interface ActorStub {
  id: string;
  /** Relative to the project root. */
  file: string;
  text: string;
}

/** Why a new actor gets no stub, so that a person adds it. */
export interface StubRefusal {
  name: string;
  reason: string;
}

/** The stub's YAML: a comment saying what it is, the report's name and kind, and marked placeholders naming the sentence it was found in. */
export function actorStubText(actor: NewActor, reportDate: string): string {
  const found = `${reviewMarker('review')}: who this is, from the sources. Proposed by npm run ingest from the report of ${reportDate}, which names them in: `;
  const sentence = cutAtWord(actor.sentence.trim(), DESCRIPTION_MAX - found.length - 2);
  return [
    `# Unreviewed: written by npm run ingest from the report of ${reportDate}. Only drafts may name this actor until its role`,
    '# and description are written from the sources and every TODO is gone (check rule actor/unreviewed).',
    `name: ${JSON.stringify(actor.name)}`,
    `kind: ${actor.kind}`,
    `role: ${JSON.stringify(`${reviewMarker('review')}: the role at the time of the briefings, from the sources`)}`,
    `description: ${JSON.stringify(`${found}“${sentence}”`)}`,
    '',
  ].join('\n');
}

/**
 * The stub for a new actor in `dir` (the actors folder, relative to the root),
 * or why there is none: its name gives no id, the name is already a registry
 * actor's, the file exists, or the check would refuse it.
 */
export function actorStub(
  actor: NewActor,
  context: { reportDate: string; dir: string; schema: Schema<unknown>; registry: readonly RegistryActor[]; existingIds: ReadonlySet<string> },
): ActorStub | StubRefusal {
  const refuse = (reason: string): StubRefusal => ({ name: actor.name, reason });
  const id = slugify(actor.name);
  if (!id) return refuse('its name has no Latin letters or digits to make an id from');
  const key = normaliseName(actor.name);
  const same = context.registry.find((a) => [a.name, ...a.aliases].some((n) => normaliseName(n) === key));
  if (same) return refuse(`it is already a name of actor \`${same.id}\``);
  const file = `${context.dir}/${id}.yaml`;
  if (context.existingIds.has(id)) return refuse(`${file} already exists`);
  const text = actorStubText(actor, context.reportDate);
  const { problems } = schemaProblems(file, parseYaml(text), context.schema, 'yaml');
  if (problems.length) return refuse(`the check would refuse its stub: ${problems.map(formatProblem).join('; ')}`);
  return { id, file, text };
}
