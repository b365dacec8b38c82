import { afterEach, describe, expect, it, vi } from 'vitest';
import { citation, contentLicence, dataFiles, describeExport, fileHeader, lastChange } from '../../src/data/open-data/dataset.ts';
import { jsonExports } from '../../src/data/open-data/schemas.ts';
import { site } from '../../src/site.config.ts';
import { briefing, SITE } from '../helpers/open-data.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('dataFiles', () => {
  it('lists every JSON file the schemas define, and the CSV', () => {
    expect(dataFiles.filter((f) => f.file.endsWith('.json')).map((f) => f.json)).toEqual(jsonExports);
    expect(dataFiles.map((f) => f.file)).toContain('briefings.csv');
  });

  it('gives each a title and a description from its schema', () => {
    for (const name of jsonExports) expect(describeExport(name).description, name).not.toBe('');
    expect(describeExport('places').title).toBe(`${site.name} places`);
  });
});

describe('fileHeader', () => {
  it('addresses the schema and the site under the base the site is built with', () => {
    vi.stubEnv('BASE_URL', '/sitrep/');
    expect(fileHeader('places', 3, SITE)).toEqual({
      $schema: 'https://news.example/sitrep/data/schema/places.schema.json',
      title: `${site.name} places`,
      publisher: { name: site.name, url: 'https://news.example/sitrep/' },
      licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      generatedFrom: `${site.repository}/tree/${site.branch}`,
      count: 3,
    });
  });
});

describe('lastChange', () => {
  it('is the latest date or update among the briefings, as YYYY-MM-DD', () => {
    expect(lastChange([briefing('2024-11-07-b'), briefing('2024-11-05-a', { updated: '2024-11-09' })])).toBe('2024-11-09');
    expect(lastChange([])).toBeUndefined();
  });
});

describe('citation', () => {
  it('names the site, the data set, the file’s address, the licence and the day it was accessed', () => {
    expect(citation(dataFiles[1], SITE, '2025-01-31')).toBe(
      `${site.name}. ${site.name} briefings [Data set], briefings.csv. https://news.example/data/briefings.csv. ${contentLicence.name}. Accessed 2025-01-31.`,
    );
  });
});
