/**
 * Splitting a paragraph into the developments it tells. A development is an
 * event: the reactions to it and the sentences that follow it up stay with
 * it, so a paragraph splits only on a strong signal, and a doubtful sentence
 * goes on with the development before (under-splitting costs a reviewer a
 * cut; over-splitting costs a whole draft). A sentence starts a new
 * development when:
 *
 * - it opens with a marker of a new topic ("Meanwhile", "Elsewhere", "In other news");
 * - it opens with a new time frame ("The next day", "On Tuesday", "That
 *   evening", "Two days later"), and the development before is more than a
 *   lead-in sentence ("Ukraine's partners moved to reinforce their support.");
 *   or it goes back to earlier that day with someone new in its subject
 *   ("Earlier the same day, Fumio Kishida and Zelensky had signed …")
 *   (earlierWithSomeoneNew); but not a word on the same day that belongs
 *   with the development: the same speaker's again, or a warring side's
 *   answer (same-day.ts);
 * - its subject names people or organisations the development has not named,
 *   and nothing in it refers back: no pronoun, no "this"/"these", no person,
 *   organisation or country named before, no "the talks" where the talks were
 *   named before, no verb of reply ("denied", "rejected"); but not in a
 *   development that a time frame opened ("On Thursday, …"): a report that
 *   dates its developments marks the next one with a time frame too ("The
 *   same day, …"), so a sentence without one tells more of the dated one
 *   (another speaker at the meeting, a reply);
 * - its subject names other actors than the development's subject did, with
 *   its verb in the present perfect ("X has called for …"): the tense in which
 *   a report's lead gives a new statement, where a reaction is told in the past;
 * - its subject, a person or organisation (named, or "he"/"she"), travels on
 *   to a place the development has not named ("Zelensky then flew on to
 *   Paris, where …", "She went on to Vilnius", "He left for Warsaw"): what is
 *   done there is another event, even on the same day and by the same actor;
 * - it opens in a place the development has not named, with a speaker it has
 *   not named ("In Brussels, …, Stoltenberg said"), even in a dated
 *   development, unless it names whom the development opened with or the
 *   speaker is the place's mayor or governor (speaksElsewhere);
 * - its subject names people or organisations the development has not named,
 *   and a day of its own follows the subject ("Støre, on a visit to Kyiv the
 *   same day, announced …", "Scholz said on Tuesday …") or stands in the
 *   words that open the sentence ("In her address the same day, …"), even in
 *   a dated development (givenOwnDay);
 * - it tells another attack, by attackers that are no actor, at a place the
 *   development has not named ("Russian drones also set fire to a fuel
 *   facility in the Odesa region") (strikesElsewhere).
 */
import { namesOwnDayWithin, opensWithTimeFrame } from './dates.ts';
import type { Sentence, Term } from './report-text.ts';
import { oneOfThoseTold, usesNounBefore } from './points-back.ts';
import { isSpeechVerb } from './speech.ts';
import { ATTACK_VERB, keepsSameDay } from './same-day.ts';
import { subjectOf, subjectStart, verbAfterSubject, type ActorSpan } from './subject.ts';

/** What a sentence names, as the split reads it. */
export interface SentenceClues {
  /** People and organisations, registry or new: what a subject is compared by. */
  actors: readonly ActorSpan[];
  /** Everything else it names that a later sentence may refer back to (countries, places), by key: `country:ua`, `place:kyiv`. */
  others?: readonly string[];
}

const NEW_TOPIC = /^(?:meanwhile|separately|elsewhere|in other news|in a separate\b|on another front)/i;
/** Words that point back to something already told. */
const REFERS_BACK = /^(?:he|she|it|they|him|her|his|hers|its|them|their|theirs|this|these|those)$/i;
/** Verbs that answer something already told: "Peskov denied …", "Hegseth rejected any suggestion …", "Kovalenko answered by …". */
const REPLY_VERB =
  /^(?:answer(?:s|ed)?|repl(?:y|ies|ied)|respond(?:s|ed)?|react(?:s|ed)?|retort(?:s|ed)?|counter(?:s|ed)|rejec(?:t|ts|ted)|den(?:y|ies|ied)|dismiss(?:es|ed)?|rebuff(?:s|ed)?|welcom(?:e|es|ed))$/i;
/** Words that point back at what was told, where "his"/"their" may be the subject's own ("his country"). */
const POINTS_BACK = /^(?:it|him|them|this|these|those)$/i;
/** "that" refers back only before a time: "that evening"; elsewhere it is mostly a conjunction ("said that …"). */
const THAT_TIME = /^(?:morning|afternoon|evening|night|day|week)$/i;

export function splitParagraph(sentences: readonly Sentence[], cluesOf: (s: Sentence) => SentenceClues): Sentence[][] {
  const developments: Sentence[][] = [];
  let subject: ReadonlySet<string> = new Set();
  /** Whether a sentence of the current development opens with a time frame. */
  let dated = false;
  for (const sentence of sentences) {
    const current = developments.at(-1);
    const clues = cluesOf(sentence);
    const found = subjectOf(sentence, clues.actors);
    const timed = opensWithTimeFrame(sentence.text);
    if (!current || startsDevelopment(sentence, { clues, found, timed }, { sentences: current, subject, dated }, cluesOf)) {
      developments.push([sentence]);
      subject = found === 'pronoun' ? new Set() : found;
      dated = timed;
    } else {
      current.push(sentence);
      if (subject.size === 0 && found !== 'pronoun') subject = found;
      dated ||= timed;
    }
  }
  return developments;
}

function startsDevelopment(
  sentence: Sentence,
  { clues, found, timed }: { clues: SentenceClues; found: ReadonlySet<string> | 'pronoun'; timed: boolean },
  { sentences: current, subject, dated }: { sentences: readonly Sentence[]; subject: ReadonlySet<string>; dated: boolean },
  cluesOf: (s: Sentence) => SentenceClues,
): boolean {
  if (NEW_TOPIC.test(sentence.text)) return true;
  const named = new Set(current.flatMap((s) => keysOf(cluesOf(s))));
  if (timed) return !isLeadIn(current, cluesOf) && !keepsSameDay(sentence, clues, current, named);
  if (travelsOn(sentence.terms, found, current)) return true;
  if (earlierWithSomeoneNew(sentence.text, found, named)) return true;
  if (found !== 'pronoun' && found.size === 0 && strikesElsewhere(sentence.terms, clues, named, current)) return true;
  if (found === 'pronoun' || found.size === 0 || subject.size === 0 || sameSet(found, subject)) return false;
  if (presentPerfectAfterSubject(sentence.terms)) return true;
  const fresh = ![...found].some((key) => named.has(key));
  if (fresh && (speaksElsewhere(sentence.terms, current) || givenOwnDay(sentence, clues, found, current) || alsoFromElsewhere(sentence.terms, clues, named)))
    return true;
  if (dated) return false;
  return fresh && !refersBack(sentence, clues, current, named);
}

/**
 * A development of one sentence that names no day, figure, quote or actor: it
 * leads into what follows. A span of time ("Hours before the drones flew") is
 * no day, and a number word counting the things the next sentences tell one
 * by one ("two bridges collapsed") is no figure to source.
 */
function isLeadIn(current: readonly Sentence[], cluesOf: (s: Sentence) => SentenceClues): boolean {
  const [only, ...more] = current;
  if (!only || more.length > 0 || cluesOf(only).actors.length > 0 || /["“”]/.test(only.text)) return false;
  const { terms } = only;
  const count = (t: Term, i: number) => t.tags.has('TextValue') && t.tags.has('Cardinal') && terms[i + 1]?.tags.has('Plural') === true;
  return !terms.some((t, i) => (t.tags.has('Value') && !count(t, i)) || (t.tags.has('Date') && !t.tags.has('Duration')));
}

/** Whether the sentence points back to the development so far: a pronoun, "this"/"that evening", a name or a noun it has used, a verb of reply. */
function refersBack(sentence: Sentence, clues: SentenceClues, current: readonly Sentence[], named: ReadonlySet<string>): boolean {
  const { terms } = sentence;
  if (keysOf(clues).some((key) => named.has(key))) return true;
  if (REPLY_VERB.test(terms[verbAfterSubject(terms)]?.text ?? '')) return true;
  const pointer = terms.some((t, i) => REFERS_BACK.test(t.text) || (/^that$/i.test(t.text) && THAT_TIME.test(terms[i + 1]?.text ?? '')));
  return pointer || usesNounBefore(terms, current);
}

function keysOf(clues: SentenceClues): string[] {
  return [...clues.actors.map((a) => a.key), ...(clues.others ?? [])];
}

/** A journey in the past tense, and the word that leads to where it went: "flew (on) to", "arrived in", "left for". */
const JOURNEY = /^(?:(?:flew|travell?ed|went|headed|drove|moved|continued)\s(?:on(?:wards?)?\s)?(?:to|into)|arrived\sin|left\sfor)$/i;

/** Whether an actor or "he"/"she" as the subject travels on to a place the development has not named: the place, capitalised, after the journey's words. */
function travelsOn(terms: readonly Term[], found: ReadonlySet<string> | 'pronoun', current: readonly Sentence[]): boolean {
  const verb = verbAfterSubject(terms);
  if (found === 'pronoun' ? !/^(?:he|she)$/i.test(terms[subjectStart(terms)]?.text ?? '') : found.size === 0) return false;
  const words = terms.slice(verb, verb + 3).map((t) => t.text);
  const length = [2, 3].find((n) => words.length >= n && JOURNEY.test(words.slice(0, n).join(' ')));
  if (length === undefined) return false;
  const place = /^the$/i.test(terms[verb + length]?.text ?? '') ? terms[verb + length + 1] : terms[verb + length];
  if (place === undefined || !/^\p{Lu}/u.test(place.text)) return false;
  return !current.some((s) => s.terms.some((t) => t.text === place.text));
}

/** Words for some of what was told: "Others struck two dormitories", "Some hit a school". */
const PART_OF = /^(?:others|some|most|several|many|one|two|three|all|both|rest|remainder)$/i;

/**
 * Whether the sentence tells another attack at a place the development has
 * not named, by attackers that are no actor ("Russian drones also set fire to
 * a fuel facility in the Odesa region"): another strike, in another place,
 * even on the same night. Attackers that refer back ("The missiles hit …",
 * "They struck …") tell more of the same attack.
 */
function strikesElsewhere(terms: readonly Term[], clues: SentenceClues, named: ReadonlySet<string>, current: readonly Sentence[]): boolean {
  const start = subjectStart(terms);
  const verb = verbAfterSubject(terms);
  const words = terms.slice(verb, verb + 2).map((t) => t.text);
  if (!ATTACK_VERB.test(words[0] ?? '') && !ATTACK_VERB.test(words.join(' '))) return false;
  if (terms.slice(start, verb).some((t) => REFERS_BACK.test(t.text) || PART_OF.test(t.text) || /^the$/i.test(t.text))) return false;
  if (oneOfThoseTold(terms.slice(start, verb), current)) return false;
  return (clues.others ?? []).some((key) => key.startsWith('place:') && !named.has(key));
}

/** The title of an official who speaks for a city or region ("Mayor Vitali Klitschko", "Governor Oleh Syniehubov"): there, they tell what the event did to it. */
const LOCAL_OFFICIAL = /^(?:mayors?|governors?)$/i;

/**
 * Whether the sentence opens in a place the development has not named ("In
 * Brussels, after a meeting …, Stoltenberg said"): a new speaker elsewhere is
 * another development, even on the same day. It is a reaction, and stays,
 * when it names who the development opened with ("On Monday, North Korea
 * confirmed …" then "In Seoul, a spokesman called North Korea's involvement
 * …"), or when a mayor or governor speaks from the place: they tell what an
 * event did there.
 */
function speaksElsewhere(terms: readonly Term[], current: readonly Sentence[]): boolean {
  // A speaker: "In Kryvyi Rih, Zelensky's home town, a missile hit …" tells more of the strike.
  const verb = terms[verbAfterSubject(terms)];
  if (!/^(?:in|at)$/i.test(terms[0]?.text ?? '') || verb === undefined || !isSpeechVerb(verb)) return false;
  // "At the United Nations, …", "In the Hague, …".
  const opens = /^the$/i.test(terms[1]?.text ?? '') ? 2 : 1;
  let end = opens;
  while (/^\p{Lu}/u.test(terms[end]?.text ?? '') && !terms[end]!.post.includes(',')) end++;
  const place = terms.slice(opens, end + 1);
  if (place.length === 0 || !place.every((t) => /^\p{Lu}/u.test(t.text)) || !place.at(-1)!.post.includes(',')) return false;
  const placeName = place.map((t) => t.text).join(' ');
  if (current.some((s) => s.text.includes(placeName))) return false;
  if (terms.slice(subjectStart(terms), verbAfterSubject(terms)).some((t) => LOCAL_OFFICIAL.test(t.text))) return false;
  const opened = new Set(current[0] ? subjectNames(current[0].terms) : []);
  return !terms.some((t) => opened.has(bareName(t)));
}

/** The names in a sentence's subject, titles aside: "Polish President Andrzej Duda" gives Polish, Andrzej and Duda. */
function subjectNames(terms: readonly Term[]): string[] {
  return terms
    .slice(subjectStart(terms), verbAfterSubject(terms))
    .filter((t) => t.tags.has('ProperNoun') && !t.tags.has('Honorific'))
    .map(bareName);
}

function bareName(term: Term): string {
  return term.text.replace(/['’]s$/u, '');
}

/**
 * Whether a new subject is given a day of its own just after it, between the
 * subject and its verb or right after the verb ("Jonas Gahr Støre, on a visit
 * to Kyiv the same day, announced …", "Olaf Scholz said on Tuesday that …",
 * "Olaf Scholz announced later that day …"), or in the words that open the
 * sentence before it ("In his address to the Bundestag the same day, Olaf
 * Scholz said …"): the report dates another event, as it dates its
 * developments, only not with the sentence's first words. It is another
 * event though it names the country or the city the development named, or
 * the subject's own ("his country"). It stays with the
 * event when it points back at what was told ("this", "the region" named
 * before), replies ("denied on Tuesday"), or is a mayor or governor counting
 * the cost: the other side's word or a reaction on the same day.
 */
function givenOwnDay(sentence: Sentence, clues: SentenceClues, found: ReadonlySet<string>, current: readonly Sentence[]): boolean {
  const { terms } = sentence;
  const verb = verbAfterSubject(terms);
  const first = Math.min(...clues.actors.filter((a) => found.has(a.key)).map((a) => a.first));
  if (REPLY_VERB.test(terms[verb]?.text ?? '') || terms.slice(subjectStart(terms), verb).some((t) => LOCAL_OFFICIAL.test(t.text))) return false;
  if (terms.some((t) => POINTS_BACK.test(t.text)) || usesNounBefore(terms, current)) return false;
  const offset = (t: Term | undefined) => (t ? t.start - sentence.start : sentence.text.length);
  // From the subject's name, not a time before it ("By Tuesday morning the State Emergency Service counted …"), to the end of the main clause ("said on Tuesday", "told a briefing in Moscow the same day that …").
  const start = subjectStart(terms);
  return (
    (start > 0 && namesOwnDayWithin(sentence.text, 0, offset(terms[start]))) ||
    namesOwnDayWithin(sentence.text, offset(terms[first]), offset(terms[mainClauseEnd(terms, verb)]))
  );
}

/**
 * How far after its verb a day still dates the sentence's own event: to the
 * "that", comma or quotation that ends the main clause within eight words
 * ("told a briefing in Moscow the same day that …"); without one, two words
 * ("said Germany would send jets on Tuesday" dates the jets, not the words).
 */
function mainClauseEnd(terms: readonly Term[], verb: number): number {
  for (let j = verb + 1; j <= verb + 8 && j < terms.length; j++) {
    const conjunction = /^that$/i.test(terms[j]!.text) && !THAT_TIME.test(terms[j + 1]?.text ?? '');
    if (conjunction || /["“:]/.test(terms[j]!.pre)) return j;
    if (/[,;:"”]/.test(terms[j]!.post)) return j + 1;
  }
  return verb + 3;
}

/**
 * Whether a new subject from a country the development has not named "also"
 * says or does something ("French President Emmanuel Macron also wrote that
 * …" after the U.S. envoy's words): a third party's word from elsewhere, told
 * beside the one before, is its own development, even on the same day.
 */
function alsoFromElsewhere(terms: readonly Term[], clues: SentenceClues, named: ReadonlySet<string>): boolean {
  const verb = verbAfterSubject(terms);
  if (!/^also$/i.test(terms[verb]?.text ?? '') && !/^also$/i.test(terms[verb - 1]?.text ?? '')) return false;
  return (clues.others ?? []).some((key) => key.startsWith('country:') && !named.has(key));
}

/**
 * Whether the sentence goes back to earlier on a day ("Earlier the same day,
 * …", "Earlier on Thursday, …") with someone the development has not named in
 * its subject: another event of that day, told after the one before. With
 * whom the development has named, or "he"/"she", it fills in what led up to
 * it ("Earlier that day he had attacked Zelensky …").
 */
function earlierWithSomeoneNew(text: string, found: ReadonlySet<string> | 'pronoun', named: ReadonlySet<string>): boolean {
  const rest = /^earlier,?\s+(.*)$/is.exec(text)?.[1];
  if (rest === undefined || !opensWithTimeFrame(rest) || found === 'pronoun') return false;
  return [...found].some((key) => !named.has(key));
}

/** Whether the verb after the subject is in the present perfect: "has warned", "have also called". */
function presentPerfectAfterSubject(terms: readonly Term[]): boolean {
  const verb = verbAfterSubject(terms);
  if (!/^(?:has|have)$/i.test(terms[verb]?.text ?? '')) return false;
  const next = terms[verb + 1]?.tags.has('Adverb') ? terms[verb + 2] : terms[verb + 1];
  return next !== undefined && (next.tags.has('PastTense') || next.tags.has('Participle'));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((k) => b.has(k));
}
