/**
 * "Did you mean": the project's one suggester of ids for something mistyped.
 * The check's hints and `npm run new` both ask it.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { IdRegistry } from './registry.ts';
import { normaliseName } from './text.ts';

/**
 * How many edits a guess may be from what was typed, for the one best guess
 * (`single`) or for each guess of a list. Short codes are too close to each
 * other for edit distance to mean anything, and beyond about a third of a
 * longer word a guess confuses more than it helps. A list shows several
 * guesses at once, so each must be closer: one edit for a word of four or
 * five letters, not two.
 */
function allowedEdits(key: string, single: boolean): number {
  return key.length <= 3 ? 0 : Math.max(single ? 2 : 1, Math.floor(key.length / 3));
}

/** The id a contributor most likely meant, or undefined when nothing is close. */
export function suggestId(unknown: string, registry: IdRegistry): string | undefined {
  const key = normaliseName(unknown);
  if (registry.ids.has(key)) return key;
  const byName = registry.names.get(key);
  if (byName) return byName;
  if (registry.ids.size === 0) return undefined;
  const best = closest(key, [...registry.ids, ...registry.names.keys()]);
  if (distance(key, best) > allowedEdits(key, true)) return undefined;
  return registry.ids.has(best) ? best : registry.names.get(best);
}

/**
 * The ids that look most like what was typed, best first, for a list to
 * choose from: an exact id or name, then ids or names that start with it (or
 * one of whose words does), that contain it, or that are within a few edits,
 * and the id suggestId gives. At most `limit` of them.
 */
export function closeMatches(query: string, registry: IdRegistry, limit = 5): string[] {
  const key = normaliseName(query);
  if (!key) return [];
  const allowed = allowedEdits(key, false);
  const best = new Map<string, number>();
  const consider = (candidate: string, id: string) => {
    const words = candidate.split('-').filter((w) => w.length >= 3);
    let score: number;
    if (candidate === key) score = 0;
    // A prefix of the id, the name or one of its words: `zelen` finds `volodymyr-zelensky`.
    else if (key.length >= 3 && (candidate.startsWith(key) || words.some((w) => w.startsWith(key)))) score = 1;
    else if (key.length >= 4 && candidate.includes(key)) score = 2;
    else {
      // Within a few edits of the whole id or name, or of one of its words: `rute` finds `mark-rutte`.
      const d = Math.min(distance(key, candidate), ...(key.includes('-') ? [] : words.map((w) => distance(key, w))));
      if (d > allowed) return;
      score = 2 + d;
    }
    if (score < (best.get(id) ?? Infinity)) best.set(id, score);
  };
  for (const id of registry.ids) consider(id, id);
  for (const [name, id] of registry.names) consider(name, id);
  const suggested = suggestId(query, registry);
  if (suggested !== undefined && !best.has(suggested)) best.set(suggested, 1);
  return [...best]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id]) => id);
}
