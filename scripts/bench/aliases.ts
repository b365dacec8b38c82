/**
 * The benchmark actors' aliases: one actor in seven is also known by another
 * transliteration of its name, as a real one is (Rustem Umerov, Umierov). The
 * rule is fixed and draws on no random stream, so that every other byte of the
 * corpus is what it was before actors had aliases.
 */
import { normaliseName } from '../../src/check/text.ts';
import type { BenchPlace } from './places.ts';
import { SURNAME_SPELLINGS } from './words.ts';

/** One actor in this many has an alias. */
export const ALIAS_EVERY = 7;

interface Named {
  id: string;
  name: string;
  kind: 'person' | 'organisation';
}

/**
 * Aliases by actor id. The turn of every seventh actor passes to the next
 * person when it falls on an organisation (an English name like "Joint Relief
 * Agency" has no other transliteration). An alias is the name with the
 * surname respelt by the first rule of SURNAME_SPELLINGS that changes it and
 * gives a name that no actor, place, place alias or other alias has under
 * normaliseName (the check refuses duplicates), nor a word that the bodies
 * may use (`words`, the corpus's made-up proper names), so that a search for
 * the alias finds just the briefings tagged with the actor.
 */
export function actorAliases(actors: readonly Named[], places: readonly BenchPlace[], words: readonly string[]): Map<string, string> {
  const taken = new Set([...actors.map((a) => a.name), ...places.flatMap((p) => [p.name, ...p.aliases]), ...words].map(normaliseName));
  const aliases = new Map<string, string>();
  let owed = 0;
  actors.forEach((actor, i) => {
    if (i % ALIAS_EVERY === 0) owed++;
    if (owed === 0 || actor.kind !== 'person') return;
    const alias = respell(actor.name, taken);
    if (!alias) return;
    taken.add(normaliseName(alias));
    aliases.set(actor.id, alias);
    owed--;
  });
  return aliases;
}

/** The name with its surname respelt, or undefined if every respelling is taken. */
export function respell(name: string, taken: ReadonlySet<string> = new Set()): string | undefined {
  const space = name.lastIndexOf(' ');
  const first = name.slice(0, space + 1);
  const surname = name.slice(space + 1);
  for (const [from, to] of SURNAME_SPELLINGS) {
    const lower = surname.toLowerCase().replace(from, to);
    const variant = lower[0]!.toUpperCase() + lower.slice(1);
    if (variant === surname || taken.has(normaliseName(variant))) continue;
    const alias = first + variant;
    if (!taken.has(normaliseName(alias))) return alias;
  }
  return undefined;
}
