/**
 * Pure helpers for `npm run new`: the file name a title gets, the skeleton a
 * new briefing starts from, and what is wrong with an answer. The rules are
 * the check's own: a value is checked with the briefing schema and its issues
 * are worded by the check's problem mapping, and an unknown id gets the
 * check's "did you mean". scripts/new.ts does the prompting and the file
 * system; everything here is plain data in, text out.
 */
import { BRIEFING_FILE } from '../check/files.ts';
import { parseSource } from '../check/frontmatter.ts';
import type { Problem } from '../check/problems.ts';
import type { IdRegistry } from '../check/registry.ts';
import { futureDates } from '../check/rules/future-dates.ts';
import { referenceHint, type ReferenceKind } from '../check/rules/references.ts';
import { describeIssue, type Schema } from '../check/schema-problems.ts';
import { closeMatches, suggestId } from '../check/suggest.ts';
import { normaliseName } from '../check/text.ts';

/** A mistake in what was asked of `npm run new`: printed as it is, without a stack, and nothing is written. */
export class ScaffoldError extends Error {}

/** How long the slug part of a file name may be; longer titles are cut at a word. */
const MAX_SLUG_LENGTH = 60;

/**
 * The id part of a file name, from a title: the title's normalised name in
 * lowercase ASCII letters and digits joined by single hyphens, cut at a word
 * to at most MAX_SLUG_LENGTH characters. Empty when the title has no Latin
 * letters or digits (then the contributor chooses one with `--slug`).
 */
export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = normaliseName(title)
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

/** Splits "a, b c" (commas or spaces) into ids, dropping empties. */
export function splitIds(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The message for an id that is not in the registry: what was wrong, the
 * check's hint (its "did you mean", with the id's label), and close matches.
 */
export function unknownIdMessage(kind: ReferenceKind, id: string, registry: IdRegistry): string {
  const suggestion = suggestId(id, registry);
  const lines = [`Unknown ${kind} \`${id}\`.`, referenceHint(kind, id, suggestion && `\`${suggestion}\`${label(suggestion, registry)}`)];
  const others = closeMatches(id, registry).filter((m) => m !== suggestion);
  if (others.length) lines.push(`Close matches: ${others.map((m) => `\`${m}\`${label(m, registry)}`).join(', ')}.`);
  return lines.join('\n');
}

function label(id: string, { labels }: IdRegistry): string {
  const text = labels.get(id);
  return text ? ` (${text})` : '';
}

/** A problem as one line of the scaffold's output: what is wrong, then how to fix it. */
function problemText({ message, hint }: Pick<Problem, 'message' | 'hint'>): string {
  return hint ? `${message}. ${hint}` : `${message}.`;
}

/** Each front-matter field's schema, as the briefing schema's `shape` gives them. */
type FieldSchemas = Readonly<Record<string, Schema<unknown>>>;

/** What the briefing schema says is wrong with one field's value, in the check's words; empty when it is valid. */
export function fieldProblems(fields: FieldSchemas, field: string, value: unknown): string[] {
  const schema = fields[field];
  if (!schema) throw new Error(`the briefing schema has no field \`${field}\``);
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => describeIssue({ [field]: value }, { ...issue, path: [field, ...issue.path] }).map(problemText));
}

/** What is wrong with a briefing's date: the schema's format, then the check's rule against dates after `today`. */
export function dateProblems(fields: FieldSchemas, date: string, today: string): string[] {
  const format = fieldProblems(fields, 'date', date);
  return format.length ? format : futureDates('', { date }, today, () => undefined).map(problemText);
}

/**
 * What the briefing schema finds wrong with a whole skeleton, by field: the
 * rules across fields (such as naming at least one actor or country) apply
 * only to the whole front matter.
 */
export function skeletonProblems(schema: Schema<unknown>, fields: SkeletonFields): { field: string; text: string }[] {
  const data = parseSource(briefingSkeleton(fields)).data;
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    describeIssue(data, issue).map((report) => ({ field: String(report.path[0] ?? ''), text: problemText(report) })),
  );
}

export interface SkeletonFields {
  title: string;
  date: string;
  actors: readonly string[];
  countries: readonly string[];
  places?: readonly string[];
  topics?: readonly string[];
  status: string;
  /** Every status id, listed in a comment beside `status`. */
  statuses: readonly string[];
  /** Every topic id, listed in a comment beside `topics`. */
  topicIds: readonly string[];
}

/**
 * The word every placeholder holds. The check refuses it in a briefing that is
 * not a draft (src/check/rules/placeholders.ts), so a skeleton cannot be
 * published as it is.
 */
export const PLACEHOLDER_MARKER = 'TODO';

/** The placeholders a contributor replaces; each is valid, so the file checks clean until then. */
export const PLACEHOLDERS = {
  summary: `${PLACEHOLDER_MARKER}: one or two sentences: what happened, who said so, and when.`,
  sourceTitle: `${PLACEHOLDER_MARKER}: the headline of the article or the title of the document`,
  publisher: `${PLACEHOLDER_MARKER}: who published it`,
  url: `https://example.org/${PLACEHOLDER_MARKER}-replace-with-the-address-of-the-source`,
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
    `places: ${flowList(fields.places ?? [])} # optional: ids of files in src/content/places/`,
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
  `${PLACEHOLDER_MARKER}: What happened, in your own words, with the date and who said so. End every statement with the number of its source in \`sources\`.<Cite source="1" />`,
  '',
  `${PLACEHOLDER_MARKER}: What other sources say, and where accounts differ. Add each source to \`sources\` and cite it by its number: \`<Cite source="2" />\` for the second.<Cite source="1" />`,
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
