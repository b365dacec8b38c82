/**
 * A deterministic synthetic corpus for the benchmark: the same seed and size
 * always give byte-identical files. Briefings, actors and places (places.ts)
 * are valid against the real content model (src/content.config.ts) and the MDX
 * policy, so the build measured is the real one, checks included.
 *
 * The prose is made of a few hundred common words plus a few thousand made-up
 * proper names, drawn with a skewed (Zipf-like) distribution, so that the
 * search index has a realistic vocabulary rather than a toy one.
 */
import { actorAliases } from './aliases.ts';
import { generatePlaces, placeCount, placeFile, placePicker } from './places.ts';
import { prng, Random, zipfTable } from './random.ts';
import { COMMON, COUNTRY_CODES, SYLLABLES, FIRST_NAMES, ORG_ADJ, ORG_NOUN, ORG_KIND, ROLES, PUBLISHERS, VERBS, OBJECTS } from './words.ts';

export { COUNTRY_CODES };

export interface CorpusOptions {
  briefings: number;
  /** Number of actor files (default 300). */
  actors?: number;
  /** Number of place files (default: placeCount(briefings), about 300 at 10,000 briefings). */
  places?: number;
  seed?: number;
  /**
   * Last possible briefing date (YYYY-MM-DD). Dates spread over the three years
   * that end here. Defaults to a fixed day, so the corpus does not change from
   * one day to the next; it is moved back to yesterday if that is earlier.
   */
  end?: string;
  /** One briefing in this many is a draft (not published). 0 for none. */
  draftEvery?: number;
}

export interface CorpusFile {
  name: string;
  text: string;
}

export interface Corpus {
  briefings: CorpusFile[];
  actors: CorpusFile[];
  places: CorpusFile[];
  /** Ids of published (non-draft) briefings. */
  published: string[];
  /** A word that occurs in many briefing bodies, for the search measurement. */
  searchWord: string;
  /** The actors that have an alias, in file order, with how many published briefings are tagged with each. */
  aliases: ActorAlias[];
}

export interface ActorAlias {
  id: string;
  name: string;
  alias: string;
  published: number;
}

export const DEFAULT_SEED = 20241104;
export const DEFAULT_END = '2026-10-31';
/** Mixed into the seed for the places' random stream. */
const PLACE_STREAM = 0x9e3779b9;

const STATUSES = ['confirmed', 'reported', 'claimed', 'disputed'] as const;
const TOPICS = ['foreign-forces', 'strikes', 'diplomacy', 'aid', 'defence-spending', 'domestic-politics', 'humanitarian'] as const;

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** Made-up proper names (places, surnames): unique, pronounceable, deterministic. */
function properNames(rnd: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const parts = rnd.int(2, 3);
    let name = '';
    for (let i = 0; i < parts; i++) name += rnd.pick(SYLLABLES);
    if (name.length >= 5) names.add(capitalise(name));
  }
  return [...names];
}

export function generateCorpus(options: CorpusOptions): Corpus {
  const seed = options.seed ?? DEFAULT_SEED;
  const rnd = new Random(prng(seed));
  const yesterday = addDays(new Date().toISOString().slice(0, 10), -1);
  const end = [options.end ?? DEFAULT_END, yesterday].sort()[0]!;
  const start = addDays(end, -3 * 365 + 1);
  const draftEvery = options.draftEvery ?? 200;

  const placeNames = properNames(rnd, 3000);
  const placeSet = new Set(placeNames);
  const surnames = properNames(rnd, 600).filter((n) => !placeSet.has(n));

  // Actors: people and organisations with unique names, so the duplicate-name rule is satisfied.
  const actorCount = options.actors ?? 300;
  const actors: { id: string; name: string; kind: 'person' | 'organisation'; role: string; country?: string }[] = [];
  const used = new Set<string>();
  while (actors.length < actorCount) {
    const person = rnd.chance(0.75);
    const name = person ? `${rnd.pick(FIRST_NAMES)} ${rnd.pick(surnames)}` : `${rnd.pick(ORG_ADJ)} ${rnd.pick(ORG_NOUN)} ${rnd.pick(ORG_KIND)}`;
    const id = slugify(name);
    if (used.has(id)) continue;
    used.add(id);
    const country = rnd.chance(0.9) ? COUNTRY_CODES[rnd.zipf(COUNTRY_CODES.length, 1.2)] : undefined;
    actors.push({ id, name, kind: person ? 'person' : 'organisation', role: person ? rnd.pick(ROLES) : `${rnd.pick(ORG_ADJ)} body`, country });
  }
  // Places draw from a random stream of their own, so that every other byte of the corpus
  // is what it was before briefings named places, and figures from before and after compare the same text.
  const placeRnd = new Random(prng(seed ^ PLACE_STREAM));
  const placeRegistry = generatePlaces(placeRnd, placeNames, options.places ?? placeCount(options.briefings));

  // One actor in seven has an alias: another transliteration of its name, drawn from no random stream (aliases.ts).
  const aliasOf = actorAliases(actors, placeRegistry, [...placeNames, ...surnames]);
  const actorFiles: CorpusFile[] = actors.map((a, i) => {
    const lines = [`name: ${yamlString(a.name)}`, `kind: ${a.kind}`, `role: ${yamlString(a.role)}`];
    if (a.country) lines.push(`country: ${a.country}`);
    const alias = aliasOf.get(a.id);
    lines.push(alias ? `aliases: [${yamlString(alias)}]` : 'aliases: []');
    if (i % 3 === 0) lines.push(`wikidata: Q${100000 + i}`);
    lines.push(
      `description: ${yamlString(`${a.name} is a synthetic ${a.kind} generated for the Sitrep benchmark. ${a.role}, named in briefings about ${a.country ? a.country.toUpperCase() : 'several countries'}.`)}`,
    );
    return { name: `${a.id}.yaml`, text: lines.join('\n') + '\n' };
  });
  const pickPlaces = placePicker(placeRnd, placeRegistry);

  const placeTable = zipfTable(placeNames.length, 1.05);
  const commonTable = zipfTable(COMMON.length, 0.9);
  const word = (): string =>
    rnd.chance(0.12) ? placeNames[rnd.zipf(placeNames.length, 1.05, placeTable)]! : COMMON[rnd.zipf(COMMON.length, 0.9, commonTable)]!;
  const sentence = (min = 8, max = 18): string[] => {
    const words = Array.from({ length: rnd.int(min, max) }, word);
    words[0] = capitalise(words[0]!);
    return words;
  };

  const briefings: CorpusFile[] = [];
  const published: string[] = [];
  const titles = new Set<string>();
  const slugs = new Set<string>();
  const placeHits = new Map<string, number>();
  const tagged = new Map<string, number>();
  const span = 3 * 365;

  for (let n = 0; n < options.briefings; n++) {
    const date = addDays(start, Math.floor((n + rnd.next()) * (span / options.briefings)) % span);
    const briefingActors = rnd.distinct(actors, rnd.int(1, 4), 0.9);
    const countries = rnd.distinct(COUNTRY_CODES, rnd.int(1, 3), 1.3);
    const place = placeNames[rnd.zipf(placeNames.length, 1.05)]!;
    const lead = briefingActors[0]!;
    let title = `${lead.name} ${rnd.pick(VERBS)} ${rnd.pick(OBJECTS)} ${place}`;
    if (titles.has(title)) title = `${title}, ${n}`;
    titles.add(title);
    let slug = slugify(`${lead.name.split(' ').at(-1)} ${place} ${n}`);
    while (slugs.has(slug)) slug += '-x';
    slugs.add(slug);
    const id = `${date}-${slug}`;

    const sourceCount = rnd.int(1, 4);
    const sources = Array.from({ length: sourceCount }, (_, i) => {
      const publisher = PUBLISHERS[(n + i) % PUBLISHERS.length]!;
      return { title: sentence(5, 10).join(' '), publisher: publisher.name, url: `https://${publisher.host}/${date.slice(0, 4)}/${slug}-${i + 1}`, date };
    });
    const cite = () => `<Cite source="${rnd.int(1, sourceCount)}" />`;

    // The body: paragraphs until a target of 300–600 words, with a heading,
    // an inline claim and a block quote now and then.
    const target = rnd.int(300, 600);
    const blocks: string[] = [];
    let words = 0;
    let claimed = false;
    let quoted = false;
    while (words < target) {
      const remaining = target - words;
      if (blocks.length > 1 && remaining > 40 && rnd.chance(0.15)) {
        const heading = sentence(2, 5);
        blocks.push(`## ${heading.join(' ')}`);
        words += heading.length;
        continue;
      }
      if (!quoted && blocks.length > 1 && remaining > 40 && rnd.chance(0.3)) {
        const quote = sentence(10, 25);
        const by = rnd.pick(briefingActors).name;
        blocks.push(`<Quote by="${by}" source="${rnd.int(1, sourceCount)}">${quote.join(' ')}.</Quote>`);
        words += quote.length;
        quoted = true;
        continue;
      }
      const sentences: string[] = [];
      let paragraphWords = 0;
      const paragraphTarget = Math.min(remaining, rnd.int(40, 90));
      while (paragraphWords < paragraphTarget) {
        const s = sentence(
          Math.min(8, paragraphTarget - paragraphWords),
          Math.max(Math.min(8, paragraphTarget - paragraphWords), Math.min(18, paragraphTarget - paragraphWords)),
        );
        paragraphWords += s.length;
        if (!claimed && rnd.chance(0.2)) {
          sentences.push(`<Claim status="${rnd.pick(STATUSES)}" source="${rnd.int(1, sourceCount)}">${s.join(' ')}.</Claim>`);
          claimed = true;
        } else {
          sentences.push(`${s.join(' ')}.${rnd.chance(0.5) ? cite() : ''}`);
        }
      }
      blocks.push(sentences.join(' '));
      words += paragraphWords;
    }
    if (words < 300 || words > 600) throw new Error(`corpus generator: briefing ${n} has ${words} words`);
    const body = blocks.join('\n\n');
    for (const p of new Set(body.match(/\b[A-Z][a-z]{4,}\b/g) ?? [])) if (placeSet.has(p)) placeHits.set(p, (placeHits.get(p) ?? 0) + 1);

    const draft = draftEvery > 0 && n % draftEvery === draftEvery - 1;
    const topics = rnd.distinct(TOPICS, rnd.int(0, 2));
    const summary = `${sentence(12, 24).join(' ')}. ${sentence(8, 16).join(' ')}.`.slice(0, 300);
    const front = [
      '---',
      `title: ${yamlString(title)}`,
      `date: ${date}`,
      `summary: ${yamlString(summary)}`,
      `actors: [${briefingActors.map((a) => a.id).join(', ')}]`,
      `countries: [${countries.join(', ')}]`,
      ...(rnd.chance(0.5) ? [`places: [${pickPlaces(countries).join(', ')}]`] : []),
      `topics: [${topics.join(', ')}]`,
      `status: ${rnd.pick(STATUSES)}`,
      'sources:',
      ...sources.flatMap((s) => [`  - title: ${yamlString(s.title)}`, `    publisher: ${yamlString(s.publisher)}`, `    url: ${s.url}`, `    date: ${s.date}`]),
      ...(draft ? ['draft: true'] : []),
      '---',
    ];
    briefings.push({ name: `${id}.mdx`, text: `${front.join('\n')}\n\n${body}\n` });
    if (!draft) published.push(id);
    if (!draft) for (const a of briefingActors) tagged.set(a.id, (tagged.get(a.id) ?? 0) + 1);
  }

  // The search word: a place named in a few per cent of briefings, as a real query would be.
  const ranked = [...placeHits].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const wanted = Math.max(1, Math.round(options.briefings * 0.03));
  const searchWord = (ranked.find(([, hits]) => hits <= wanted) ?? ranked[0] ?? ['Kursk'])[0];
  const aliases = actors.flatMap((a) => {
    const alias = aliasOf.get(a.id);
    return alias ? [{ id: a.id, name: a.name, alias, published: tagged.get(a.id) ?? 0 }] : [];
  });
  return { briefings, actors: actorFiles, places: placeRegistry.map(placeFile), published, searchWord, aliases };
}
