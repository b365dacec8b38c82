/**
 * The registries `npm run ingest` links a report against (src/ingest/registries.ts):
 * read from a content folder with the check's own reading and parsing.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegistries } from '../../src/ingest/registries.ts';

const FIXTURE_CONTENT = 'tests/fixtures/site/src/content';
const fixture = await loadRegistries(FIXTURE_CONTENT);
const idsIn = (dir: string) => readdirSync(join(FIXTURE_CONTENT, dir)).map((name) => name.replace(/\.\w+$/, ''));

describe('loadRegistries on the fixture content', () => {
  it('reads every actor with its kind, role, country and aliases', () => {
    expect(fixture.actors.map((a) => a.id)).toEqual(idsIn('actors'));
    expect(fixture.actors.find((a) => a.id === 'rustem-umerov')).toEqual({
      id: 'rustem-umerov',
      name: 'Rustem Umerov',
      kind: 'person',
      role: 'Minister of Defence of Ukraine',
      aliases: ['Umierov', 'Умєров'],
      country: 'ua',
    });
    expect(fixture.actors.find((a) => a.id === 'nato')).toMatchObject({ kind: 'organisation', aliases: ['North Atlantic Treaty Organization'] });
    expect(fixture.actors.find((a) => a.id === 'nato')).not.toHaveProperty('country');
  });

  it('reads every place with its parent', () => {
    expect(fixture.places.map((p) => p.id)).toEqual(idsIn('places'));
    expect(fixture.places.find((p) => p.id === 'zaporizhzhia')).toMatchObject({ kind: 'city', country: 'ua', parent: 'zaporizhzhia-oblast' });
  });

  it('reads every briefing: front matter, body and whether it is a draft', () => {
    expect(fixture.briefings.map((b) => b.id)).toEqual(idsIn('briefings'));
    const kursk = fixture.briefings.find((b) => b.id === '2024-11-04-north-korean-troops-kursk')!;
    expect(kursk).toMatchObject({ date: '2024-11-04', places: ['kursk-oblast'], draft: false });
    expect(kursk.actors).toContain('rustem-umerov');
    expect(kursk.body).toMatch(/^\nIn his evening address on 4 November/);
    expect(fixture.briefings.find((b) => b.id === '2024-11-06-draft-kharkiv-shelling')?.draft).toBe(true);
  });

  it('holds every country, with the aliases of its country note', () => {
    expect(fixture.countries.length).toBeGreaterThan(240);
    const kr = fixture.countries.find((c) => c.id === 'kr')!;
    expect(kr).toMatchObject({ name: 'South Korea', officialName: 'Republic of Korea', demonyms: ['South Korean'] });
    expect(kr.aliases).toContain('ROK');
    expect(fixture.countries.find((c) => c.id === 'kp')?.aliases).toContain('DPRK');
  });

  it('puts UN member states first, so that a demonym a territory shares links to its state', () => {
    const ids = fixture.countries.map((c) => c.id);
    expect(ids.indexOf('us')).toBeLessThan(ids.indexOf('mp'));
    expect(ids.indexOf('fr')).toBeLessThan(ids.indexOf('tf'));
  });
});

describe('loadRegistries on a folder with files it cannot read', () => {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-ingest-registries-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('skips a file without the fields it needs, and a missing folder', async () => {
    mkdirSync(join(root, 'actors'));
    writeFileSync(join(root, 'actors', 'good.yaml'), 'name: Good Actor\nkind: person\nrole: Minister\n');
    writeFileSync(join(root, 'actors', 'no-kind.yaml'), 'name: No Kind\nrole: Minister\n');
    writeFileSync(join(root, 'actors', 'broken.yaml'), 'name: [unclosed\n');
    const registries = await loadRegistries(root);
    expect(registries.actors).toEqual([{ id: 'good', name: 'Good Actor', kind: 'person', role: 'Minister', aliases: [] }]);
    expect(registries.places).toEqual([]);
    expect(registries.briefings).toEqual([]);
  });
});
