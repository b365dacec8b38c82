/**
 * actor/unreviewed: an actor file that still holds a placeholder (the stub
 * `npm run ingest` writes for a name the registry does not hold) is valid, so
 * drafts can name it while a person finishes both; a published briefing may
 * not name it until its role and description are written from the sources.
 */
import { isUnreviewedActor } from '../../lib/review-markers.ts';
import { fieldPath } from '../field-path.ts';
import type { Locate } from '../frontmatter.ts';
import type { Problem } from '../problems.ts';

/** The file of every actor whose role or description still holds a placeholder, by id. */
export function unreviewedActorFiles(actors: ReadonlyMap<string, { file: string; data: { role: string; description: string } }>): Map<string, string> {
  return new Map([...actors].filter(([, actor]) => isUnreviewedActor(actor.data)).map(([id, actor]) => [id, actor.file]));
}

/** A published briefing's unreviewed actors, each at its place in `actors`. */
export function unreviewedActorProblems(
  file: string,
  data: { draft: boolean; actors: readonly string[] },
  locate: Locate,
  unreviewed: ReadonlyMap<string, string>,
): Problem[] {
  if (data.draft) return [];
  return data.actors.flatMap((id, i) => {
    const actorFile = unreviewed.get(id);
    if (actorFile === undefined) return [];
    return [
      {
        file,
        ...locate(['actors', i]),
        rule: 'actor/unreviewed',
        message: `\`${fieldPath(['actors', i])}\` names \`${id}\`, whose file ${actorFile} is not reviewed yet (it holds a placeholder)`,
        hint: `Write its role and description from the sources in ${actorFile}, replacing every TODO, or put \`draft: true\` back until it is reviewed.`,
      },
    ];
  });
}
