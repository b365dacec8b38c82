/**
 * The files `npm run ingest` writes besides drafts: a stub for a new actor
 * (src/ingest/stub.ts), valid, unreviewed, named by drafts only (the check's
 * actor/unreviewed, src/check/rules/unreviewed-actors.ts) and without a page
 * (src/data/site-index.ts); and a place file only where GeoNames has exactly
 * one place of that name in the development's countries (place-stub.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actorSchema, placeSchema } from '../../src/content.config.ts';
import { parseYaml } from '../../src/check/frontmatter.ts';
import { loadCities, placeStub, type Gazetteer, type PlaceContext } from '../../src/ingest/place-stub.ts';
import { loadRegistries } from '../../src/ingest/registries.ts';
import { actorStub, actorStubText, type ActorStub } from '../../src/ingest/stub.ts';
import type { IngestRegistries, NewActor } from '../../src/ingest/types.ts';
import { isUnreviewedActor } from '../../src/lib/review-markers.ts';
import { removeTrees } from '../helpers/check-tree.ts';
import { checkTree, FIXTURE_CONTENT, fixtureTree } from '../helpers/ingest.ts';

// site-index.ts reads Astro's collections: here, the entries each test sets.
const collections = vi.hoisted(() => ({ entries: {} as Record<string, { id: string; data: Record<string, unknown> }[]> }));
vi.mock('astro:content', () => ({
  getCollection: async (name: string, filter?: (entry: { id: string; data: Record<string, unknown> }) => boolean) =>
    (collections.entries[name] ?? []).filter((entry) => !filter || filter(entry)),
}));

afterAll(removeTrees);

const SENTENCE = 'North Korean leader Kim Jong Un inspected new drones and ordered their mass production, state media reported.';
const KIM: NewActor = { name: 'Kim Jong Un', kind: 'person', sentence: SENTENCE };
const B = 'src/content/briefings/';
let registries: IngestRegistries;
beforeAll(async () => {
  registries = await loadRegistries(FIXTURE_CONTENT);
});
const context = () => ({
  reportDate: '2024-11-06',
  dir: 'src/content/actors',
  schema: actorSchema,
  registry: registries.actors,
  existingIds: new Set<string>(),
});

/** A draft (or, without `draft: true`, a published briefing) that names the stub; fields as the fixture site's. */
function briefingNaming(id: string, draft: boolean): string {
  return [
    '---',
    'title: "North Korea to mass-produce drones"',
    'date: 2024-11-06',
    'summary: "Kim Jong Un ordered the mass production of drones."',
    `actors: [${id}]`,
    'countries: [kp]',
    'status: reported',
    'sources:',
    '  - title: "Kim orders mass production of drones"',
    '    publisher: KCNA',
    '    url: https://example.org/kim-drones',
    '    date: 2024-11-06',
    ...(draft ? ['draft: true'] : []),
    '---',
    '',
    'Kim Jong Un ordered the mass production of drones.<Cite source="1" />',
    '',
  ].join('\n');
}

describe('a new actor’s stub', () => {
  it('is valid for the actor schema, keeps the report’s name and kind, and names the sentence it was found in', () => {
    const stub = actorStub(KIM, context()) as ActorStub;
    expect(stub).toMatchObject({ id: 'kim-jong-un', file: 'src/content/actors/kim-jong-un.yaml' });
    const data = actorSchema.parse(parseYaml(stub.text).data);
    expect(data).toMatchObject({ name: 'Kim Jong Un', kind: 'person' });
    expect(data.role).toMatch(/^TODO\(review\): /);
    expect(data.description).toMatch(
      /^TODO\(review\): .*“North Korean leader Kim Jong Un inspected new drones and ordered their mass production, state media reported\.”$/,
    );
    expect(isUnreviewedActor(data)).toBe(true);
  });

  it('cuts a long sentence at a word, within the 600 characters of a description', () => {
    const long = { ...KIM, sentence: `${SENTENCE} ${'More words follow here. '.repeat(40)}` };
    const data = actorSchema.parse(parseYaml(actorStubText(long, '2024-11-06')).data);
    expect(data.description.length).toBeLessThanOrEqual(600);
    expect(data.description).toMatch(/here…”$/);
  });

  it('is refused, with the reason, for a name that gives no id, is already an actor’s, or has a file', () => {
    expect(actorStub({ ...KIM, name: 'Кім Чен Ин' }, context())).toEqual({
      name: 'Кім Чен Ин',
      reason: 'its name has no Latin letters or digits to make an id from',
    });
    expect(actorStub({ ...KIM, name: 'Umierov' }, context())).toEqual({ name: 'Umierov', reason: 'it is already a name of actor `rustem-umerov`' });
    expect(actorStub(KIM, { ...context(), existingIds: new Set(['kim-jong-un']) })).toEqual({
      name: 'Kim Jong Un',
      reason: 'src/content/actors/kim-jong-un.yaml already exists',
    });
  });

  it('is refused when the check would refuse it, in the check’s words', () => {
    expect(actorStub({ ...KIM, kind: 'government' as NewActor['kind'] }, context())).toMatchObject({
      reason: expect.stringMatching(/^the check would refuse its stub: .*yaml\/invalid-value/),
    });
  });

  it('passes the check while only drafts name it', async () => {
    const stub = actorStub(KIM, context()) as ActorStub;
    expect(await checkTree(fixtureTree({ [stub.file]: stub.text, [`${B}2024-11-06-kim-drones.mdx`]: briefingNaming('kim-jong-un', true) }))).toEqual([]);
  });

  it('fails the check when a published briefing names it, at the id, until it is reviewed', async () => {
    const stub = actorStub(KIM, context()) as ActorStub;
    const file = `${B}2024-11-06-kim-drones.mdx`;
    expect(await checkTree(fixtureTree({ [stub.file]: stub.text, [file]: briefingNaming('kim-jong-un', false) }))).toEqual([
      {
        file,
        line: 5,
        column: 10,
        rule: 'actor/unreviewed',
        message: '`actors[0]` names `kim-jong-un`, whose file src/content/actors/kim-jong-un.yaml is not reviewed yet (it holds a placeholder)',
        hint: 'Write its role and description from the sources in src/content/actors/kim-jong-un.yaml, replacing every TODO, or put `draft: true` back until it is reviewed.',
      },
    ]);
    const reviewed =
      'name: "Kim Jong Un"\nkind: person\nrole: "Supreme Leader of North Korea"\ncountry: kp\ndescription: "Leader of North Korea since 2011."\n';
    expect(await checkTree(fixtureTree({ [stub.file]: reviewed, [file]: briefingNaming('kim-jong-un', false) }))).toEqual([]);
  });

  it('gets no page, card or listing: the site index leaves out an unreviewed actor, and keeps every reviewed one', async () => {
    const stub = actorStub(KIM, context()) as ActorStub;
    const entry = (id: string, text: string) => ({ id, data: actorSchema.parse(parseYaml(text).data) as Record<string, unknown> });
    const fixtureActors = registries.actors.map((a) => entry(a.id, readFileSync(join(FIXTURE_CONTENT, 'actors', `${a.id}.yaml`), 'utf8')));
    collections.entries = {
      actors: [...fixtureActors, entry('kim-jong-un', stub.text)],
      briefings: [
        { id: '2024-11-06-kim-drones', data: { title: 'Kim', date: '2024-11-06', actors: ['kim-jong-un'], countries: ['kp'], places: [], draft: true } },
      ],
    };
    const { siteIndex } = await import('../../src/data/site-index.ts');
    const index = await siteIndex();
    expect(index.actors.has('kim-jong-un')).toBe(false);
    expect(index.byActor.has('kim-jong-un')).toBe(false);
    expect([...index.actors.keys()].sort()).toEqual(registries.actors.map((a) => a.id).sort());
    expect(fixtureActors.filter((a) => isUnreviewedActor(a.data as { role: string; description: string }))).toEqual([]);
  });
});

describe('a new place’s file', () => {
  let cities: Gazetteer | undefined;
  const gazetteer = () => (cities ??= loadCities());
  const place = (countries: string[]): PlaceContext => ({
    countries,
    gazetteer,
    dir: 'src/content/places',
    schema: placeSchema,
    registry: registries.places,
    existingIds: new Set(),
  });

  // The first lookup loads GeoNames' 135,000 cities: 0.7 s alone, several seconds beside the build tests.
  it(
    'is written from GeoNames where exactly one place of that name lies in the development’s countries, and passes the check',
    { timeout: 30_000 },
    async () => {
      const stub = placeStub('Sudzha', place(['ru', 'ua', 'kp']));
      expect(stub).toMatchObject({ id: 'sudzha', file: 'src/content/places/sudzha.yaml', geonames: 486816 });
      const data = placeSchema.parse(parseYaml((stub as { text: string }).text).data);
      expect(data).toMatchObject({ name: 'Sudzha', country: 'ru', geonames: 486816 });
      expect(await checkTree(fixtureTree({ 'src/content/places/sudzha.yaml': (stub as { text: string }).text }))).toEqual([]);
      // Pokrovsk in Ukraine, once the development names only Ukraine.
      expect(placeStub('Pokrovsk', place(['ua']))).toMatchObject({ id: 'pokrovsk', geonames: 704422 });
    },
  );

  it('is left to a person when GeoNames has several or none, or the name is taken', () => {
    expect(placeStub('Pokrovsk', place(['ru', 'ua']))).toEqual({ name: 'Pokrovsk', reason: 'GeoNames has 2 places called Pokrovsk in ru, ua' });
    expect(placeStub('Sudzha', place(['ua']))).toEqual({ name: 'Sudzha', reason: 'GeoNames has no city or town called Sudzha in ua' });
    expect(placeStub('Sudzha', { ...place(['ru']), existingIds: new Set(['sudzha']) })).toEqual({
      name: 'Sudzha',
      reason: 'src/content/places/sudzha.yaml already exists',
    });
    // A made-up GeoNames record whose other name is a registry place's alias.
    const clash = {
      cityId: 1,
      name: 'Sudzha',
      altName: 'Zaporozhye',
      country: 'RU',
      featureCode: 'PPL',
      population: 5000,
      loc: { coordinates: [35.27, 51.19] as [number, number] },
    };
    expect(placeStub('Sudzha', { ...place(['ru']), gazetteer: () => ({ cities: [clash], source: 'a test' }) })).toEqual({
      name: 'Sudzha',
      reason: 'Zaporozhye is already a name of place `zaporizhzhia`',
    });
  });

  it('is left to a person when the name is part of a registry place’s, which it may mean', () => {
    // GeoNames has one Kursk (the city) and one Rostov (a town near Yaroslavl), but "the border region of Kursk" and "Rostov's governor" mean the oblasts.
    const lookedUp = vi.fn(gazetteer);
    expect(placeStub('Kursk', { ...place(['ru']), gazetteer: lookedUp })).toEqual({
      name: 'Kursk',
      reason: 'it may be `kursk-oblast`; if so, name that id in `places`',
    });
    expect(placeStub('Rostov', { ...place(['ru']), gazetteer: lookedUp })).toEqual({
      name: 'Rostov',
      reason: 'it may be `rostov-oblast` or `rostov-on-don`; if so, name that id in `places`',
    });
    expect(lookedUp).not.toHaveBeenCalled();
  });
});
