/**
 * Which words on the same day stay with the development they follow, though a
 * time frame opens them ("That evening, …", "The same day, …"): a report
 * dates its next development with one, and dates in the same way more of the
 * one it is telling.
 */
import type { SentenceClues } from './developments.ts';
import { usesNounBefore } from './points-back.ts';
import type { Sentence, Term } from './report-text.ts';
import { isSpeechVerb } from './speech.ts';
import { subjectStart, verbAfterSubject, type ActorSpan } from './subject.ts';

/** A verb of attack in the past: "struck", "also set fire to", "shelled". */
export const ATTACK_VERB = /^(?:struck|hit|set fire|attacked|shelled|bombed|targeted|destroyed|damaged)$/i;

/**
 * Whether the sentence gives the same speaker's word again, the same
 * legislature's next vote, someone unnamed updating what was told, or a
 * warring side's answer, on the development's day. `named` holds what the
 * development has named so far (`place:kyiv`).
 */
export function keepsSameDay(sentence: Sentence, clues: SentenceClues, current: readonly Sentence[], named: ReadonlySet<string>): boolean {
  // Another place the development has not named is another event there ("… repelled an attempt to seize the power plant in the Donetsk region").
  const elsewhere = (clues.others ?? []).some((key) => key.startsWith('place:') && !named.has(key));
  return (
    sameSpeakerSameDay(sentence) ||
    sameLegislatureAgain(sentence, current) ||
    (!elsewhere && unnamedUpdate(sentence, clues)) ||
    warringSideAnswers(sentence, clues, current, elsewhere)
  );
}

/** Where a sentence is set, before its time: "In Kyiv that evening". */
const PLACE_FIRST = /^In\s+(?:\p{Lu}[\p{L}'’-]*\s+)+/u;
/** A time frame that keeps the development's day: "The same day", "The same evening", "That evening". */
const SAME_DAY = /^(?:the same|that(?: same)?) (?:day|morning|afternoon|evening|night)\b/i;
/** "Later that day", "Late the same day": the development's day, further on. */
const LATER_SAME_DAY = /^(?:late|later)\s+(?:the same|that(?: same)?) (?:day|morning|afternoon|evening|night)\b/i;

/**
 * Whether someone unnamed gives word later on the development's day ("Later
 * that day, the authorities said at least 23 had died"): an update of what
 * was told, with no one new to make it another event.
 */
function unnamedUpdate(sentence: Sentence, clues: SentenceClues): boolean {
  const { terms } = sentence;
  const [start, at] = [subjectStart(terms), verbAfterSubject(terms)];
  const verb = terms[at];
  if (!LATER_SAME_DAY.test(sentence.text) || verb === undefined || !isSpeechVerb(verb)) return false;
  return !clues.actors.some((a) => a.first >= start && a.last < at) && !terms.slice(start, at).some((t) => /^\p{Lu}/u.test(t.text) && t !== terms[0]);
}

/**
 * Whether a sentence dated the same day gives the same speaker's word again
 * ("That evening he wrote on Truth Social …", "Late that day it announced
 * …"): more of what the development told, not another event.
 */
function sameSpeakerSameDay(sentence: Sentence): boolean {
  const lead = /^(?:(?:late|later|early|earlier)\s+)?/i.exec(sentence.text)![0];
  const frame = SAME_DAY.exec(sentence.text.slice(lead.length));
  if (!frame) return false;
  const { terms } = sentence;
  const at = terms.findIndex((t) => t.start - sentence.start >= lead.length + frame[0].length);
  const verb = /^(?:also|later|then)$/i.test(terms[at + 1]?.text ?? '') ? terms[at + 2] : terms[at + 1];
  return /^(?:he|she|it)$/i.test(terms[at]?.text ?? '') && verb !== undefined && (isSpeechVerb(verb) || /^(?:wrote|posted)$/i.test(verb.text));
}

/** A sentence that opens a side's account by its country alone: "Ukraine told another story.", "Moscow gave its own version." */
const ACCOUNT_OPENING = /^(?:Ukraine|Kyiv|Russia|Moscow|the Kremlin)\s+(?:told|gave|offered|had)\s+(?:another|a different|its own)\b/i;

/** A legislature, by its name or its members: "the Verkhovna Rada", "Parliament", "lawmakers". */
const LEGISLATURE = /^(?:rada|parliament|congress|senate|duma|sejm|bundestag|knesset|lawmakers|legislators|mps|deputies)$/i;

/**
 * Whether a legislature votes again on the day it acted in the development
 * ("The same day, lawmakers made her predecessor defence minister" after "the
 * Verkhovna Rada appointed …"): one sitting, one development.
 */
function sameLegislatureAgain(sentence: Sentence, current: readonly Sentence[]): boolean {
  const opening = current[0]?.terms;
  if (!SAME_DAY.test(sentence.text) || !opening) return false;
  const inSubject = (terms: readonly Term[]) => terms.slice(subjectStart(terms), verbAfterSubject(terms)).some((t) => LEGISLATURE.test(t.text));
  return inSubject(sentence.terms) && inSubject(opening);
}

/** A warring side in a subject, by its name ("Russia", "Russia's Defence Ministry", "a Russian drone", "Kyiv") or its people's country in the registry ("Zelensky"). */
function sideOf(terms: readonly Term[], actors: readonly ActorSpan[] = []): 'ru' | 'ua' | undefined {
  const [start, verb] = [subjectStart(terms), verbAfterSubject(terms)];
  const subject = terms.slice(start, verb).map((t) => t.text);
  const countries = actors.filter((a) => a.first >= start && a.last < verb).map((a) => a.country);
  if (countries.includes('ru') || subject.some((w) => /^(?:Russia(?:['’]s)?|Russian|Moscow|Kremlin)$/u.test(w))) return 'ru';
  if (countries.includes('ua') || subject.some((w) => /^(?:Ukraine(?:['’]s)?|Ukrainian|Kyiv)$/u.test(w))) return 'ua';
  return undefined;
}

/**
 * Whether a warring side's word on the same day answers a strike, or the
 * other side's claim, that the development opened with ("The same day,
 * Russia's Defence Ministry said its drones had hit a base …" after a Russian
 * drone struck a bus; "… announced a regrouping" after Ukraine's Security
 * Service said its units had entered Kupiansk), or answers what was said in
 * the development's words ("In Kyiv that evening, Zelensky said Ukraine would
 * wait for the memorandum"): a report tells the warring sides' words on the
 * day with the event. Its word on anything else (a visit, its own leader's
 * statement, a battle in a place the development has not named) is another
 * development.
 */
function warringSideAnswers(sentence: Sentence, clues: SentenceClues, current: readonly Sentence[], elsewhere: boolean): boolean {
  const { terms } = sentence;
  const side = sideOf(terms, clues.actors);
  const verb = terms[verbAfterSubject(terms)];
  const opening = current[0]?.terms;
  if (!SAME_DAY.test(sentence.text.replace(PLACE_FIRST, '')) || side === undefined || verb === undefined || !isSpeechVerb(verb) || !opening) return false;
  const openingVerb = opening[verbAfterSubject(opening)];
  const strike = ATTACK_VERB.test(openingVerb?.text ?? '');
  const otherSideClaims = sideOf(opening) === (side === 'ru' ? 'ua' : 'ru') && openingVerb !== undefined && isSpeechVerb(openingVerb);
  // A side's account, opened as such ("Ukraine told another story."), goes on with its people's word that day ("That evening Zelensky said …").
  const ownAccount = sideOf(opening) === side && ACCOUNT_OPENING.test(current[0]!.text);
  // Or it answers what was said, in the development's own words, wherever it is said: "would wait for the memorandum" after "a memorandum".
  return ((strike || otherSideClaims) && !elsewhere) || ownAccount || usesNounBefore(terms, current);
}
