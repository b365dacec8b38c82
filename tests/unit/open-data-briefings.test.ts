import { afterEach, describe, expect, it, vi } from 'vitest';
import { briefingRecord, briefingRecords, briefingsFile } from '../../src/data/open-data/briefings.ts';
import { contentLicence } from '../../src/data/open-data/dataset.ts';
import { exportSchemas } from '../../src/data/open-data/schemas.ts';
import { site } from '../../src/site.config.ts';
import { briefing, SITE } from '../helpers/open-data.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('briefingRecord', () => {
  it('gives the metadata the content states, with the page’s absolute address', () => {
    const source = { title: 'Talks resume', publisher: 'AP', url: 'https://ap.example/talks', date: '2024-11-04' };
    const entry = briefing('2024-11-05-talks', {
      places: ['kyiv'],
      topics: ['diplomacy', 'aid'],
      status: 'reported',
      sources: [source],
      updated: '2024-11-06',
      corrections: [{ date: '2024-11-06', text: 'The venue was wrong.' }],
    });
    expect(briefingRecord(entry, SITE)).toEqual({
      id: '2024-11-05-talks',
      url: 'https://news.example/briefings/2024-11-05-talks/',
      title: 'Title of 2024-11-05-talks',
      date: '2024-11-05',
      summary: 'Summary of 2024-11-05-talks.',
      actors: ['nato'],
      countries: ['ua'],
      places: ['kyiv'],
      topics: ['diplomacy', 'aid'],
      status: 'reported',
      sources: [source],
      updated: '2024-11-06',
      corrections: [{ date: '2024-11-06', text: 'The venue was wrong.' }],
    });
  });

  it('leaves out `updated` when the briefing has not been updated, and `draft` always', () => {
    const record = briefingRecord(briefing('2024-11-05-a'), SITE);
    expect(record).not.toHaveProperty('updated');
    expect(record).not.toHaveProperty('draft');
  });

  it('keeps the base the site is built under in the address', () => {
    vi.stubEnv('BASE_URL', '/sitrep/');
    expect(briefingRecord(briefing('2024-11-05-a'), SITE).url).toBe('https://news.example/sitrep/briefings/2024-11-05-a/');
  });
});

describe('briefingRecords', () => {
  it('keeps the order it is given and never a draft', () => {
    const list = [briefing('2024-11-07-c'), briefing('2024-11-06-draft', { draft: true }), briefing('2024-11-05-a')];
    expect(briefingRecords(list, SITE).map((r) => r.id)).toEqual(['2024-11-07-c', '2024-11-05-a']);
  });
});

describe('briefingsFile', () => {
  it('says what it is, under which licence, how many records it has and when they last changed', () => {
    const records = briefingRecords([briefing('2024-11-07-c'), briefing('2024-11-05-a', { updated: '2024-11-09' })], SITE);
    const file = briefingsFile(records, SITE);
    expect(file).toMatchObject({
      $schema: 'https://news.example/data/schema/briefings.schema.json',
      title: `${site.name} briefings`,
      publisher: { name: site.name, url: 'https://news.example/' },
      licence: { name: contentLicence.name, url: contentLicence.url },
      generatedFrom: `${site.repository}/tree/${site.branch}`,
      count: 2,
      updated: '2024-11-09',
    });
    expect(file.briefings).toEqual(records);
    expect(exportSchemas.briefings.parse(file)).toEqual(file);
  });

  it('is valid with no briefing at all, with no date of change', () => {
    const file = briefingsFile([], SITE);
    expect(file).toMatchObject({ count: 0, briefings: [] });
    expect(file).not.toHaveProperty('updated');
    expect(exportSchemas.briefings.safeParse(file).success).toBe(true);
  });
});
