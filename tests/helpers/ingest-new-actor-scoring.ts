/**
 * Recall of the new actors a report's analysis proposes, against hand labels:
 * when two spellings name the same person or body ("Prigozhin", "Yevgeny Prigozhin").
 */
import worldCountries from 'world-countries';
import type { Alignment, LabelledDevelopment, PredictedDevelopment } from './ingest-scoring.ts';

/** Words too common in names to identify anyone on their own. */
const GENERIC_NAME_WORDS = new Set([
  'the',
  'of',
  'and',
  'for',
  'group',
  'ministry',
  'minister',
  'service',
  'agency',
  'office',
  'council',
  'committee',
  'department',
  'forces',
  'force',
  'army',
  'staff',
  'general',
  'state',
  'national',
  'international',
  'president',
  'chief',
  'head',
  'spokesman',
  'spokesperson',
]);

/** A name as comparable words: no accents, no case, no possessive, no punctuation. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && word !== 'the');
}

/**
 * Whether a proposed name is a labelled one: the same words, or all the words of one
 * within the other ("Prigozhin" and "Yevgeny Prigozhin", "Ukraine's Interior Ministry"
 * and "Interior Ministry"), as long as the shorter keeps a word that identifies.
 */
export function namesMatch(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  // The same words are the same name, identifying words or not: "Group of 20" is itself.
  if (wa.join(' ') === wb.join(' ')) return true;
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const pool = new Set(longer);
  if (!shorter.every((word) => pool.has(word))) return false;
  if (shorter.some((word) => word.length >= 3 && !GENERIC_NAME_WORDS.has(word))) return true;
  // A body named by its kind alone is the same body with its country before it: "General Staff" and "Ukraine's General Staff".
  const extra = longer.filter((word) => !shorter.includes(word)).join(' ');
  return COUNTRY_WORDS.has(extra);
}

/** Countries' common names and demonyms, as comparable words: "ukraine", "russian", "united states". */
const COUNTRY_WORDS = new Set(
  worldCountries.flatMap((c) => [c.name.common, c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? ''].filter(Boolean).map((name) => nameWords(name).join(' '))),
);

export interface NewActorScore {
  matched: number;
  total: number;
  recall: number;
  /** Labelled new actors not proposed, as "name (development opening)". */
  missing: string[];
  /** Matched names whose kind differs. */
  kindMismatches: string[];
  /** Proposed new actors in aligned developments that match no label (not counted against the engine). */
  unlabelled: string[];
}

/** Recall of labelled new actors, by development: each label matches at most one proposal of its aligned development. */
export function scoreNewActors(
  predicted: readonly Pick<PredictedDevelopment, 'newActors'>[],
  labelled: readonly Pick<LabelledDevelopment, 'newActors' | 'opening'>[],
  alignment: Alignment,
): NewActorScore {
  const missing: string[] = [];
  const kindMismatches: string[] = [];
  const unlabelled: string[] = [];
  let matched = 0;
  let total = 0;
  for (const [p, l] of alignment.pairs) {
    const proposals = [...predicted[p]!.newActors];
    const used = new Set<number>();
    for (const label of labelled[l]!.newActors) {
      total++;
      const i = proposals.findIndex((proposal, j) => !used.has(j) && namesMatch(proposal.name, label.name));
      if (i === -1) {
        missing.push(`${label.name} (${labelled[l]!.opening})`);
        continue;
      }
      used.add(i);
      matched++;
      const kind = proposals[i]!.kind;
      if (kind !== undefined && kind !== label.kind) kindMismatches.push(`${label.name}: ${kind}, labelled ${label.kind}`);
    }
    proposals.forEach((proposal, j) => {
      if (!used.has(j)) unlabelled.push(proposal.name);
    });
  }
  for (const l of alignment.missedLabelled) {
    for (const label of labelled[l]!.newActors) {
      total++;
      missing.push(`${label.name} (${labelled[l]!.opening})`);
    }
  }
  return { matched, total, recall: total === 0 ? 1 : matched / total, missing, kindMismatches, unlabelled };
}
