/**
 * The queries of the relevance measurement (relevance.ts), chosen from the
 * corpus itself so that the same seed gives the same queries: common words,
 * rare words, two-word queries and words of one year. The generator's text
 * uses no word in one year only (at 10,000 briefings each of its 3,533 words
 * is in two years or more), so the last kind takes the rare words most
 * concentrated in one year: like rare words, each is missing from most index
 * parts, which is what makes merged parts go wrong. Words are
 * counted per published briefing (title, summary and body, lowercased); what
 * a search finds may differ a little (Pagefind stems words and also searches
 * the names a briefing is tagged with), which does not matter for choosing.
 */
import type { Corpus } from './corpus.ts';
import { COMMON } from './words.ts';

export type QueryKind = 'common' | 'rare' | 'two words' | 'one year';

export interface BenchQuery {
  query: string;
  kind: QueryKind;
  /** Published briefings whose text holds every word. */
  briefings: number;
  /** The years of those briefings. */
  years: string[];
}

interface WordStats {
  briefings: number;
  /** Briefings per year. */
  years: Map<string, number>;
}

/** How many of each kind: 6 + 5 + 4 + 5 = 20, the minimum. */
const WANTED: Record<QueryKind, number> = { common: 6, rare: 5, 'two words': 4, 'one year': 5 };

/** The words of a briefing file that a reader sees: title, summary and body, without front matter keys or MDX tags. */
export function briefingWords(text: string): string[] {
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const field = (name: string) => new RegExp(`^${name}: "(.*)"$`, 'm').exec(front)?.[1] ?? '';
  const visible = `${field('title')} ${field('summary')} ${body.replace(/<[^>]*>/g, ' ')}`;
  return visible.toLowerCase().match(/[a-z]+/g) ?? [];
}

/** `count` items spread evenly over `items` (first, …, near last), in order. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}

function tally(stats: Map<string, WordStats>, key: string, year: string): void {
  const found = stats.get(key) ?? { briefings: 0, years: new Map<string, number>() };
  found.briefings++;
  found.years.set(year, (found.years.get(year) ?? 0) + 1);
  stats.set(key, found);
}

/** The share of a word's briefings in its commonest year. */
const oneYearShare = (stats: WordStats) => Math.max(...stats.years.values()) / stats.briefings;

const query =
  (kind: QueryKind) =>
  ([word, stats]: [string, WordStats]): BenchQuery => ({
    query: word,
    kind,
    briefings: stats.briefings,
    years: [...stats.years.keys()].sort(),
  });

/** Most briefings first, then alphabetical, so that ties never depend on the order files were read. */
const byBriefings = ([a, x]: [string, WordStats], [b, y]: [string, WordStats]) => y.briefings - x.briefings || a.localeCompare(b);

export function chooseQueries(corpus: Pick<Corpus, 'briefings' | 'published'>): BenchQuery[] {
  const published = new Set(corpus.published);
  const common = new Set(COMMON);
  const words = new Map<string, WordStats>();
  const pairs = new Map<string, WordStats>();
  for (const file of corpus.briefings) {
    if (!published.has(file.name.replace(/\.mdx$/, ''))) continue;
    const year = /^date: (\d{4})/m.exec(file.text)?.[1] ?? '';
    const list = briefingWords(file.text);
    for (const word of new Set(list)) tally(words, word, year);
    const adjacent = new Set<string>();
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      // Two content words (not "of the"), distinct, as a reader would type them.
      if (a !== b && a.length >= 4 && b.length >= 4 && common.has(a) && common.has(b)) adjacent.add(`${a} ${b}`);
    }
    for (const pair of adjacent) tally(pairs, pair, year);
  }
  const entries = [...words].sort(byBriefings);
  const names = entries.filter(([word]) => !common.has(word) && word.length >= 6);
  const commonWords = entries.filter(([word]) => common.has(word) && word.length >= 6);
  // Two words a reader would type together: not words nearly every briefing has ("that", "said").
  const frequent = new Set(entries.filter(([, s]) => s.briefings > published.size / 2).map(([word]) => word));
  const rare = names.filter(([, s]) => s.briefings >= 3 && s.briefings <= 12);
  const rareIn = new Set(
    spread(
      rare.filter(([, s]) => s.years.size > 1),
      WANTED.rare,
    ).map(([word]) => word),
  );
  return [
    ...spread(commonWords.slice(0, 60), WANTED.common).map(query('common')),
    ...rare.filter(([word]) => rareIn.has(word)).map(query('rare')),
    ...spread(
      [...pairs]
        .filter(([pair]) => pair.split(' ').every((word) => !frequent.has(word)))
        .sort(byBriefings)
        .slice(0, 80),
      WANTED['two words'],
    ).map(query('two words')),
    ...names
      .filter(([word, s]) => s.briefings >= 3 && s.briefings <= 40 && !rareIn.has(word))
      .sort(([a, x], [b, y]) => oneYearShare(y) - oneYearShare(x) || a.localeCompare(b))
      .slice(0, WANTED['one year'])
      .map(query('one year')),
  ];
}
