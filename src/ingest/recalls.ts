/**
 * Whether a sentence recalls what went before, or how things stand, rather
 * than telling an event of the report's week: a paragraph of such sentences
 * is background (paragraphs.ts).
 */
import { dateExpressions } from './dates.ts';
import type { Sentence, Term } from './report-text.ts';
import { SUBORDINATOR, subjectStart, verbAfterSubject } from './subject.ts';

/** A running total up to now: "since the invasion", "so far", "to date". */
const SO_FAR = /\b(?:since|so far|to date)\b/i;

/**
 * Whether the sentence recalls what went before, or how things stand, rather than telling an event: its
 * verb is in the past perfect ("Trump had called Zelensky a dictator", "Kyiv had been pressing its allies"),
 * in the present perfect with a running total ("Congress has approved $175 billion since the invasion"), or
 * "has been" a state ("the longest battle of the war"), "has" what it has ("has a range of 120 km"), its first
 * verb is "will" (what lies ahead), or its only times are months or years (below).
 * A report tells its week's events in the simple past,
 * and a lead's new statement in the present perfect without "since" ("Zelensky has called for …").
 */
export function recalls(sentence: Sentence): boolean {
  if (setInMonthOrYear(sentence.text) || looksAhead(sentence.terms)) return true;
  const { terms } = sentence;
  const verb = mainVerb(terms);
  // A verb inside a quotation is the speaker's, not the report's: "Medinsky said: \"Ukraine is offering …\"".
  if (quoted(terms, verb)) return false;
  const auxiliary = terms[verb]?.text ?? '';
  // "The quarrel over money goes on": a verb of lasting in the present tells how things stand.
  if (LASTS.test(auxiliary) && (!/^goes$/i.test(auxiliary) || /^on$/i.test(terms[verb + 1]?.text ?? ''))) return true;
  // "Congress is racing to pass …": what is under way as the report is written.
  if (/^(?:is|are)$/i.test(auxiliary) && terms[verb + 1]?.tags.has('Gerund')) return true;
  // "Biden's request is part of a $110 billion package": what something is, in the present, describes how things stand.
  if (/^(?:is|are)$/i.test(auxiliary) && /^(?:part|one|a|an|the)$/i.test(terms[verb + 1]?.text ?? '')) return true;
  if (!/^(?:had|has|have)$/i.test(auxiliary)) return false;
  const at = terms.findIndex((t, i) => i > verb && !t.tags.has('Adverb'));
  const next = terms[at];
  // "has a range of …", "have no air defence": what something has, a state.
  if (/^(?:has|have)$/i.test(auxiliary) && next?.tags.has('Determiner')) return true;
  // After "had", any verb but "to" ("had to leave") is a participle, whatever compromise reads into it: "had become".
  const participle =
    next !== undefined &&
    (next.tags.has('PastTense') || next.tags.has('Participle') || (/^had$/i.test(auxiliary) && next.tags.has('Verb') && next.text !== 'to'));
  if (next === undefined || !(participle || /^been$/i.test(next.text))) return false;
  const state = /^been$/i.test(next.text) && terms[at + 1]?.tags.has('Verb') === false;
  return /^had$/i.test(auxiliary) || state || SO_FAR.test(sentence.text);
}

/** Whether the term at `at` stands inside a quotation: an odd number of quotation marks before it. */
function quoted(terms: readonly Term[], at: number): boolean {
  const marks = terms
    .slice(0, at + 1)
    .map((t, i) => (i < at ? t.pre + t.post : t.pre))
    .join('')
    .match(/["“”]/g);
  return (marks?.length ?? 0) % 2 === 1;
}

/**
 * Whether the sentence's first verb is "will": it tells what lies ahead
 * ("Blinken and Lammy will report back before …"). The first lowercase verb,
 * as compromise may read a name as one ("Blinken").
 */
function looksAhead(terms: readonly Term[]): boolean {
  const first = terms.find((t) => t.tags.has('Verb') && /^\p{Ll}/u.test(t.text));
  return first !== undefined && /^will$/i.test(first.text);
}

/**
 * The index of the main clause's verb, past a subordinate clause that opens the sentence and a relative
 * clause in the subject ("Zelensky, who had arrived in South Africa, cut short his visit"): their verbs
 * tell what went before the event.
 */
function mainVerb(terms: readonly Term[]): number {
  let verb = verbAfterSubject(terms);
  // An opening clause that ends in a comma is skipped as the subject's opener; one with no comma ("After Kuleba had briefed the ministers Borrell said") runs into the main clause, whose verb is not told apart from the clause's.
  const clause = SUBORDINATOR.test(terms[0]?.text ?? '') && subjectStart(terms) === 0;
  const leans = clause || /^(?:who|which|that)$/i.test(terms[verb - 1]?.text ?? '');
  if (!leans) return verb;
  const comma = terms.findIndex((t, i) => i >= verb && t.post.includes(','));
  if (comma === -1) return terms.length;
  verb = comma + 1;
  while (verb < terms.length && !terms[verb]!.tags.has('Verb')) verb++;
  return verb;
}

/** A month or a year: "in November", "in 2022", "last year", "later this year", "two years ago". */
const MONTH_OR_YEAR =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|(?:last|next)\s+(?:year|month|spring|summer|autumn|winter)|this\s+(?:year|spring|summer|autumn|winter)|years?\s+ago|months\s+ago)\b/i;
/** Verbs of lasting in the present: "goes on", "continues", "remains". */
const LASTS = /^(?:goes|continues|remains|persists|drags)$/i;
/** Times of the report's own days: "this week", "today", "now" ("this month" is not one of MONTH_OR_YEAR's either). */
const PRESENT = /\b(?:week|today|tonight|now|current)\b/i;

/**
 * Whether every time the sentence names is a month or a year, gone by or to
 * come, never a day or the week ("His relations with Zelensky soured after …
 * an interview in November, … and after last year's counteroffensive
 * failed"; "Japan hosts the G7 in May, and Xi has invited Putin later this
 * year"): a report dates the events of its week by their day, and names a
 * month or a year for what went before or lies ahead.
 */
function setInMonthOrYear(text: string): boolean {
  const times = dateExpressions(text, '2000-01-01');
  const yearsBack = /\blast\s+year['’]s\b/i.test(text);
  // A year chrono reads no time in: "until the end of 2027".
  if (times.length === 0 && /\b(?:of|until|by|in|since)\s+(?:19|20)\d\d\b/i.test(text)) return true;
  if (times.length === 0 && !yearsBack) return false;
  return times.every((e) => e.date === undefined && MONTH_OR_YEAR.test(e.text) && !PRESENT.test(e.text));
}
