/**
 * A draft briefing from one development of a report: front matter a person
 * finishes (a proposed title and summary cut from the report's own words and
 * marked for review, ids from the registries, a suggested status, the
 * placeholder source `npm run new` writes, `draft: true`) and the body of
 * draft-body.ts. Nothing is paraphrased or invented: what the report does not
 * give is a marked placeholder, which the check refuses to publish.
 */
import { reviewMarker } from '../lib/review-markers.ts';
import { briefingFileName, findClash, PLACEHOLDERS, slugify } from '../lib/scaffold.ts';
import { draftBody } from './draft-body.ts';
import type { Development } from './types.ts';

/** The briefing schema's limits (src/content.config.ts); a test holds them equal. */
export const TITLE_MAX = 120;
export const SUMMARY_MAX = 320;

const REVIEW = `${reviewMarker('review')}: `;

/**
 * `text` cut at a word to at most `max` characters, with `…` where it was
 * cut; the clause punctuation left before the cut goes, the words stay.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max - 1);
  const kept = space > 0 ? text.slice(0, space) : text.slice(0, max - 1);
  return `${kept.replace(/[\s.,;:–—-]+$/, '')}…`;
}

/** A one-word connective that leads into a sentence ("Meanwhile, …") says nothing in a title. */
const LEADING_CONNECTIVE = /^(?:\p{L}+ly|meanwhile|however|separately|also|furthermore|moreover|elsewhere|overall),\s+(?=\S)/iu;

/** A title proposed from one of the report's sentences: its words, without a leading connective or its full stop, cut to fit, marked for review. */
export function proposedTitle(sentence: string): string {
  const words = sentence
    .trim()
    .replace(LEADING_CONNECTIVE, '')
    .replace(/[.!?]+$/, '');
  return `${REVIEW}${cutAtWord(words.charAt(0).toUpperCase() + words.slice(1), TITLE_MAX - REVIEW.length)}`;
}

/** A summary proposed from the development's first sentences, as many whole ones as fit (the first cut at a word if it alone is too long), marked for review. */
export function proposedSummary(sentences: readonly string[]): string {
  const room = SUMMARY_MAX - REVIEW.length;
  let summary = cutAtWord(sentences[0]?.trim() ?? '', room);
  for (const sentence of sentences.slice(1)) {
    const longer = `${summary} ${sentence.trim()}`;
    if (longer.length > room) break;
    summary = longer;
  }
  return `${REVIEW}${summary}`;
}

/** The title without its marker: the words a file name is made from. */
export function titleWords(title: string): string {
  return title.startsWith(REVIEW) ? title.slice(REVIEW.length) : title;
}

/**
 * The draft's file name, `<date>-<slug>.mdx`, with the slug from the title's
 * words; `-2`, `-3`… when a file already has that name or that slug under
 * another date, so nothing is overwritten and the check sees no duplicate id.
 * Undefined when the title has no Latin letters or digits: a person names it.
 */
export function draftFileName(date: string, title: string, existing: readonly string[]): string | undefined {
  const slug = slugify(titleWords(title));
  if (!slug) return undefined;
  for (let n = 1; ; n++) {
    const name = briefingFileName(date, n === 1 ? slug : `${slug}-${n}`);
    if (!findClash(existing, name)) return name;
  }
}

export interface SuggestedStatus {
  status: 'claimed' | 'reported';
  /** Why, for the comment beside `status`. */
  reason: string;
}

/**
 * A report is a secondary account: alone it confirms nothing (`confirmed`
 * needs the parties' record) and gives one account (`disputed` needs two).
 * So a development the report gives through a claim verb ("asserted",
 * "estimated") is one party's assertion, `claimed`; any other is `reported`.
 */
export function suggestedStatus(development: Development): SuggestedStatus {
  const verbs = [...new Set(development.needsSource.filter((n) => n.kind === 'claim').map((n) => n.text.toLowerCase()))];
  return verbs.length
    ? { status: 'claimed', reason: `the report gives it as a claim (${verbs.map((v) => `"${v}"`).join(', ')})` }
    : { status: 'reported', reason: 'the report states it without a claim verb' };
}

export interface DraftFields {
  title: string;
  summary: string;
  /** The development's actors and the ids of the stubs written for its new actors. */
  actors: readonly string[];
  /** The development's places and the ids of the place files written for it. */
  places: readonly string[];
  /** Every status id and topic id, listed in comments beside the fields. */
  statuses: readonly string[];
  topicIds: readonly string[];
  /** Registry actor names by id, for a quote's speaker. */
  actorNames: ReadonlyMap<string, string>;
}

/** A YAML double-quoted scalar; JSON string escapes are valid YAML escapes. */
const quoted = (text: string) => JSON.stringify(text);
const flowList = (ids: readonly string[]) => `[${ids.join(', ')}]`;

/** The whole MDX file of a draft. */
export function draftText(development: Development, fields: DraftFields): string {
  const { status, reason } = suggestedStatus(development);
  const frontMatter = [
    '---',
    `title: ${quoted(fields.title)}`,
    `date: ${development.date}${development.dateText ? ` # the report: ${quoted(development.dateText)}` : ' # the report’s date'}`,
    `summary: ${quoted(fields.summary)}`,
    `actors: ${flowList(fields.actors)}`,
    `countries: ${flowList(development.countries)}`,
    `places: ${flowList(fields.places)}`,
    // Topics are a judgement the report's words do not settle, so none is guessed.
    `topics: [] # any of: ${fields.topicIds.join(', ')}`,
    `status: ${status} # suggested, as ${reason}; any of: ${fields.statuses.join(', ')}`,
    'sources:',
    `  - title: ${quoted(PLACEHOLDERS.sourceTitle)}`,
    `    publisher: ${quoted(PLACEHOLDERS.publisher)}`,
    `    url: ${PLACEHOLDERS.url}`,
    `    date: ${development.date} # the date the source gives, not the date you read it`,
    'draft: true # delete this line when every TODO is gone and the briefing is ready to publish',
    '---',
    '',
  ];
  return `${frontMatter.join('\n')}\n${draftBody(development, fields.actorNames)}`;
}
