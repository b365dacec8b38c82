/**
 * reference/unknown-actor, reference/unknown-country and
 * reference/unknown-place: every id a briefing, an actor or a place names must
 * exist, and a mistyped one gets a "did you mean" (over ids, names and aliases).
 */
import type { Locate } from '../frontmatter.ts';
import type { Problem } from '../problems.ts';
import type { IdRegistry } from '../registry.ts';
import { fieldPath } from '../field-path.ts';
import { suggestId } from '../suggest.ts';

export type ReferenceKind = 'actor' | 'country' | 'place';

export interface Registries {
  actors: IdRegistry;
  countries: IdRegistry;
  places: IdRegistry;
}

interface UnknownReference {
  /** Path of the field in the entry's data, e.g. ['actors', 2]. */
  path: (string | number)[];
  id: string;
  kind: ReferenceKind;
}

interface ReferencingEntry {
  actors?: readonly string[];
  countries?: readonly string[];
  places?: readonly string[];
  country?: string;
  parent?: string;
}

const registryOf = (kind: ReferenceKind, registries: Registries) =>
  kind === 'actor' ? registries.actors : kind === 'place' ? registries.places : registries.countries;

/** Every id an entry names that the registries do not know. */
export function findUnknownReferences(entry: ReferencingEntry, registries: Registries): UnknownReference[] {
  const unknown: UnknownReference[] = [];
  const check = (id: string, kind: ReferenceKind, path: (string | number)[]) => {
    if (!registryOf(kind, registries).ids.has(id)) unknown.push({ path, id, kind });
  };
  entry.actors?.forEach((id, i) => check(id, 'actor', ['actors', i]));
  entry.countries?.forEach((id, i) => check(id, 'country', ['countries', i]));
  entry.places?.forEach((id, i) => check(id, 'place', ['places', i]));
  if (entry.country !== undefined) check(entry.country, 'country', ['country']);
  if (entry.parent !== undefined) check(entry.parent, 'place', ['parent']);
  return unknown;
}

/** The problems of every unknown id an entry names, each at its field. */
export function referenceProblems(file: string, entry: ReferencingEntry, locate: Locate, registries: Registries): Problem[] {
  return findUnknownReferences(entry, registries).map((ref) =>
    unknownReferenceProblem(file, locate(ref.path), ref.kind, ref.id, registryOf(ref.kind, registries), fieldPath(ref.path)),
  );
}

/** An id that is not in its registry, named in `field`. */
export function unknownReferenceProblem(
  file: string,
  where: { line: number; column: number } | undefined,
  kind: ReferenceKind,
  id: string,
  registry: IdRegistry,
  field: string,
): Problem {
  const suggestion = suggestId(id, registry);
  return {
    file,
    ...where,
    rule: `reference/unknown-${kind}`,
    message: `unknown ${kind} \`${id}\` in \`${field}\``,
    hint: referenceHint(kind, id, suggestion && `\`${suggestion}\``),
  };
}

/** How to fix an unknown id: the suggestion (as it should be shown), if there is one, or else what to do about an id that is not a typo. */
export function referenceHint(kind: ReferenceKind, id: string, suggestion: string | undefined): string {
  const fix =
    kind === 'country'
      ? 'use a lowercase ISO 3166-1 alpha-2 code'
      : `add src/content/${kind === 'actor' ? 'actors' : 'places'}/${id}.yaml if it is a new ${kind}`;
  return suggestion ? `Did you mean ${suggestion}? Otherwise ${fix}.` : `${fix[0]!.toUpperCase()}${fix.slice(1)}.`;
}
