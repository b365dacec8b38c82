/**
 * reference/unknown-actor and reference/unknown-country: every actor and
 * country id a briefing or an actor names must exist, and a mistyped one gets
 * a "did you mean".
 */
import type { Locate } from '../frontmatter.ts';
import type { Problem } from '../problems.ts';
import type { IdRegistry } from '../registry.ts';
import { fieldPath } from '../field-path.ts';
import { suggestId } from '../suggest.ts';

export type ReferenceKind = 'actor' | 'country';

interface UnknownReference {
  /** Path of the field in the entry's data, e.g. ['actors', 2]. */
  path: (string | number)[];
  id: string;
  kind: ReferenceKind;
}

interface ReferencingEntry {
  actors?: readonly string[];
  countries?: readonly string[];
  places?: readonly { country: string }[];
  country?: string;
}

/** Every actor and country id an entry names that the registries do not know. */
export function findUnknownReferences(entry: ReferencingEntry, actors: IdRegistry, countries: IdRegistry): UnknownReference[] {
  const unknown: UnknownReference[] = [];
  const check = (id: string, kind: ReferenceKind, path: (string | number)[]) => {
    if (!(kind === 'actor' ? actors : countries).ids.has(id)) unknown.push({ path, id, kind });
  };
  entry.actors?.forEach((id, i) => check(id, 'actor', ['actors', i]));
  entry.countries?.forEach((id, i) => check(id, 'country', ['countries', i]));
  entry.places?.forEach((place, i) => check(place.country, 'country', ['places', i, 'country']));
  if (entry.country !== undefined) check(entry.country, 'country', ['country']);
  return unknown;
}

/** The problems of every unknown id an entry names, each at its field. */
export function referenceProblems(file: string, entry: ReferencingEntry, locate: Locate, actors: IdRegistry, countries: IdRegistry): Problem[] {
  return findUnknownReferences(entry, actors, countries).map((ref) =>
    unknownReferenceProblem(file, locate(ref.path), ref.kind, ref.id, ref.kind === 'actor' ? actors : countries, fieldPath(ref.path)),
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
  const fix = kind === 'actor' ? `add src/content/actors/${id}.yaml if it is a new actor` : 'use a lowercase ISO 3166-1 alpha-2 code';
  return suggestion ? `Did you mean ${suggestion}? Otherwise ${fix}.` : `${fix[0]!.toUpperCase()}${fix.slice(1)}.`;
}
