/**
 * The grammar the split of a paragraph and the reading of its paragraphs
 * lean on: where a sentence's subject starts, the actors it names, and the
 * verb that follows it. compromise's tags are enough for a report's plain
 * sentences ("On Monday, X said …", "X, a spokesman for Y, said …").
 */
import type { Sentence, Term } from './report-text.ts';

/** An actor named in a sentence: `key` is the same for every mention of one actor. */
export interface ActorSpan {
  key: string;
  /** A registry actor's country, where the registry gives one. */
  country?: string;
  /** Terms `first` to `last` (inclusive) of the sentence. */
  first: number;
  last: number;
}

const PRONOUN = /^(?:he|she|they|it|his|her|their|its|we)$/i;
/** What opens an adverbial before the subject: "On the ground,", "During this visit,", "Domestically,". */
const OPENER_TAGS = ['Preposition', 'Adverb', 'Conjunction', 'Date', 'Value', 'Gerund'];

/** The actors the sentence's grammatical subject names, or `pronoun`. */
export function subjectOf(sentence: Sentence, actors: readonly ActorSpan[]): ReadonlySet<string> | 'pronoun' {
  const { terms } = sentence;
  const start = subjectStart(terms);
  if (PRONOUN.test(terms[start]?.text ?? '')) return 'pronoun';
  let end = start;
  while (end < terms.length && !terms[end]!.tags.has('Verb') && !endsNounPhrase(terms, start, end)) end++;
  return new Set(actors.filter((a) => a.first >= start && a.last < end).map((a) => a.key));
}

/** Prepositions that lead from a noun to what it is about or where it is; "of" is not one ("Leaders of NATO" are NATO's). */
const OBJECT_PREPOSITION = /^(?:on|at|against|in|near|into|over|across)$/i;

/**
 * Whether the subject ends at term `i`: what a plain noun phrase's own noun leads to is no subject ("The strike on the
 * Cabinet of Ministers came …"). Only a phrase of common words with no comma: "Earlier the same day, at …" is no noun phrase.
 */
function endsNounPhrase(terms: readonly Term[], start: number, i: number): boolean {
  const phrase = terms.slice(start, i);
  const noun = phrase.at(-1);
  return (
    OBJECT_PREPOSITION.test(terms[i]!.text) &&
    noun !== undefined &&
    noun.tags.has('Noun') &&
    !noun.tags.has('Pronoun') &&
    phrase.every((t, k) => !/[,;:]/.test(t.post) && (k === 0 || /^\p{Ll}/u.test(t.text)))
  );
}

/** What opens a clause that leans on the main one: "After Kuleba had briefed the ministers, Borrell said …", "As Ukraine marked its Independence Day, Zelensky said …". */
export const SUBORDINATOR = /^(?:after|before|when|once|as|since|because|although|though|while|until|if)$/i;

/**
 * Where the subject begins, past the adverbials that open the sentence and end in a comma ("Meanwhile, on
 * Monday, …"), and past a clause that leans on the main one ("On 24 August, as Ukraine marked its
 * Independence Day, Zelensky said …"): its verb is the clause's, and the main clause's subject follows it.
 */
export function subjectStart(terms: readonly Term[]): number {
  let start = 0;
  for (;;) {
    const opener = terms[start];
    if (!opener || !(OPENER_TAGS.some((tag) => opener.tags.has(tag)) || /^according$/i.test(opener.text))) return start;
    const comma = terms.findIndex((t, i) => i >= start && t.post.includes(','));
    const verb = terms.findIndex((t, i) => i >= start && t.tags.has('Verb') && !t.tags.has('Gerund') && !/^according$/i.test(t.text));
    const clause = SUBORDINATOR.test(opener.text);
    if (comma === -1 || (!clause && verb !== -1 && verb <= comma)) return start;
    start = comma + 1;
  }
}

/** The index of the first verb after the subject's start (terms.length when there is none). */
export function verbAfterSubject(terms: readonly Term[]): number {
  let verb = subjectStart(terms);
  while (verb < terms.length && !terms[verb]!.tags.has('Verb')) verb++;
  return verb;
}
