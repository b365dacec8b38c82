import { describe, expect, it } from 'vitest';
import { briefingRecords, briefingsFile } from '../../src/data/open-data/briefings.ts';
import { exportSchemas, fieldDocs, headerSchema, jsonExports, jsonSchemaOf } from '../../src/data/open-data/schemas.ts';
import { briefing, jsonSchemaValidator, SITE } from '../helpers/open-data.ts';

const schemaUrl = (name: string) => `${SITE}data/schema/${name}.schema.json`;

describe('jsonSchemaOf', () => {
  it('is a draft 2020-12 schema, identified by the address it is served at, that a strict validator compiles', () => {
    for (const name of jsonExports) {
      const schema = jsonSchemaOf(name, schemaUrl(name));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(schemaUrl(name));
      expect(schema.title).toMatch(new RegExp(name));
      expect(() => jsonSchemaValidator().compile(schema), name).not.toThrow();
    }
  });

  it('accepts the file the builder writes, and nothing the shape does not allow', () => {
    const validate = jsonSchemaValidator().compile(jsonSchemaOf('briefings', schemaUrl('briefings')));
    const file = briefingsFile(
      briefingRecords([briefing('2024-11-05-b', { updated: '2024-11-07', corrections: [{ date: '2024-11-07', text: 'A date was wrong.' }] })], SITE),
      SITE,
    );
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    const record = file.briefings[0]!;
    const invalid = [
      { ...file, briefings: [{ ...record, draft: false }] },
      { ...file, briefings: [{ ...record, date: '2024-02-30' }] },
      { ...file, briefings: [{ ...record, status: 'rumoured' }] },
      { ...file, briefings: [{ ...record, url: 'not an address' }] },
      { ...file, count: -1 },
    ];
    for (const wrong of invalid) expect(validate(wrong), JSON.stringify(wrong).slice(0, 200)).toBe(false);
  });
});

describe('fieldDocs', () => {
  it('describes every field of every file, nested ones by their path', () => {
    for (const name of jsonExports) {
      for (const field of fieldDocs(exportSchemas[name])) expect(field.description, `${name}: ${field.name}`).not.toBe('');
    }
    const fields = fieldDocs(exportSchemas.briefings);
    expect(fields.find((f) => f.name === 'briefings[].sources[].url')).toMatchObject({ type: 'URL', optional: false });
    expect(fields.find((f) => f.name === 'briefings[].updated')).toMatchObject({ type: 'date', optional: true });
    expect(fields.find((f) => f.name === 'briefings[].actors')).toMatchObject({ type: 'list of ids' });
    expect(fields.find((f) => f.name === 'briefings[].sources')).toMatchObject({ type: 'list of objects' });
    expect(fieldDocs(exportSchemas.places).find((f) => f.name === 'places[].coordinates.lat')).toMatchObject({ type: 'number' });
  });

  it('gives the header every file starts with', () => {
    expect(fieldDocs(headerSchema).map((f) => f.name)).toEqual([
      '$schema',
      'title',
      'publisher',
      'publisher.name',
      'publisher.url',
      'licence',
      'licence.name',
      'licence.url',
      'generatedFrom',
      'count',
    ]);
  });
});
