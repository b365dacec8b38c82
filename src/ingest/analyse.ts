/**
 * The analysis step of `npm run ingest`: a report's text in, its
 * developments out, each with its sentences, date, linked actors, countries
 * and places, the names the registries do not hold, quoted speech, and what
 * needs a source. Everything it returns is cut from the report's text.
 *
 * The steps, each in its own module: paragraphs and sentences
 * (report-text.ts), linking against the registries (name-index.ts,
 * linking.ts), new names (name-chunks.ts, new-names.ts), which paragraphs
 * tell developments (paragraphs.ts, with recalls.ts) and how each splits
 * (developments.ts, with subject.ts), dates (dates.ts), quotes (quotes.ts),
 * and what needs a source (source-needs.ts).
 */
import { countsOn, dateExpressions, developmentDates, namedDays } from './dates.ts';
import { splitParagraph, type SentenceClues } from './developments.ts';
import { linkReport, type Mention } from './linking.ts';
import { buildNameIndex, nameWords } from './name-index.ts';
import { findNewNames, type SentenceNames } from './new-names.ts';
import { unusedReasons } from './paragraphs.ts';
import { findQuotes, type Speaker } from './quotes.ts';
import { recalls } from './recalls.ts';
import { readReport, type Paragraph, type Sentence } from './report-text.ts';
import { sourceNeeds } from './source-needs.ts';
import { subjectOf } from './subject.ts';
import type { Development, IngestRegistries, NewActor, ReportAnalysis, SourceNeed, UnusedParagraph } from './types.ts';

export function analyseReport(text: string, options: { date: string; registries: IngestRegistries }): ReportAnalysis {
  const paragraphs = readReport(text);
  const sentences = paragraphs.flatMap((p) => p.sentences);
  const index = buildNameIndex(options.registries);
  const linked = linkReport(paragraphs, index);
  const found = findNewNames(paragraphs, linked);
  const facts = new Map(sentences.map((s) => [s, sentenceFacts(s, options.date)] as const));
  const mentionsOf = (s: Sentence) => linked.get(s) ?? [];
  const namesOf = (s: Sentence): SentenceNames => found.get(s) ?? { actors: [], places: [] };

  const reasons = unusedReasons(paragraphs, new Map(paragraphs.map((p) => [p.index, specifics(p, mentionsOf, namesOf, facts)] as const)));
  const unused: UnusedParagraph[] = paragraphs.flatMap((p) => {
    const reason = reasons[p.index];
    return reason ? [{ paragraph: p.index, text: p.text, reason }] : [];
  });
  const countryOf = new Map(options.registries.actors.flatMap((a) => (a.country ? [[a.id, a.country] as const] : [])));
  const groups = paragraphs
    .filter((p) => reasons[p.index] === undefined)
    .flatMap((p) => splitParagraph(p.sentences, (s) => clues(mentionsOf(s), namesOf(s), countryOf)));
  const dates = developmentDates(
    groups.map((group) => group.map((s) => s.text).join(' ')),
    options.date,
  );
  const developments = groups.map((group, i): Development => {
    const mentions = group.flatMap(mentionsOf);
    const ids = (kind: Mention['kind']) => unique(mentions.filter((m) => m.kind === kind).map((m) => m.id));
    return {
      ...dates[i]!,
      paragraph: group[0]!.paragraph,
      sentences: group.map((s) => s.text),
      actors: ids('actor'),
      countries: ids('country'),
      places: ids('place'),
      freePlaces: uniqueBy(
        group.flatMap((s) => namesOf(s).places),
        (name) => name,
      ),
      newActors: uniqueBy(
        group.flatMap((s) => namesOf(s).actors.map(({ name, kind }): NewActor => ({ name, kind, sentence: s.text }))),
        (a) => a.name,
      ),
      quotes: findQuotes(text, group, (s) => speakers(mentionsOf(s), namesOf(s))),
      needsSource: group.flatMap((s) => facts.get(s)!.needs),
    };
  });
  return { developments, unused };
}

interface SentenceFacts {
  needs: SourceNeed[];
  /** The days its date expressions name. */
  days: string[];
}

function sentenceFacts(sentence: Sentence, reportDate: string): SentenceFacts {
  const expressions = dateExpressions(sentence.text, reportDate);
  const spans = expressions.map((e) => ({ start: sentence.start + e.start, end: sentence.start + e.end }));
  return { needs: sourceNeeds(sentence, spans), days: namedDays(sentence.text, reportDate) };
}

/**
 * What a paragraph names that could be its own: actors, places, new names,
 * figures, days (countries are too broad to tell); and who acts in it as a
 * subject. A figure that counts time ("nearly three years into the war") is
 * how long something has lasted, one in round words ("thousands of
 * kilometres") a scale, and an ordinal ("its 75th anniversary summit", "the
 * war's third year") a rank: a lead gives all three as a backdrop, and they
 * tell no event. A paragraph whose every sentence recalls what went before
 * or how things stand (`recalls`) is marked `recalls:`, one whose first
 * sentence does `opens-recalling:`, and one that names a
 * day counted on from the event before ("The same day …") `follows:`.
 */
function specifics(
  paragraph: Paragraph,
  mentionsOf: (s: Sentence) => readonly Mention[],
  namesOf: (s: Sentence) => SentenceNames,
  facts: ReadonlyMap<Sentence, SentenceFacts>,
): Set<string> {
  return new Set([
    ...(paragraph.sentences.every(recalls) ? ['recalls:'] : paragraph.sentences[0] && recalls(paragraph.sentences[0]) ? ['opens-recalling:'] : []),
    ...(paragraph.sentences.some((s) => countsOn(s.text)) ? ['follows:'] : []),
    ...paragraph.sentences.flatMap((s) => [
      ...mentionsOf(s)
        .filter((m) => m.kind !== 'country')
        .map((m) => `${m.kind}:${m.id}`),
      ...namesOf(s).actors.map((a) => `new:${key(a.name)}`),
      ...namesOf(s).places.map((name) => `place:${key(name)}`),
      ...facts
        .get(s)!
        .needs.filter((n) => n.kind === 'figure' && !isDuration(s, n) && !ROUND_COUNT.test(n.text) && !ORDINAL.test(n.text))
        .map((n) => `figure:${n.text}`),
      ...facts.get(s)!.days.map((day) => `day:${day}`),
      ...actingSubjects(s, mentionsOf(s), namesOf(s)),
    ]),
  ]);
}

const TIME_UNIT = /^\s+(?:years?|months?|weeks?|days?|hours?)\b/i;
/** A count in round words ("thousands of people", "dozens of towns"): a scale, which a lead gives as a backdrop, not a figure of one event. */
const ROUND_COUNT = /^(?:(?:many|several|tens of|hundreds of)\s+)?(?:dozens|scores|hundreds|thousands|millions|billions)$/i;
/** An ordinal, in digits or words: "75th", "third", "twenty-first". It ranks an anniversary, a year or a round; it counts nothing that happened. */
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|[a-z-]*(?:first|second|third|th))$/i;

/** Whether the figure counts time: "three years", "18 months". */
function isDuration(sentence: Sentence, figure: SourceNeed): boolean {
  const at = sentence.text.indexOf(figure.text);
  return at !== -1 && TIME_UNIT.test(sentence.text.slice(at + figure.text.length));
}

/**
 * What the split compares sentences by: the people and organisations they
 * name (registry actors and new names; a country acting is too broad to tell
 * one event from another: "Russia struck …", "Ukraine's partners …"), and the
 * countries and places, in the registry or not, a later sentence may refer
 * back to.
 */
function clues(mentions: readonly Mention[], names: SentenceNames, countryOf: ReadonlyMap<string, string> = new Map()): SentenceClues {
  return {
    actors: [
      ...mentions
        .filter((m) => m.kind === 'actor')
        .map((m) => ({ key: `${m.kind}:${m.id}`, first: m.first, last: m.last, ...(countryOf.has(m.id) && { country: countryOf.get(m.id)! }) })),
      ...names.actors.map((a) => ({ key: `new:${key(a.name)}`, first: a.first, last: a.last })),
    ],
    others: [...mentions.filter((m) => m.kind !== 'actor' && !m.inside).map((m) => `${m.kind}:${m.id}`), ...names.places.map((name) => `place:${key(name)}`)],
  };
}

/** The people and organisations the sentence names as its subject, as `acts:` items. */
function actingSubjects(sentence: Sentence, mentions: readonly Mention[], names: SentenceNames): string[] {
  const subject = subjectOf(sentence, clues(mentions, names).actors);
  return subject === 'pronoun' ? [] : [...subject].map((k) => `acts:${k}`);
}

function speakers(mentions: readonly Mention[], names: SentenceNames): Speaker[] {
  return [
    ...mentions.filter((m) => m.kind === 'actor').map((m) => ({ name: m.text, actor: m.id, first: m.first, last: m.last })),
    ...names.actors.map((a) => ({ name: a.name, first: a.first, last: a.last })),
  ];
}

function key(name: string): string {
  return nameWords(name).join('-');
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function uniqueBy<T>(values: readonly T[], by: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(by(value));
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
