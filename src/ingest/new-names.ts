/**
 * What the report's unlinked names are: a new person, a new organisation, a
 * place the places registry does not hold, or nothing (a weapon, a building
 * named for its occupants, a common word, any word of a heading):
 *
 * - a name with a digit, or one the report anywhere puts before a weapon noun
 *   ("Storm Shadow missiles"), is a weapon's, unless the digits number a
 *   body's members ("Group of 20");
 * - a name headed by the noun of an event, a treaty, a building or a body of
 *   water ("World War", "St Peter's Basilica"), or written right before such
 *   a lowercase noun ("the Siverskyi Donets–Donbas canal"), is none of these;
 * - an acronym compromise knows as one, or a name with an organisation's head
 *   word, is an organisation, but none of the sentence's actors where it is
 *   only someone's employer ("the head of the Investigative Committee"); an
 *   acronym of an organisation named before goes by its full name; a
 *   word in capitals it reads as an ordinary word ("STOP") is shouting (a
 *   country's abbreviation before a title, "U.S. Ambassador", is linked as
 *   the country, linking.ts);
 * - one word set off after an organisation's noun ("the state nuclear
 *   corporation, Rosatom,") is that organisation, and the first word of an
 *   organisation's name, inside a later sentence ("Wagner" after "Wagner
 *   Group"), names it again, unless it is a title's word ("General Staff")
 *   or a word of another name ("Union State" after "State Emergency Service");
 * - a name compromise tags as a place, or one after "in", "near" (perhaps
 *   past an adjective: "in occupied Nova Kakhovka") or "city of", is a place,
 *   unless it is a person's or what says something ("the White House said"):
 *   a building standing for its occupants is neither;
 * - two to four other words are a person, and so is one word after a title
 *   ("Foreign Minister Sikorski"); one other word is nothing (the Kremlin), or
 *   the surname of a person the report has already named.
 */
import { nameWords } from './name-index.ts';
import { isTitle, type Mention } from './linking.ts';
import { nameSegments, type NameSegment } from './name-chunks.ts';
import { FIELD_WORDS, ORGANISATION_HEADS, SURNAME_PARTICLES } from './name-words.ts';
import { isHeading } from './paragraphs.ts';
import { joined, type Paragraph, type Sentence, type Term } from './report-text.ts';
import { isSpeechVerb } from './speech.ts';
import { weaponNames } from './weapon-names.ts';

export interface FoundName {
  name: string;
  kind: 'person' | 'organisation';
  /** Terms `first` to `last` (inclusive) of the sentence. */
  first: number;
  last: number;
}

export interface SentenceNames {
  actors: FoundName[];
  /** Places the registry does not hold, as the report writes them. */
  places: string[];
}

/** An organisation named by its number of members: "Group of 20". */
const BODY_OF_NUMBER = /^\p{Lu}[\p{L}\s]* of \d+$/u;

/** Words after which one capitalised word is a place: "in Pokrovsk", "near Vuhledar", "the town of Selydove". */
const PLACE_BEFORE = /^(?:in|near|outside|around|towards?|into|of)$/i;
const PLACE_NOUN = /^(?:city|town|village|region|oblast|province|district|settlement)$/i;
/** What a place has, after a possessive: "Rostov's governor", "Kherson's outskirts". */
const PLACE_OWNS = /^(?:governor|mayor|outskirts|residents|authorities|region|oblast)$/i;

/** Head nouns of what is neither a person nor an organisation: events, treaties and schemes ("the Black Sea Grain Initiative"), buildings, waters. */
const NOT_ACTOR_HEAD =
  /^(?:wars?|revolution|summit|conference|forum|games|olympics|cup|accords?|agreement|treaty|pact|declaration|initiative|basilica|cathedral|church|chapel|mosque|synagogue|temple|monastery|abbey|palace|castle|tower|square|stadium|museum|theatre|bridge|river|canal|lake|sea|reservoir|strait)$/i;
/** Lowercase nouns that make the name before them a feature's or a facility's: "the Dnipro river", "the Kakhovka dam". */
const FEATURE_NOUN = /^(?:river|canal|lake|sea|reservoir|strait|bay|dam|bridge|plant|station|airport|airfield|port|refinery)$/;
/** Lowercase nouns after which a name set off by commas is an organisation's: "the state nuclear corporation, Rosatom,". */
const ORGANISATION_NOUN =
  /^(?:corporation|company|agency|operator|firm|broadcaster|utility|conglomerate|monopoly|group|ministry|service|militia|party|movement|organi[sz]ation)$/;

export function findNewNames(paragraphs: readonly Paragraph[], linked: ReadonlyMap<Sentence, readonly Mention[]>): Map<Sentence, SentenceNames> {
  const sentences = paragraphs.flatMap((p) => p.sentences);
  const segments = new Map(sentences.map((s) => [s, nameSegments(s, linked.get(s) ?? [])] as const));
  const weapons = weaponNames(segments);
  /** A person's last name → their name as first found, so that "Peskov" is "Dmitry Peskov". */
  const people = new Map<string, string>();
  /** The first word of an organisation named for a person or a place → its name: "Wagner" → "Wagner Group". */
  const organisations = new Map<string, string>();
  /** The initials of an organisation's name → its name: "IAEA" → "International Atomic Energy Agency". */
  const acronyms = new Map<string, string>();
  const found = new Map<Sentence, SentenceNames>();
  // A heading capitalises its words ("A Flooded Kherson"): they are no names, and read as one they would make "Kherson" a surname for the rest of the report.
  const headings = new Set(paragraphs.filter(isHeading).flatMap((p) => p.sentences));
  for (const sentence of sentences) {
    const names: SentenceNames = { actors: [], places: [] };
    found.set(sentence, names);
    if (headings.has(sentence)) continue;
    /** The organisations the sentence names as someone's employer. */
    const employers: NameSegment[] = [];
    for (const segment of segments.get(sentence) ?? []) {
      if ((/\d/.test(segment.text) && !BODY_OF_NUMBER.test(segment.text)) || weapons.has(key(segment.text))) continue;
      if (notAnActor(sentence.terms, segment)) continue;
      if (segment.first === segment.last && organisations.has(key(segment.text))) continue;
      const kind = classify(sentence.terms, segment, people, countryBefore(sentence, segment, linked.get(sentence) ?? []) !== undefined);
      if (kind === 'place') names.places.push(segment.text);
      else if (kind === 'organisation') {
        const found = expanded(withDemonym(sentence, segment, linked.get(sentence) ?? []), acronyms);
        const head = sentence.terms[segment.first]!;
        if (segment.last > segment.first && !isTitle(head)) organisations.set(key(head.text), found.name);
        if (segment.last > segment.first) acronyms.set(initials(segment.text), found.name);
        if (namesEmployer(sentence.terms, segment.first, employers)) employers.push(segment);
        else names.actors.push(found);
      } else if (kind === 'person') {
        const name = people.get(key(segment.text)) ?? segment.text;
        for (const surname of surnames(name)) people.set(key(surname), name);
        names.actors.push({ name, kind, first: segment.first, last: segment.last });
      }
    }
    names.actors.push(...shortForms(sentence, organisations, [...(linked.get(sentence) ?? []), ...names.actors, ...employers]));
  }
  return found;
}

/** How a person's name may be written later on its own: its last word, and its surname from a particle on ("von der Leyen" of "Ursula von der Leyen"). */
function surnames(name: string): string[] {
  const words = name.split(/\s+/);
  const particle = words.findIndex((word, i) => i > 0 && SURNAME_PARTICLES.has(word));
  return particle === -1 ? [words.at(-1)!] : [words.at(-1)!, words.slice(particle).join(' ')];
}

function classify(
  terms: readonly Term[],
  segment: NameSegment,
  people: ReadonlyMap<string, string>,
  afterCountry: boolean,
): 'person' | 'organisation' | 'place' | undefined {
  const words = terms.slice(segment.first, segment.last + 1);
  // A country in an organisation's name ("Security Service of Ukraine") does not make it a place.
  // An organisation's head word is no place's, whatever compromise tags: "House of Representatives".
  const placeWord = (t: Term) => t.tags.has('Place') && !t.tags.has('Country') && !ORGANISATION_HEADS.has(t.text.toLowerCase());
  // A name of several words after "in", "near" … is a place too ("in occupied Nova Kakhovka"), unless it is someone's: "in Vladimir Putin's words".
  const place = words.some(placeWord) || (placeByContext(terms, segment.first) && !/['’]s$/u.test(words.at(-1)!.text));
  if (words.length === 1) {
    const [word] = words as [Term];
    const capitals = /^\p{Lu}{2,}$/u.test(word.text.replace(/\./g, ''));
    if ((capitals && word.tags.has('Acronym')) || (word.tags.has('Organization') && !place)) return 'organisation';
    if (capitals) return undefined;
    // A body's head word after its country: "the U.S. Senate", "Ukraine's Parliament".
    if (afterOrganisationNoun(terms, segment.first) || (segment.organisationWord && afterCountry)) return isVenue(terms, segment) ? undefined : 'organisation';
    if (place) return speaks(terms, segment.last) ? undefined : 'place';
    if (segment.afterTitle || people.has(key(word.text))) return 'person';
    // A word of its own that speaks ("… Ukrhydroenergo said") is a body's name, as a person is named in full first; with "the" it is a building's ("the Kremlin said").
    if (speaks(terms, segment.last) && !word.tags.has('Date') && !/^the$/i.test(terms[segment.first - 1]?.text ?? '')) return 'organisation';
    return /['’]s$/u.test(word.text) && PLACE_OWNS.test(terms[segment.last + 1]?.text ?? '') ? 'place' : undefined;
  }
  // A title written right before the name, with no comma between, makes it a person's, whatever compromise reads into it: it tags "Antony" a place after "Secretary of State".
  const titled = segment.afterTitle && joined(terms[segment.first - 1]!, terms[segment.first]!);
  const person = titled || words.some((t) => t.tags.has('Person'));
  // A name ending in a place's word is a place even with an organisation's word in it: "Nuclear Power Plant", "Donetsk Region".
  if (placeWord(words.at(-1)!) && !person) return speaks(terms, segment.last) ? undefined : 'place';
  if (segment.organisationWord) return isVenue(terms, segment) ? undefined : 'organisation';
  if (place && !person) return speaks(terms, segment.last) ? undefined : 'place';
  return words.length <= 4 ? 'person' : undefined;
}

/**
 * A name headed by an event's, a building's or a water's noun, or written
 * right before such a lowercase noun, perhaps across a dash ("Donets–Donbas
 * canal") or past one lowercase word ("the Vuhlehirsk power plant").
 */
function notAnActor(terms: readonly Term[], segment: NameSegment): boolean {
  if (NOT_ACTOR_HEAD.test(terms[segment.last]!.text) || /^(?:st|saint)\.?$/i.test(terms[segment.first]!.text)) return true;
  let at = segment.last + 1;
  while (terms[at] && /^\p{Lu}/u.test(terms[at]!.text) && /^[-–—]$/.test(terms[at - 1]!.post.trim())) at++;
  const close = (from: number) => /^[\s\-–—]*$/.test(terms[from - 1]!.post + terms[from]!.pre);
  const feature = (i: number) => terms[i] !== undefined && FEATURE_NOUN.test(terms[i]!.text) && close(i);
  return feature(at) || (terms[at] !== undefined && /^\p{Ll}+$/u.test(terms[at]!.text) && close(at) && feature(at + 1));
}

/**
 * The organisations a sentence names by the first word of their name
 * ("Wagner fighters" after "the Wagner Group"), read word by word: compromise
 * takes such a word before a noun for a title ("Wagner" in "Wagner fighters"),
 * so the name segments miss it. At a sentence's start a capital says nothing.
 */
function shortForms(sentence: Sentence, organisations: ReadonlyMap<string, string>, taken: readonly { first: number; last: number }[]): FoundName[] {
  return sentence.terms.flatMap((term, i) => {
    const [before, next] = [sentence.terms[i - 1], sentence.terms[i + 1]];
    // A capitalised word next to it makes it part of another name or a title: "Defence Minister" is not the Defence Ministry, "Union State" not the State Emergency Service.
    const inLongerName =
      (next !== undefined && joined(term, next) && /^\p{Lu}/u.test(next.text)) ||
      (before !== undefined && joined(before, term) && /^\p{Lu}/u.test(before.text) && !/['’]s$/u.test(before.text));
    const name = i > 0 && /^\p{Lu}/u.test(term.text) && !inLongerName ? organisations.get(key(term.text)) : undefined;
    return name && !taken.some((t) => t.first <= i && i <= t.last) ? [{ name, kind: 'organisation' as const, first: i, last: i }] : [];
  });
}

/**
 * An acronym made of the initials of an organisation the report has named
 * ("the IAEA said" after "the International Atomic Energy Agency") is that
 * organisation, under the name it was given in full: even when the full name
 * was only someone's employer, the acronym acting makes it an actor.
 */
function expanded(found: FoundName, acronyms: ReadonlyMap<string, string>): FoundName {
  const name = /^\p{Lu}{2,}$/u.test(found.name) ? acronyms.get(found.name) : undefined;
  return name ? { ...found, name } : found;
}

/** The initials of a name's capitalised words: "International Atomic Energy Agency" → "IAEA"; "of" and "the" do not count. */
function initials(name: string): string {
  return (name.match(/(?<![\p{L}'’])\p{Lu}/gu) ?? []).join('');
}

/**
 * Whether the organisation opening at `first` is named as one person's
 * employer: after a post and "of"/"for" ("the head of the Investigative
 * Committee", "chief of Russia's General Staff", "spokesman for the Foreign
 * Ministry"), or after "at"/"of" that follows such an employer's name ("… at
 * Ukraine's National Security and Defence Council"). The person acts, not the
 * body. Posts held by many ("the leaders of the Group of Seven") do not count:
 * the body acts through them.
 */
function namesEmployer(terms: readonly Term[], first: number, employers: readonly NameSegment[]): boolean {
  let at = first - 1;
  if (/['’]s$/u.test(terms[at]?.text ?? '') && /^\p{Lu}/u.test(terms[at]!.text)) at--;
  if (/^the$/i.test(terms[at]?.text ?? '')) at--;
  const preposition = terms[at]?.text.toLowerCase() ?? '';
  const post = terms[at - 1];
  if (!post) return false;
  if (/^(?:of|for)$/.test(preposition) && isTitle(post) && /^\p{Ll}/u.test(post.text) && !post.tags.has('Plural')) return true;
  return /^(?:at|of)$/.test(preposition) && employers.some((e) => e.last === at - 1);
}

/** "…, Rosatom,", "the partisan group Atesh": a word right after an organisation's lowercase noun, set off by a comma or not. */
function afterOrganisationNoun(terms: readonly Term[], first: number): boolean {
  const before = terms[first - 1];
  return before !== undefined && (before.post.includes(',') || joined(before, terms[first]!)) && ORGANISATION_NOUN.test(before.text);
}

/**
 * Whether the body opening at `first` is named as where something happens
 * or where someone goes ("its fate in the House of Representatives", "went
 * to the U.S. Congress"), not as someone who acts; "a source in the Security
 * Service" speaks for it, and so does the body in "handed to the Security
 * Service of Ukraine, which said".
 */
function isVenue(terms: readonly Term[], { first, last }: NameSegment): boolean {
  const clauseVerb = terms[last + 2];
  if (terms[last]!.post.includes(',') && /^(?:which|who)$/i.test(terms[last + 1]?.text ?? '') && clauseVerb && isSpeechVerb(clauseVerb)) return false;
  let at = terms[first - 1]?.text === 'the' ? first - 2 : first - 1;
  // "to the U.S. Congress", "to the White House and the U.S. Congress": back past the country and the places joined to it.
  for (let steps = 0; steps < 6 && /^(?:the|and|U\.S\.|US|UK|EU|\p{Lu}\p{L}*)$/u.test(terms[at]?.text ?? '') && joined(terms[at]!, terms[at + 1]!); steps++)
    at--;
  return /^(?:in|at|to|into|before)$/i.test(terms[at]?.text ?? '') && !/^(?:sources?|officials?|members?|people|someone)$/i.test(terms[at - 1]?.text ?? '');
}

/** After "in", "near" …, perhaps past one lowercase adjective ("in occupied Nova Kakhovka", "near eastern Pokrovsk"); after "of" only as "the city of". */
function placeByContext(terms: readonly Term[], first: number): boolean {
  const adjacent = terms[first - 1];
  const adjective = adjacent && !PLACE_BEFORE.test(adjacent.text) && adjacent.tags.has('Adjective') && /^\p{Ll}/u.test(adjacent.text) ? 1 : 0;
  const before = terms[first - 1 - adjective];
  if (!before || !PLACE_BEFORE.test(before.text)) return false;
  return before.text.toLowerCase() !== 'of' || (adjective === 0 && PLACE_NOUN.test(terms[first - 2]?.text ?? ''));
}

/** Whether the name is what says something, perhaps past what it is set off by commas: "the White House said", "Rosaviatsia, Russia's aviation authority, said". */
function speaks(terms: readonly Term[], last: number): boolean {
  let at = last;
  if (terms[last]!.post.includes(',')) {
    const close = terms.findIndex((t, i) => i > last && i <= last + 6 && t.post.includes(','));
    if (close !== -1 && !terms.slice(last + 1, close + 1).some((t) => t.tags.has('Verb'))) at = close;
  }
  const next = terms[at + 1];
  return next !== undefined && isSpeechVerb(next);
}

/** The country named right before a name, with spaces only between: "U.S." of "U.S. Senate", "Russian" of "Russian Defence Ministry". */
function countryBefore(sentence: Sentence, segment: NameSegment, mentions: readonly Mention[]): Mention | undefined {
  const country = mentions.find((m) => m.kind === 'country' && m.last === segment.first - 1);
  return country && joined(sentence.terms[country.last]!, sentence.terms[segment.first]!) ? country : undefined;
}

/**
 * An organisation's name with the demonym written right before it ("Russian
 * Defence Ministry"), or the country before a name that only says what kind of
 * body it is: its one word ("U.S. Senate") or words of bodies and offices
 * alone ("Ukraine's General Staff").
 */
function withDemonym(sentence: Sentence, segment: NameSegment, mentions: readonly Mention[]): FoundName {
  const country = countryBefore(sentence, segment, mentions);
  const { terms } = sentence;
  const generic = terms.slice(segment.first, segment.last + 1).every((t) => isBodyWord(t.text.toLowerCase()));
  const demonym = country?.form === 'demonym' || (country && (segment.first === segment.last || generic)) ? country : undefined;
  if (!demonym) return { name: segment.text, kind: 'organisation', first: segment.first, last: segment.last };
  const name = sentence.text.slice(terms[demonym.first]!.start - sentence.start, terms[segment.last]!.end - sentence.start).replace(/['’]s$/u, '');
  return { name, kind: 'organisation', first: demonym.first, last: segment.last };
}

/** A word that names a kind of body or office, not one body: "General", "Staff", "Defence", "Ministry". */
function isBodyWord(word: string): boolean {
  return ORGANISATION_HEADS.has(word) || FIELD_WORDS.has(word) || /^(?:general|armed|air|national|federal|emergency|border)$/.test(word);
}

function key(name: string): string {
  return nameWords(name).join(' ');
}
