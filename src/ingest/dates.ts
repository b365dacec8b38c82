/**
 * The dates a report's words name, resolved against the report's date with
 * chrono-node's British English parser (day before month: "4/11" is 4
 * November). A report tells what has happened, so a bare weekday is the last
 * such day on or before the report's date, and "the next day", "two days
 * later", "the same day" or "that evening" count from the date of the
 * development before, which a development naming no day of its own keeps.
 * Nothing counted from an event lands after the report's date: a report
 * tells what has happened, and a counted day after it is a misreading. Nor
 * does a day counted back ("two days earlier") date a development: a report
 * tells its developments in order, so that day is a background fact's. A
 * span of time ("for about an hour", "within five hours") names no day.
 */
import * as chrono from 'chrono-node';

export interface DateExpression {
  /** As the report writes it. */
  text: string;
  /** Offsets in the text searched. */
  start: number;
  end: number;
  /** The day it names, YYYY-MM-DD, or undefined when it names no single day ("in February 2022", "at 09:10"). */
  date?: string;
  /** Whether it counts from another event rather than from the report's date ("the next day", "two days later"). */
  relative: boolean;
}

export interface ResolvedDate {
  date: string;
  /** The words it was resolved from; undefined when it is the report's date because the text names none. */
  dateText?: string;
}

const parser = chrono.en.GB.clone();
// "For about an hour", "within five hours", "in 5 days": chrono counts these from now, but in a report they are how long something lasted or will take, and name no day.
parser.parsers = parser.parsers.filter((p) => p.constructor.name !== 'ENTimeUnitWithinFormatParser');
// chrono reads "the day before" and "the next day" but not these: "that day" and "that same day" are the day the text is on ("Later that day").
const SHIFT: Record<string, number> = { following: 1, previous: -1, same: 0, that: 0 };
parser.parsers.push({
  pattern: () => /\b(?:the (following|previous|same)|(that)(?: same)?) day\b/i,
  extract: (context, match) => {
    const day = new Date(context.refDate);
    day.setUTCDate(day.getUTCDate() + SHIFT[(match[1] ?? match[2])!.toLowerCase()]!);
    return { day: day.getUTCDate(), month: day.getUTCMonth() + 1, year: day.getUTCFullYear() };
  },
});
// A weekday's abbreviation alone is mostly an English word in a report, which writes its days out: "sat down", "the sun", "wed". It names a day only with "on" or a date beside it ("on Sat", "Sat 6 July").
const BARE_WEEKDAY_ABBREVIATION = /^(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?$/i;
// "After two hours with Biden": how long something lasted, as "for two hours" is; no time of its own.
const SPAN_OF_HOURS = /^after\s+(?:\S+\s+)?(?:hours?|minutes?)$/i;
parser.refiners.push({
  refine: (_context, results) => results.filter((result) => !BARE_WEEKDAY_ABBREVIATION.test(result.text) && !SPAN_OF_HOURS.test(result.text)),
});

/** A week, month or year named from now ("last week", "next month"): chrono gives it a day, but it names none for sure. */
const CALENDAR_SPAN = /^(?:last|next|this|past|coming)\s+(?:week|month|year)$/i;
/** The words of a day counted back from the development before: "two days earlier", "the day before". */
const COUNTED_BACK = /\b(?:earlier|previous|before)\b/i;
/** A part of a day, then the day: "morning of 17 April", "night of 3 June". */
const PART_OF_DAY = /^(?:the\s+)?(?:early\s+)?(?:morning|afternoon|evening|night)\s+of\s+(.+)$/i;
/** A time of day without a day ("that evening", "by the evening"): the day the text is already on. */
const TIME_OF_DAY = /\b(?:morning|afternoon|evening|night)\b/i;
/**
 * What may stand before a time frame that opens a sentence: "Also on Monday",
 * "The next day", "Overnight into Sunday", "That evening", and the time of
 * day the day is told with: "In the early hours of Sunday", "Before dawn on
 * Tuesday", "On the night of 3 June", "Shortly after midnight on Friday".
 */
const BEFORE_OPENING_TIME =
  /^(?:(?:also|then|later|and|shortly|just)\s+)?(?:(?:on|in|at|before|after|of|that|this|the|same|overnight|into|early|late|small|hours|morning|afternoon|evening|night|dawn|daybreak|midday|noon|midnight)\s+)*$/i;

/** Every date or time expression in `text`, the days resolved against `reference` (YYYY-MM-DD). */
export function dateExpressions(text: string, reference: string): DateExpression[] {
  return parser.parse(text, { instant: noon(reference), timezone: 0 }, { forwardDate: false }).map((result) => {
    const relative = /\b(?:later|earlier|next|following|previous|same|before|after|that)\b/i.test(result.text) && !/\b(?:ago|last|this)\b/i.test(result.text);
    // chrono reads "the morning of 17 April" as a time of day only: the day after "of" is named all the same.
    const day = PART_OF_DAY.exec(result.text)?.[1];
    const { start } =
      (day !== undefined && !result.start.isCertain('day') && parser.parse(day, { instant: noon(reference), timezone: 0 }, { forwardDate: false })[0]) ||
      result;
    const words = result.text.replace(/[\s,.;:]+$/u, '');
    const names = start.isCertain('day') || start.isCertain('weekday');
    const found = { text: words, start: result.index, end: result.index + words.length, relative };
    return names ? { ...found, date: pastWeekday(start, isoDay(start.date()), reference) } : found;
  });
}

/**
 * Each development's date, in report order: the first day its text names,
 * resolved against the report's date, or against the date of the development
 * before for "the next day" and for a time of day alone ("by the evening");
 * the date of the development before (the report's date for the first) when
 * it names none. A counted or vague expression that would land after the
 * report's date ("two days later", "in the weeks ahead") does not date it.
 */
export function developmentDates(texts: readonly string[], reportDate: string): ResolvedDate[] {
  let previous = reportDate;
  return texts.map((text) => {
    for (const e of dateExpressions(text, reportDate)) {
      const date = e.relative ? dateExpressions(e.text, previous)[0]?.date : (e.date ?? (TIME_OF_DAY.test(e.text) ? previous : undefined));
      // A day after the report's date is kept only when the text writes it out ("on 17 November"): counted or vague, it is a misreading.
      if (date === undefined || (date > reportDate && (e.relative || !/\d/.test(e.text))) || /\bnow\b/i.test(e.text)) continue;
      // A report tells its developments in order, so a day counted back from the one before ("two days earlier", "the day before") dates a background fact, not this development.
      if (e.relative && COUNTED_BACK.test(e.text)) continue;
      previous = date;
      return { date, dateText: e.text };
    }
    return { date: previous };
  });
}

/**
 * The days a text names by themselves, as evidence of what it tells: not those
 * counted from another event, "now", a week, month or year ("the last week of
 * the first year"), or after the report's date.
 */
export function namedDays(text: string, reportDate: string): string[] {
  return dateExpressions(text, reportDate).flatMap((e) =>
    e.date === undefined || e.relative || e.date > reportDate || /\bnow\b/i.test(e.text) || CALENDAR_SPAN.test(e.text) ? [] : [e.date],
  );
}

/** Whether the text names a day counted on from the event before ("the same day", "the next day", "two days later"): a day the story has reached, not one it looks back to. */
export function countsOn(text: string): boolean {
  return dateExpressions(text, '2000-01-01').some((e) => e.relative && e.date !== undefined && !COUNTED_BACK.test(e.text) && !RELATED_TO_EVENT.test(e.text));
}

/** A lapse tied to a named event ("came nine days after missiles hit …"): it places one fact against another, not the story's day. */
const RELATED_TO_EVENT = /\b(?:after|since)$/i;

/**
 * A lapse counted from the event before, which names no day and so no date
 * expression: "Within hours", "Within a few days", "Minutes later". Like "The
 * next day", it moves the story on to what happened next.
 */
const LAPSE =
  /^(?:within\s+(?:(?:an?|the|a\s+few|several)\s+)?(?:minutes?|hours?|days?|moments?)|(?:(?:a\s+few|several)\s+)?(?:minutes|hours|days|moments)\s+later)\b/i;
/** Where the sentence is set, before its time: "In Bali the same day", "In Warsaw on Wednesday", "In the Chinese city of Tianjin the same day". Capitalised, so a place's name, not "in the early hours". */
const PLACE_FRAME = /^(?:In|At)\s+(?:the\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:city|town|village|capital|port)\s+of\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)+/u;

/** A day counted back from the story's, on which a background fact happened: "The night before", "The previous evening" ("Earlier" may be the same day). */
const DAY_BEFORE = /^the\s+(?:(?:previous|preceding)\s+(?:day|night|evening|morning|afternoon|week)|(?:day|night|evening|morning|afternoon|week)\s+before)\b/i;

/**
 * Whether the sentence opens with a time frame of its own ("The next day, …", "On Tuesday …", "That evening …", "In Bali the
 * same day …", "Within hours …"), not one reached "by" a time, nor a day before the story's ("The night before, Rutte had hosted …").
 */
export function opensWithTimeFrame(sentence: string): boolean {
  if (LAPSE.test(sentence)) return true;
  const first = dateExpressions(sentence, '2000-01-01')[0];
  return first !== undefined && !DAY_BEFORE.test(sentence) && BEFORE_OPENING_TIME.test(sentence.slice(0, first.start).replace(PLACE_FRAME, ''));
}

/**
 * Whether `text` names a day of its own that begins between offsets `from` and `to`: one the
 * text is set on ("on Tuesday", "the same day", "later that day"), not a day counted back
 * from the event before ("the day before"), which dates a background fact, nor a span.
 */
export function namesOwnDayWithin(text: string, from: number, to: number): boolean {
  return dateExpressions(text, '2000-01-01').some((e) => e.start >= from && e.start < to && e.date !== undefined && !(e.relative && COUNTED_BACK.test(e.text)));
}

/** A weekday alone that chrono puts after the report's date means the week before. */
function pastWeekday(components: chrono.ParsedComponents, date: string, reference: string): string {
  if (components.isCertain('day') || date <= reference) return date;
  const day = new Date(noon(date));
  day.setUTCDate(day.getUTCDate() - 7);
  return isoDay(day);
}

function noon(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
