/**
 * Which paragraphs of a report tell developments, and why the others do not.
 *
 * - A heading, or a first line without a full stop, is the title.
 * - A "Sources" or "Related sources" line and all after it are the sources,
 *   whether the sources follow on their own lines or on the heading's
 *   ("Sources: Reuters • AP"); so is a list of bare source labels or links.
 * - A paragraph that names nothing specific of its own (no actor, place,
 *   figure or date that another paragraph does not name too) frames, sets the
 *   context, or concludes: a report's lead and its closing summary repeat
 *   what the developments say. Before the first development it is framing,
 *   the last paragraph after the last development the conclusion, any other
 *   context (the background a report gives just before it closes). The first and last
 *   paragraphs need more than a place of their own to tell a development.
 * - So does a paragraph after the first that names no person or organisation
 *   (in the middle: none that another paragraph does not name too, and none
 *   acting) and no day of the report's own: none, or only days before every day the
 *   paragraphs before it told ("The dam was built in Soviet times …", "The
 *   first round, on 16 May, …"). It describes how things stood or what went
 *   before, whatever figures it gives; an event has a day, or someone acting.
 * - But a paragraph between the first and the last whose sentence has a named
 *   person or organisation as its subject (`acts:`) tells a development even
 *   when everything it names is named elsewhere: "Zelensky said on Saturday
 *   that …" is a reaction of its own, not background. The first and last
 *   paragraphs do not get this: a lead and a close name the main actors too.
 * - Nor does a paragraph whose days all come before every day the paragraphs
 *   before it told, whoever acts in it ("Zelensky's previous visit, on 28
 *   February, ended in a clash"): it looks back at what went before. One that
 *   names a day counted on from the event before (`follows:`, "The same day
 *   …") goes on from it instead.
 * - Nor does a paragraph each of whose sentences recalls what went before or
 *   how things stand (`recalls:`, from developments.ts): the past perfect,
 *   a running total "since" the invasion.
 */
import type { Paragraph } from './report-text.ts';
import type { UnusedParagraph } from './types.ts';

export type UnusedReason = UnusedParagraph['reason'];

const SOURCES_HEADING = /^(?:related\s+)?(?:sources|references|further reading|links)\s*:?$/i;
/** A line that is a source label or a link, bulleted or not: "• Source 1", "- https://…". */
const SOURCE_ITEM = /^(?:[•*\-–]\s*)?(?:source\s*\d+|https?:\/\/\S+)$/i;
/** A full stop, question or exclamation mark, or ellipsis, perhaps inside a closing quotation or bracket. */
const SENTENCE_END = /[.!?…]["”’)]*$/u;
/** The sources on one line after their heading: "Sources: Reuters • AP • The Kyiv Independent", "References — Reuters; AP". */
const SOURCES_LINE = /^(?:related\s+)?(?:sources|references|further reading|links)\s*[:—–-]\s*(\S.*)$/is;
/** What separates sources listed on one line. */
const SOURCE_SEPARATOR = /\s*[•·|;,\n]\s*/;

/**
 * Each paragraph's reason for giving no development, or undefined for one
 * that does. `specifics` holds, by paragraph index, what each names that
 * could be its own, each prefixed with what it is (`actor:`, `place:`,
 * `new:`, `figure:`, `day:`), the actors it names as a subject (`acts:`),
 * and `recalls:` when each of its sentences only recalls what went before.
 */
export function unusedReasons(paragraphs: readonly Paragraph[], specifics: ReadonlyMap<number, ReadonlySet<string>>): (UnusedReason | undefined)[] {
  const structural = structuralReasons(paragraphs);
  const prose = paragraphs.filter((p) => structural[p.index] === undefined);
  const items = (p: Paragraph) => [...(specifics.get(p.index) ?? [])];
  // A name is the same wherever it stands, read as a place in one paragraph and as a body in another: "the Cabinet of Ministers building", "the strike on the Cabinet of Ministers".
  const sameName = (item: string) => item.replace(/^(?:place|new):/, 'name:');
  const own = (p: Paragraph) => {
    const elsewhere = new Set(
      prose
        .filter((o) => o !== p)
        .flatMap(items)
        .map(sameName),
    );
    return items(p).filter((item) => !elsewhere.has(sameName(item)) && !/^(?:acts|recalls|opens-recalling|follows):/.test(item));
  };
  // The lead and the close may name a place of their own as a backdrop ("pressure is mounting on Kyiv"); they tell a development only with an actor, a figure or a day.
  const edges = new Set([prose[0], prose.at(-1)]);
  const acting = (p: Paragraph) => !edges.has(p) && items(p).some((item) => item.startsWith('acts:'));
  const days = (p: Paragraph) => items(p).filter((item) => item.startsWith('day:'));
  // The earliest day the paragraphs before told an event on: each one's first day, as a later day in a paragraph may be a background fact's ("the deal signed on 22 July").
  const toldBefore = (i: number) =>
    prose
      .slice(0, i)
      .flatMap((p) => days(p).slice(0, 1))
      .sort()[0];
  // After the lead, a paragraph that names no one and no day of the report's own (none, or only days before every day told so far) describes rather than tells: whatever figures it gives, it is background.
  const describes = (i: number) => {
    const told = toldBefore(i);
    const ownDay = told === undefined ? days(prose[i]!).length > 0 : days(prose[i]!).some((day) => day >= told);
    // In the middle, someone named elsewhere as well is no event of this paragraph's ("… oblige its member states to arrest Putin").
    const names = edges.has(prose[i]) ? items(prose[i]!) : own(prose[i]!);
    return i > 0 && !ownDay && !names.some((item) => /^(?:actor|new):/.test(item));
  };
  // A paragraph whose days all come before every day told so far looks back, whoever acts in it ("Zelensky's previous visit, on 28 February, ended in a clash"): what went before is background.
  // One that goes on from the day told ("The same day …", "The next day …") does not, whatever earlier day it recalls in passing.
  const looksBack = (i: number) => {
    const told = toldBefore(i);
    if (told === undefined || items(prose[i]!).includes('follows:')) return false;
    return days(prose[i]!).length > 0 && days(prose[i]!).every((day) => day < told);
  };
  // A paragraph that only recalls what went before (`recalls:`: "Trump had called Zelensky a dictator", "Congress has approved $175 billion since the invasion") is background too, whoever acts in it.
  // So is one that opens on how things stand ("In Brussels, the quarrel over money goes on.") and, in a report that dates its events, names no day: what follows fills in the background.
  const recalling = (p: Paragraph, i: number) =>
    items(p).includes('recalls:') ||
    (items(p).includes('opens-recalling:') && toldBefore(i) !== undefined && days(p).length === 0 && !items(p).includes('follows:'));
  // The lead and the close may also sum up with a figure ("$24 billion more still awaits Congress", "a million people left without power by Friday's strikes"); without a day of their own, one no other paragraph tells, it tells no event.
  const backdrop = (p: Paragraph, item: string) =>
    edges.has(p) &&
    (item.startsWith('place:') || (item.startsWith('figure:') && !own(p).some((own) => own.startsWith('day:')) && !items(p).includes('follows:')));
  let repeats = prose.map(
    (p, i) => looksBack(i) || recalling(p, i) || (!acting(p) && (describes(i) || own(p).filter((item) => !backdrop(p, item)).length === 0)),
  );
  // A report whose paragraphs all tell one story repeats itself throughout: then every paragraph that names something develops it.
  if (repeats.every(Boolean)) repeats = prose.map((p) => (specifics.get(p.index)?.size ?? 0) === 0);
  const developing = prose.filter((_, i) => !repeats[i]).map((p) => p.index);
  const [firstDevelopment = Infinity, lastDevelopment = -Infinity] = [developing[0], developing.at(-1)];
  const reasons = [...structural];
  prose.forEach((p, i) => {
    if (!repeats[i]) return;
    reasons[p.index] = p.index < firstDevelopment ? 'framing' : p.index > lastDevelopment && p === prose.at(-1) ? 'conclusion' : 'context';
  });
  return reasons;
}

/** Title and sources, which the text's form alone tells. */
function structuralReasons(paragraphs: readonly Paragraph[]): (UnusedReason | undefined)[] {
  let inSources = false;
  return paragraphs.map((p) => {
    const text = p.text.trim();
    if (SOURCES_HEADING.test(text) || isSourcesLine(text)) inSources = true;
    if (inSources || isSourceList(text)) return 'sources';
    if (isHeading(p)) return 'title';
    return undefined;
  });
}

/** A heading, or a first line without a full stop: the report's title, or a section's. */
export function isHeading(p: Paragraph): boolean {
  const text = p.text.trim();
  return /^#{1,6}\s/.test(text) || (p.index === 0 && !text.includes('\n') && !SENTENCE_END.test(text));
}

/** A sources heading with its sources after it, each a name of a few words or a link, none a sentence. */
function isSourcesLine(text: string): boolean {
  const list = SOURCES_LINE.exec(text)?.[1];
  if (list === undefined) return false;
  return list.split(SOURCE_SEPARATOR).every((item) => item === '' || /^https?:\/\/\S+$/i.test(item) || (item.split(/\s+/).length <= 6 && !/[.!?]$/.test(item)));
}

function isSourceList(text: string): boolean {
  const items = text
    .split(/\n|(?=•)/)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length > 0 && items.every((item) => SOURCE_ITEM.test(item));
}
