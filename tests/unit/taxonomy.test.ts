import { describe, expect, it } from 'vitest';
import { buildTaxonomy, mostActive, neighbours, newestFirst, relatedBriefings, type TaggedBriefing } from '../../src/data/taxonomy.ts';

const b = (id: string, date: string, actors: string[], countries: string[], places: string[] = []): TaggedBriefing => ({
  id,
  data: { date, title: id, actors, countries, places },
});

const corpus = [
  b('a', '2024-11-03', ['guterres'], ['ru', 'kp', 'ua']),
  b('b', '2024-11-04', ['zelensky', 'umerov'], ['ua', 'ru', 'kp']),
  b('c', '2024-11-05', ['zelensky'], ['ua']),
  b('d', '2024-11-04', ['rutte', 'scholz'], ['de']),
  b('e', '2024-11-06', ['zelensky', 'trump'], ['ua', 'us']),
];

describe('buildTaxonomy', () => {
  const byActor = buildTaxonomy(corpus, 'actors');
  const byCountry = buildTaxonomy(corpus, 'countries');

  it('lists every briefing that names a term, newest first', () => {
    expect(byActor.get('zelensky')!.briefings.map((x) => x.id)).toEqual(['e', 'c', 'b']);
    expect(byCountry.get('kp')!.briefings.map((x) => x.id)).toEqual(['b', 'a']);
    expect(byActor.has('nobody')).toBe(false);
  });

  it('counts the terms that appear with a term, most frequent first, without the term itself', () => {
    expect(byActor.get('zelensky')!.related.countries).toEqual([
      { id: 'ua', count: 3 },
      { id: 'kp', count: 1 },
      { id: 'ru', count: 1 },
      { id: 'us', count: 1 },
    ]);
    expect(byActor.get('zelensky')!.related.actors).toEqual([
      { id: 'trump', count: 1 },
      { id: 'umerov', count: 1 },
    ]);
    expect(byCountry.get('ua')!.related.countries.find((r) => r.id === 'ua')).toBeUndefined();
  });

  it('lists a briefing under the places that contain its place, and not the places it contains', () => {
    const within: Record<string, string[]> = { sudzha: ['kursk-oblast'], 'kursk-oblast': [] };
    const tagged = [
      b('x', '2024-11-04', [], ['ru'], ['sudzha']),
      b('y', '2024-11-05', [], ['ru'], ['kursk-oblast']),
      b('z', '2024-11-06', [], ['ru'], ['sudzha', 'kursk-oblast']),
    ];
    const byPlace = buildTaxonomy(tagged, 'places', (id) => within[id] ?? []);
    expect(byPlace.get('kursk-oblast')!.briefings.map((x) => x.id)).toEqual(['z', 'y', 'x']);
    expect(byPlace.get('sudzha')!.briefings.map((x) => x.id)).toEqual(['z', 'x']);
    // A place is not "seen with" the region that contains it.
    expect(byPlace.get('sudzha')!.related.places).toEqual([]);
    expect(byPlace.get('kursk-oblast')!.related.countries).toEqual([{ id: 'ru', count: 3 }]);
  });

  it('ranks the most active terms by number of briefings', () => {
    expect(mostActive(byCountry, 2).map((t) => t.id)).toEqual(['ua', 'kp']);
  });

  it('relates briefings by shared actors before shared countries, then by closeness in time', () => {
    const related = relatedBriefings(corpus[2]!, byActor, byCountry, 3).map((x) => x.id);
    // b and e tie on score and distance in time; the newer comes first.
    expect(related).toEqual(['e', 'b', 'a']);
    expect(relatedBriefings(corpus[3]!, byActor, byCountry)).toEqual([]);
  });

  // A seeded corpus: 400 briefings over two years, with `ua` on most of them, as on a real desk; over three weeks, many share a day, so ties in time decide.
  // With no actors, only countries and time decide.
  it.each([
    [730, 30],
    [21, 30],
    [21, 0],
  ])('chooses as the definition says, by comparing every pair, on a larger corpus with a term on most briefings (%i days, %i actors)', (days, actorCount) => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = (pool: string[], most: number) => [
      ...new Set(Array.from({ length: 1 + Math.floor(random() * most) }, () => pool[Math.floor(random() * pool.length)]!)),
    ];
    const actors = Array.from({ length: actorCount }, (_, i) => `actor-${i}`);
    const countries = ['ua', 'ua', 'ua', 'ru', 'kp', 'us', 'de', 'pl'];
    const large = Array.from({ length: 400 }, (_, i) =>
      b(
        `b${i}`,
        new Date(Date.UTC(2024, 0, 1 + Math.floor(random() * days))).toISOString().slice(0, 10),
        actorCount ? pick(actors, 3) : [],
        pick(countries, 3),
      ),
    ).sort(newestFirst);
    const byActorLarge = buildTaxonomy(large, 'actors');
    const byCountryLarge = buildTaxonomy(large, 'countries');
    const shared = (x: readonly string[], y: readonly string[]) => x.filter((id) => y.includes(id)).length;
    const expected = (briefing: TaggedBriefing, limit: number) =>
      large
        .filter((other) => other.id !== briefing.id)
        .map((other, position) => ({
          other,
          position,
          score: 2 * shared(briefing.data.actors, other.data.actors) + shared(briefing.data.countries, other.data.countries),
          distance: Math.abs(Date.parse(other.data.date) - Date.parse(briefing.data.date)),
        }))
        .filter((c) => c.score > 0)
        .sort((x, y) => y.score - x.score || x.distance - y.distance || x.position - y.position)
        .slice(0, limit)
        .map((c) => c.other.id);
    for (const briefing of large) {
      for (const limit of [1, 4])
        expect(
          relatedBriefings(briefing, byActorLarge, byCountryLarge, limit).map((x) => x.id),
          `${briefing.id}, ${limit}`,
        ).toEqual(expected(briefing, limit));
    }
  });
});

describe('ordering', () => {
  it('sorts newest first, then by title, so the order is stable', () => {
    expect([...corpus].sort(newestFirst).map((x) => x.id)).toEqual(['e', 'c', 'b', 'd', 'a']);
  });

  it('finds the briefings just before and after in time', () => {
    const list = [...corpus].sort(newestFirst);
    expect(neighbours(list, 'c')).toEqual({ newer: corpus[4], older: corpus[1] });
    expect(neighbours(list, 'e').newer).toBeUndefined();
    expect(neighbours(list, 'a').older).toBeUndefined();
    expect(neighbours(list, 'missing')).toEqual({});
  });
});
