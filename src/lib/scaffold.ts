/**
 * Pure helpers for `npm run new`: the file name a title gets, the skeleton a
 * new briefing starts from, and the "did you mean" lists shown for an actor or
 * country id that does not exist. scripts/new.ts does the prompting and the
 * file system; everything here is plain data in, text out.
 */
import { distance } from 'fastest-levenshtein';
import { BRIEFING_FILE } from '../check/content-check.ts';
import { normaliseName, suggestId, type IdRegistry } from '../check/references.ts';

/** How long the slug part of a file name may be; longer titles are cut at a word. */
export const MAX_SLUG_LENGTH = 60;

/**
 * The id part of a file name, from a title: lowercase ASCII letters and digits
 * joined by single hyphens, accents dropped, cut at a word to at most
 * MAX_SLUG_LENGTH characters. Empty when the title has no Latin letters or
 * digits (then the contributor chooses one with `--slug`).
 */
export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** `2024-11-04` + `north-korean-troops-kursk` → `2024-11-04-north-korean-troops-kursk.mdx`. */
export function briefingFileName(date: string, slug: string): string {
  return `${date}-${slug}.mdx`;
}

/** Whether a file name follows the pattern the check and the loader publish. */
export function isBriefingFileName(name: string): boolean {
  return BRIEFING_FILE.test(name);
}

/** Whether `text` is a real calendar date written YYYY-MM-DD (2024-02-30 is not). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * An existing briefing file the new one would clash with: the same file, or
 * the same slug under another date (which the check reports as a duplicate).
 */
export function findClash(existing: Iterable<string>, fileName: string): { file: string; kind: 'same-file' | 'same-slug' } | undefined {
  const slug = fileName.replace(/^\d{4}-\d{2}-\d{2}-/, '');
  let sameSlug: string | undefined;
  for (const name of existing) {
    if (name === fileName) return { file: name, kind: 'same-file' };
    if (!sameSlug && isBriefingFileName(name) && name.replace(/^\d{4}-\d{2}-\d{2}-/, '') === slug) sameSlug = name;
  }
  return sameSlug ? { file: sameSlug, kind: 'same-slug' } : undefined;
}

/** A registry of ids with a human label for each, for listing suggestions. */
export interface LabelledRegistry {
  registry: IdRegistry;
  /** id → what to show beside it: an actor's name, a country's common name. */
  labels: ReadonlyMap<string, string>;
}

/** Splits "a, b c" (commas or spaces) into ids, dropping empties. */
export function splitIds(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The ids that look most like what was typed, best first: an exact id or name,
 * then ids or names that contain it (or that it contains), then ids or names
 * within a few edits. At most `limit` of them.
 */
export function closeMatches(query: string, { registry }: LabelledRegistry, limit = 5): string[] {
  const key = normaliseName(query);
  if (!key) return [];
  // Three letters or fewer are too close to too many codes for edit distance to mean anything.
  const allowed = key.length <= 3 ? 0 : Math.max(1, Math.floor(key.length / 3));
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

/**
 * The message for an id that is not in the registry: what was wrong, the
 * "did you mean" from the same suggester the check uses, and the close
 * matches, each with its label.
 */
export function unknownIdMessage(kind: 'actor' | 'country', id: string, labelled: LabelledRegistry): string {
  const lines = [`Unknown ${kind} \`${id}\`.`];
  const suggestion = suggestId(id, labelled.registry);
  if (suggestion) lines.push(`Did you mean \`${suggestion}\`${label(suggestion, labelled)}?`);
  const others = closeMatches(id, labelled).filter((m) => m !== suggestion);
  if (others.length) lines.push(`Close matches: ${others.map((m) => `\`${m}\`${label(m, labelled)}`).join(', ')}.`);
  lines.push(
    kind === 'actor'
      ? 'Actor ids are the file names in src/content/actors/ without .yaml; add a file there for a new actor (see CONTRIBUTING.md).'
      : 'Country ids are lowercase ISO 3166-1 alpha-2 codes, such as `ua` or `kp`.',
  );
  return lines.join('\n');
}

function label(id: string, { labels }: LabelledRegistry): string {
  const text = labels.get(id);
  return text ? ` (${text})` : '';
}

export interface SkeletonFields {
  title: string;
  date: string;
  actors: readonly string[];
  countries: readonly string[];
  topics?: readonly string[];
  status: string;
  /** Every status id, listed in a comment beside `status`. */
  statuses: readonly string[];
  /** Every topic id, listed in a comment beside `topics`. */
  topicIds: readonly string[];
}

/** The placeholders a contributor replaces; each is valid, so the file checks clean until then. */
export const PLACEHOLDERS = {
  summary: 'TODO: one or two sentences: what happened, who said so, and when.',
  sourceTitle: 'TODO: the headline of the article or the title of the document',
  publisher: 'TODO: who published it',
  url: 'https://example.org/TODO-replace-with-the-address-of-the-source',
} as const;

/** A YAML double-quoted scalar; JSON string escapes are valid YAML escapes. */
function quote(text: string): string {
  return JSON.stringify(text);
}

function flowList(ids: readonly string[]): string {
  return `[${ids.join(', ')}]`;
}

/** The front matter of a new briefing, fences included. Marked `draft: true` so it is never published by accident. */
export function frontMatterText(fields: SkeletonFields): string {
  return [
    '---',
    `title: ${quote(fields.title)}`,
    `date: ${fields.date}`,
    `summary: ${quote(PLACEHOLDERS.summary)}`,
    `actors: ${flowList(fields.actors)}`,
    `countries: ${flowList(fields.countries)}`,
    `topics: ${flowList(fields.topics ?? [])} # optional, any of: ${fields.topicIds.join(', ')}`,
    `status: ${fields.status} # how established the main claim is: ${fields.statuses.join(', ')}`,
    'sources:',
    `  - title: ${quote(PLACEHOLDERS.sourceTitle)}`,
    `    publisher: ${quote(PLACEHOLDERS.publisher)}`,
    `    url: ${PLACEHOLDERS.url}`,
    `    date: ${fields.date} # the date the source gives, not the date you read it`,
    'draft: true # delete this line when the briefing is ready to publish',
    '---',
    '',
  ].join('\n');
}

/** The body of a new briefing: prose with a numbered citation after every statement. */
export const BODY_SKELETON = [
  'TODO: What happened, in your own words, with the date and who said so. End every statement with the number of its source in `sources`.<Cite source="1" />',
  '',
  'TODO: What other sources say, and where accounts differ. Add each source to `sources` and cite it by its number: `<Cite source="2" />` for the second.<Cite source="1" />',
  '',
].join('\n');

/** The whole new file: front matter and body skeleton. */
export function briefingSkeleton(fields: SkeletonFields): string {
  return `${frontMatterText(fields)}\n${BODY_SKELETON}`;
}

/** What to do after the file is written, one step a line. */
export function nextSteps(file: string): string[] {
  return [
    `Created ${file}`,
    '',
    'Next steps:',
    '  1. Replace every TODO: the summary, the source (title, publisher, address, date) and the body.',
    '  2. Add a source for each statement and cite it by its number: <Cite source="2" />.',
    '  3. Set `status` to how established the main claim is; see CONTRIBUTING.md.',
    '  4. Run `npm run check` and fix what it reports.',
    '  5. Delete the `draft: true` line when the briefing is ready, then open a pull request.',
  ];
}
