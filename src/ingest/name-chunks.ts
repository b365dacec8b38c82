/**
 * The names in a sentence that the registries do not hold: runs of
 * capitalised words that compromise tags as names, with linked mentions cut
 * out and split where a title stands ("IAEA Director General Rafael Grossi" →
 * "IAEA", "Rafael Grossi"; "Secretary of State Antony Blinken" → "Antony
 * Blinken"). Whether a segment is a person, an organisation, a
 * place or nothing is decided in new-names.ts.
 */
import type { Mention } from './linking.ts';
import { isTitle } from './linking.ts';
import { FIELD_WORDS, ORGANISATION_HEADS, SURNAME_PARTICLES } from './name-words.ts';
import { isCapitalised, joined, type Sentence, type Term } from './report-text.ts';

export interface NameSegment {
  /** Terms `first` to `last` (inclusive) of the sentence. */
  first: number;
  last: number;
  /** As the report writes it. */
  text: string;
  /** A title stands right before it ("Minister Rustem Umerov", "spokesman Dmitry Peskov", "Secretary of State Antony Blinken"). */
  afterTitle: boolean;
  /** It holds an organisation's head word ("Ministry", "Forces") or joins words with "of"/"for" after one. */
  organisationWord: boolean;
}

/** Parts of speech that make a sentence's first word an ordinary word rather than a name ("During", "Local", "Concerns"). */
const COMMON_AT_START = [
  'Adjective',
  'Verb',
  'Adverb',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Plural',
  'QuestionWord',
  'Expression',
  'Negative',
];
const NAME_TAGS = ['Person', 'Organization', 'Place', 'Acronym'];

/** A title or role word; an acronym compromise tags as an office ("NATO") is a name, not a title. */
function isRoleWord(term: Term): boolean {
  return isTitle(term) && /\p{Ll}/u.test(term.text);
}

/** An organisation's head word; a possessive ("Putin's administration") is whose it is, not its name. */
function isOrganisationWord(term: Term): boolean {
  return (term.tags.has('Organization') || ORGANISATION_HEADS.has(term.text.toLowerCase())) && !/['’]s$/u.test(term.text);
}

/** Each run of unlinked name words in the sentence, split at its titles. */
export function nameSegments(sentence: Sentence, mentions: readonly Mention[]): NameSegment[] {
  const { terms } = sentence;
  const linked = new Set(mentions.flatMap((m) => range(m.first, m.last)));
  // A country may end an organisation's name: "Security Service of Ukraine".
  const countries = new Map(mentions.filter((m) => m.kind === 'country' && m.form === 'name').map((m) => [m.first, m.last]));
  const nameLike = terms.map((_, i) => !linked.has(i) && (isNameWord(terms, i) || leadsToName(terms, i, linked)));
  const segments: NameSegment[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (!nameLike[i]) continue;
    let last = i;
    for (let next = runContinues(terms, nameLike, countries, i, last); next !== undefined; next = runContinues(terms, nameLike, countries, i, last))
      last = next;
    segments.push(...splitRun(sentence, i, last));
    i = last;
  }
  return segments;
}

/** Whether the term is a surname's particle, alone or in a chain ("von der"), joined to the capitalised name it opens. */
function leadsToName(terms: readonly Term[], i: number, linked: ReadonlySet<number>): boolean {
  let j = i;
  while (SURNAME_PARTICLES.has(terms[j]?.text ?? '') && terms[j + 1] !== undefined && joined(terms[j]!, terms[j + 1]!)) j++;
  return j > i && !linked.has(j) && isCapitalised(terms[j]!) && isNameWord(terms, j);
}

function isNameWord(terms: readonly Term[], i: number): boolean {
  const term = terms[i]!;
  if (!isCapitalised(term) || term.tags.has('Value') || term.tags.has('Date') || term.text === 'I') return false;
  const opensSentence = i === 0 || /[:“"‘(]/.test(terms[i - 1]!.post + term.pre);
  if (!opensSentence) return true;
  // A sentence's first word is capitalised anyway: it is a name if compromise says so, or knows it as no other part of speech.
  return NAME_TAGS.some((tag) => term.tags.has(tag)) || !COMMON_AT_START.some((tag) => term.tags.has(tag));
}

/**
 * The last term of a run of names once it takes in what follows `last`: a
 * word joined by spaces or a hyphen ("Tae-yul"), a surname's particles ("von der
 * Leyen"), but no person's name after a
 * possessive; "and" and a name that ends in an organisation's head word
 * ("National Security and Defence Council"); or, in an organisation's name,
 * "of"/"for" (and "the") and a name or a country ("Institute for the Study of
 * War", "Security Service of Ukraine"), or a number ("Group of 20"); or
 * "of" and an organisation's head word ("House of Representatives").
 */
function runContinues(
  terms: readonly Term[],
  nameLike: readonly boolean[],
  countries: ReadonlyMap<number, number>,
  first: number,
  last: number,
): number | undefined {
  const current = terms[last]!;
  const next = terms[last + 1];
  if (!next) return undefined;
  // A possessive before a person's name says whose they are: "Britain's John Healey" is John Healey.
  if (/['’]s$/u.test(current.text) && next.tags.has('FirstName')) return undefined;
  if (current.post === '-' && !countries.has(last + 1)) return nameLike[last + 1] || !isCapitalised(next) ? last + 1 : undefined;
  if (nameLike[last + 1] && joined(current, next)) return last + 1;
  if (next.text === 'and') return sharedHead(terms, nameLike, first, last);
  if (!/^(of|for)$/.test(next.text) || !joined(current, next)) return undefined;
  const after = terms[last + 2]?.text === 'the' ? last + 3 : last + 2;
  if (!terms[after] || !joined(terms[after - 1]!, terms[after]!)) return undefined;
  // An organisation's head word after "of" makes the whole one name: "House of Representatives".
  if (!terms.slice(first, last + 1).some(isOrganisationWord)) return nameLike[after] && isOrganisationWord(terms[after]!) ? after : undefined;
  if (nameLike[after]) return after;
  // A body named by its number of members: "Group of 20".
  if (/^\d+$/.test(terms[after]!.text)) return after;
  return countries.get(after);
}

/**
 * Where "and" joins the run to the name after it, as the words of one body's
 * name: the name after it ends in an organisation's head word, and the run
 * before it holds none, nor a person's name (two bodies, or a person and a
 * body, joined by "and" stay apart).
 */
function sharedHead(terms: readonly Term[], nameLike: readonly boolean[], first: number, last: number): number | undefined {
  const before = terms.slice(first, last + 1);
  if (before.some((t) => isOrganisationWord(t) || t.tags.has('Person'))) return undefined;
  for (let end = last + 2; nameLike[end] && joined(terms[end - 1]!, terms[end]!); end++) if (isOrganisationWord(terms[end]!)) return end;
  return undefined;
}

/**
 * A run split into the names in it: titles are cut out ("Director General"),
 * unless they open an organisation's name ("Foreign Ministry") or end one
 * after "of" ("Cabinet of Ministers"), and a run
 * that goes on after an organisation's name is cut after it ("General Staff |
 * Anatolii Barhylevych").
 */
function splitRun(sentence: Sentence, first: number, last: number): NameSegment[] {
  const { terms } = sentence;
  const segments: NameSegment[] = [];
  const field = fieldEnd(terms, first, last);
  let start: number | undefined;
  let organisationWord = false;
  const close = (end: number) => {
    if (start !== undefined && end >= start) segments.push(segment(sentence, start, end, organisationWord, field >= first && start - 1 === field));
    start = undefined;
    organisationWord = false;
  };
  for (let i = first; i <= last; i++) {
    const term = terms[i]!;
    // A title's word after "of" inside a name ends that name: "Cabinet of Ministers".
    const endsName = start !== undefined && /^(?:of|for)$/.test(terms[i - 1]!.text);
    if (i <= field || (isRoleWord(term) && !opensOrganisation(terms, i, last) && !endsName)) {
      close(i - 1);
      continue;
    }
    // A lowercase word inside a hyphenated name ("Commander-in-Chief") goes on a name but does not open one.
    if (start === undefined && !isCapitalised(term) && !SURNAME_PARTICLES.has(term.text)) continue;
    start ??= i;
    if (isOrganisationWord(term)) organisationWord = true;
    const next = terms[i + 1];
    const nameGoesOn =
      next !== undefined && i < last && !isOrganisationWord(next) && !next.tags.has('Place') && /^\p{Lu}/u.test(next.text) && joined(term, next);
    if (isOrganisationWord(term) && nameGoesOn && !terms.slice(i + 1, last + 1).some(isOrganisationWord)) close(i);
  }
  close(last);
  return segments;
}

/**
 * The last of the words that open the run as the field of the title before
 * it, written with "of"/"for" ("Secretary of State | Antony Blinken"), or
 * `first` - 1 where there are none. A run with an organisation's head word
 * names a body after "of" ("Secretary of the Security Council"), which is
 * split as one (splitRun).
 */
function fieldEnd(terms: readonly Term[], first: number, last: number): number {
  const words = terms.slice(Math.max(0, first - 3), first + 1);
  // The title, "of" or "for", perhaps "the", and the run's first word, joined by spaces only.
  const opening = words.slice(words.at(-2)?.text === 'the' ? -4 : -3);
  const afterTitle =
    opening.length >= 3 && isRoleWord(opening[0]!) && /^(?:of|for)$/.test(opening[1]!.text) && opening.every((t, k) => k === 0 || joined(opening[k - 1]!, t));
  if (!afterTitle || terms.slice(first, last + 1).some(isOrganisationWord)) return first - 1;
  let end = first - 1;
  while (end < last && FIELD_WORDS.has(terms[end + 1]!.text.toLowerCase())) end++;
  return end;
}

/** Whether the title words from `i` run into an organisation's head word: "General Staff", "Chief Directorate". */
function opensOrganisation(terms: readonly Term[], i: number, last: number): boolean {
  let j = i;
  while (j <= last && isRoleWord(terms[j]!) && !isOrganisationWord(terms[j]!)) j++;
  return j <= last && isOrganisationWord(terms[j]!);
}

function segment(sentence: Sentence, first: number, last: number, organisationWord: boolean, afterField: boolean): NameSegment {
  const { terms } = sentence;
  const before = terms[first - 1];
  const text = sentence.text.slice(terms[first]!.start - sentence.start, terms[last]!.end - sentence.start).replace(/['’]s$/u, '');
  return { first, last, text, afterTitle: afterField || (before !== undefined && isRoleWord(before)), organisationWord };
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}
