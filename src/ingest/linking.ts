/**
 * Linking a report's words to the registries: each actor, country and place
 * it names, by name, alias, demonym, or surname (of a person the report names
 * in full somewhere, or after a title).
 * The longest name wins, so "Ukrainian Air Force" is the actor and not the
 * demonym, "Kursk Oblast" the place and not a word; a span linked to one
 * thing links to nothing else.
 *
 * A place's name names the place only where it stands for it:
 * - a region's name without its kind ("Kharkiv" of "Kharkiv Oblast") names
 *   the region before "region(s)"/"oblast" ("the Kharkiv and Zaporizhzhia
 *   regions"), after "region of" ("the border region of Kursk"), or before
 *   what a region has and a town does not ("the Kursk direction", "Rostov's
 *   governor"); elsewhere it names the town the region is named for ("struck
 *   Odesa"), which is the registry's city of that name or, where it has none,
 *   a free place (new-names.ts), never the region;
 * - a name that modifies a facility's noun ("the Zaporizhzhia nuclear power
 *   plant") names the facility, which may stand elsewhere: no place;
 * - a city that speaks or has partners ("Moscow said", "Kyiv's allies")
 *   stands for its government: no place, and no country either, as the
 *   report does not say which.
 */
import { capitalsOf, nameWords, type EntityKind, type NameEntry, type NameIndex } from './name-index.ts';
import { isCapitalised, joined, type Paragraph, type Sentence, type Term } from './report-text.ts';
import { isSpeechVerb } from './speech.ts';

export interface Mention {
  kind: EntityKind;
  id: string;
  form: NameEntry['form'];
  /** Terms `first` to `last` (inclusive) of the sentence. */
  first: number;
  last: number;
  /** As the report writes it. */
  text: string;
  /** A country named inside an actor's name ("Ukrainian Air Force"): it counts for the development, but is not an actor of the sentence. */
  inside?: true;
}

/**
 * Each sentence's mentions. A surname alone names a person the report names
 * in full, or after a title, anywhere: a title or a lead often gives a
 * well-known surname before the text names the person in full ("A Call to
 * Putin" above "President Vladimir Putin"). So the report is read twice: once
 * for the people it names in full, then for every mention.
 */
export function linkReport(paragraphs: readonly Paragraph[], index: NameIndex): Map<Sentence, Mention[]> {
  const sentences = paragraphs.flatMap((p) => p.sentences);
  // A surname the report also writes after another first name ("Vitaliy Kim") is that person's, whatever role follows it.
  const taken = new Set<string>();
  for (const s of sentences)
    s.terms.forEach((t, i) => {
      const before = s.terms[i - 1];
      if (before && isCapitalised(before) && !isTitle(before) && joined(before, t)) taken.add(`surname:${nameWords(t.text).join(' ')}`);
    });
  const named = new Set([...taken, ...sentences.flatMap((s) => linkSentence(s, index, taken).flatMap((m) => (m.kind === 'actor' ? [m.id] : [])))]);
  return new Map(sentences.map((s) => [s, linkSentence(s, index, named)] as const));
}

function linkSentence(sentence: Sentence, index: NameIndex, named: ReadonlySet<string>): Mention[] {
  const { terms } = sentence;
  const words = terms.map((t) => nameWords(t.text));
  const mentions: Mention[] = [];
  for (let i = 0; i < terms.length;) {
    const found = longestMatch(terms, words, i, index, named);
    if (!found) {
      i++;
      continue;
    }
    const { entry, last } = found;
    const text = sentence.text.slice(terms[i]!.start - sentence.start, terms[last]!.end - sentence.start);
    mentions.push({ kind: entry.kind, id: entry.id, form: entry.form, first: i, last, text: text.replace(/['’]s$/u, '') });
    if (entry.kind === 'actor') mentions.push(...countriesInside(sentence, words, i, last, index));
    i = last + 1;
  }
  return mentions;
}

/** The countries an actor's name holds: "Ukrainian Air Force" → ua, "Security Service of Ukraine" → ua. */
function countriesInside(sentence: Sentence, words: readonly string[][], first: number, last: number, index: NameIndex): Mention[] {
  const inside: Mention[] = [];
  for (let i = first; i <= last; i++) {
    if (!isCapitalised(sentence.terms[i]!)) continue;
    for (const entry of index.get(words[i]![0] ?? '') ?? []) {
      const end = entry.kind === 'country' && entry.capitals === undefined ? matchEnd(entry.words, words, i) : undefined;
      if (end === undefined || end > last) continue;
      inside.push({ kind: 'country', id: entry.id, form: entry.form, first: i, last: end, text: spanText(sentence.terms, i, end), inside: true });
      i = end;
      break;
    }
  }
  return inside;
}

function longestMatch(
  terms: readonly Term[],
  words: readonly string[][],
  start: number,
  index: NameIndex,
  named: ReadonlySet<string>,
): { entry: NameEntry; last: number } | undefined {
  const first = terms[start]!;
  if (!isCapitalised(first)) return undefined;
  for (const entry of index.get(words[start]![0] ?? '') ?? []) {
    const last = matchEnd(entry.words, words, start);
    if (last === undefined) continue;
    if (entry.capitals !== undefined && (capitalsOf(spanText(terms, start, last)) !== entry.capitals || shouted(terms, start, last) || designates(terms, last)))
      continue;
    // A surname names someone the report has named in full, or after a title, or before their role, unless the report gives it to someone else: "President Zelensky", "Putin, his Russian counterpart".
    const roleNames = roleAfter(terms, last) && !named.has(`surname:${entry.words.join(' ')}`);
    if (entry.form === 'surname' && !named.has(entry.id) && !(start > 0 && isTitle(terms[start - 1]!)) && !roleNames) continue;
    // An abbreviation is no one's first name: "U.S. Senate" names the country, as "U.S. Ambassador" does.
    const nameOfItsOwn = entry.form === 'surname' || (entry.kind === 'country' && entry.form === 'name' && entry.capitals === undefined);
    if (nameOfItsOwn && insideLongerName(terms, start, last)) continue;
    if (entry.tail && endsLongerName(terms, start)) continue;
    if (entry.kind !== 'place') return { entry, last };
    const end = entry.form === 'region' ? regionEnd(terms, start, last) : last;
    if (end === undefined) continue;
    if (modifiesFacility(terms, end) || (entry.placeKind === 'city' && standsForGovernment(terms, end))) return undefined;
    return { entry, last: end };
  }
  return undefined;
}

const REGION_NOUN = /^(?:region|regions|oblast|oblasts|province|provinces)$/;
/** What a region has and its town does not, after its name or its possessive: "the Kursk direction", "Rostov's governor". */
const REGION_HOLDS = /^(?:direction|axis|front|sector|governor|governorship)$/;
/** Nouns of facilities a place's name may modify: "the Zaporizhzhia nuclear power plant", "Kursk airport". */
const FACILITY_NOUN = /^(?:plant|station|dam|airport|airfield|port|refinery|reactor|factory|depot|terminal|base)$/;
/** What a city's government has and a place does not: "Kyiv's partners", "Moscow's position". */
const GOVERNMENT_NOUN = /^(?:partners|allies|government|leadership|position|response|officials|diplomats|negotiators|demands|stance|policy)$/;

/** The last term a region's bare name covers in this context, or undefined when it does not name the region here. */
function regionEnd(terms: readonly Term[], first: number, last: number): number | undefined {
  const next = terms[last + 1];
  if (next && joined(terms[last]!, next) && REGION_NOUN.test(next.text)) return last + 1;
  if (next && joined(terms[last]!, next) && REGION_HOLDS.test(next.text)) return last;
  if (terms[first - 1]?.text === 'of' && REGION_NOUN.test(terms[first - 2]?.text ?? '')) return last;
  // "the Kharkiv, Sumy and Zaporizhzhia regions": names joined by "and" or commas, before a plural region noun.
  let joinedByAnd = false;
  for (let j = last + 1; j < Math.min(terms.length, last + 8); j++) {
    const t = terms[j]!;
    joinedByAnd ||= /^(?:and|or|&)$/.test(t.text) || /[,&]/.test(terms[j - 1]!.post);
    if (/^(?:regions|oblasts|provinces)$/.test(t.text)) return joinedByAnd ? last : undefined;
    if (!/^(?:and|or|&)$/.test(t.text) && !isCapitalised(t)) break;
  }
  return undefined;
}

/** Whether a comma and a role follow the name within four words: "Putin, his Russian counterpart", "Orban, Hungary's prime minister". */
function roleAfter(terms: readonly Term[], last: number): boolean {
  if (!terms[last]!.post.includes(',')) return false;
  return terms.slice(last + 1, last + 5).some((t) => isTitle(t) || /^(?:counterpart|leader)$/i.test(t.text));
}

/** Whether the name right before `last` + 1 opens a facility's noun, with up to two lowercase words between: "nuclear power plant". */
function modifiesFacility(terms: readonly Term[], last: number): boolean {
  for (let j = last + 1; j <= last + 3 && j < terms.length; j++) {
    if (!joined(terms[j - 1]!, terms[j]!) || isCapitalised(terms[j]!)) return false;
    if (FACILITY_NOUN.test(terms[j]!.text)) return true;
  }
  return false;
}

/**
 * Whether a city's name stands for its government here: "Kyiv's partners",
 * "Moscow said", "the Kyiv regime", "territory controlled by Kyiv".
 */
function standsForGovernment(terms: readonly Term[], last: number): boolean {
  const next = terms[last + 1];
  const before = terms.slice(Math.max(0, last - 2), last).map((t) => t.text.toLowerCase());
  if (before.length === 2 && CONTROLLED.test(before[0]!) && before[1] === 'by') return true;
  if (!next) return false;
  if (/['’]s$/u.test(terms[last]!.text)) return GOVERNMENT_NOUN.test(next.text);
  if (REGIME.test(next.text)) return joined(terms[last]!, next);
  // "Moscow said", not "… in Kharkiv, said the governor".
  return joined(terms[last]!, next) && (isSpeechVerb(next) || next.tags.has('Modal'));
}

/** What a government does to land: "territory controlled by Kyiv", "areas held by Moscow". */
const CONTROLLED = /^(?:controlled|held|occupied|ruled|governed)$/;
/** A government named by its capital: "the Kyiv regime", "the Moscow authorities". */
const REGIME = /^(?:regime|government|authorities|leadership)$/i;

/** Whether letters in capitals open a weapon's designation, a hyphen and a number after them: "KN-23", "Su-34". */
function designates(terms: readonly Term[], last: number): boolean {
  return /^[-‑–]$/.test(terms[last]!.post) && /^\d/.test(terms[last + 1]?.text ?? '');
}

/** Whether a name in capitals stands in a run of three or more words in capitals, shouted rather than abbreviated: "GOING TO GET WORSE". */
function shouted(terms: readonly Term[], first: number, last: number): boolean {
  const inCapitals = (t: Term) => /\p{Lu}{2}/u.test(t.text) && !/\p{Ll}/u.test(t.text);
  let [from, to] = [first, last];
  while (from > 0 && joined(terms[from - 1]!, terms[from]!) && inCapitals(terms[from - 1]!)) from--;
  while (to < terms.length - 1 && joined(terms[to]!, terms[to + 1]!) && inCapitals(terms[to + 1]!)) to++;
  return to - from >= 2;
}

/** The index of the last term the entry's words cover from `start`, if they cover whole terms. */
function matchEnd(entryWords: readonly string[], words: readonly string[][], start: number): number | undefined {
  let at = 0;
  for (let t = start; t < words.length; t++) {
    for (const word of words[t]!) if (entryWords[at++] !== word) return undefined;
    if (at === entryWords.length) return t;
  }
  return undefined;
}

function spanText(terms: readonly Term[], first: number, last: number): string {
  return terms
    .slice(first, last + 1)
    .map((t) => t.text)
    .join(' ');
}

/**
 * Whether a country's name or a surname is one word of someone else's name,
 * or of a place's: "Jordan Bardella", "Georgia Meloni", "Chad Smith", "Kim
 * Jong Un", "New Jersey". A
 * capitalised neighbour that is only a title ("Ukraine Defence Minister") does not count.
 */
function insideLongerName(terms: readonly Term[], first: number, last: number): boolean {
  const before = terms[first - 1];
  const after = terms[last + 1];
  const lastTerm = terms[last]!;
  const possessive = /['’]s$/u.test(lastTerm.text);
  const nameAfter = !possessive && after !== undefined && joined(lastTerm, after) && isCapitalised(after) && !isTitle(after);
  // "New Jersey", "New Mexico": a place named after a country is not that country ("New Zealand" is a name of its own, and longer).
  const nameBefore = before !== undefined && joined(before, terms[first]!) && (before.tags.has('FirstName') || before.text === 'New');
  return nameAfter || nameBefore;
}

/** Whether a name is the last word of a longer one: "Latin America", "South America" (a title before it, "President", does not count). */
function endsLongerName(terms: readonly Term[], first: number): boolean {
  const before = terms[first - 1];
  return before !== undefined && joined(before, terms[first]!) && isCapitalised(before) && !isTitle(before) && !/['’]s$/u.test(before.text);
}

/** Role nouns compromise does not tag as an office, which head a title as "Minister" does. */
const ROLE_NOUNS = new Set([
  'spokesman',
  'spokeswoman',
  'chief',
  'head',
  'governor',
  'ambassador',
  'envoy',
  'premier',
  'senator',
  'speaker',
  'adviser',
  'advisor',
  'aide',
  'commissioner',
  'ombudsman',
  'prosecutor',
  'general',
]);

/** A word of a title or an office: one compromise knows (President, Minister, Defence, Foreign) or a role noun (Ambassador, Envoy). */
export function isTitle(term: Term): boolean {
  return term.tags.has('Honorific') || term.tags.has('Actor') || ROLE_NOUNS.has(term.text.toLowerCase());
}
