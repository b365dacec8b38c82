import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { briefingRecords } from '../../src/data/open-data/briefings.ts';
import { briefingColumns, briefingsCsv, namesById, type Names } from '../../src/data/open-data/csv.ts';
import { actor, briefing, country, place, SITE } from '../helpers/open-data.ts';

const names: Names = {
  actors: namesById([actor('nato', { name: 'NATO' }), actor('mark-rutte', { name: 'Mark Rutte' })]),
  countries: namesById([country('ua', 'Ukraine'), country('nl', 'Netherlands')]),
  places: namesById([place('kyiv', { name: 'Kyiv' })]),
};

const read = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

describe('briefingsCsv', () => {
  it('starts with a byte order mark and a header of the columns, and ends each line with CRLF', () => {
    const csv = briefingsCsv(briefingRecords([briefing('2024-11-05-a')], SITE), names);
    expect(csv.startsWith('\uFEFFid,date,year,')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${briefingColumns.map((c) => c.name).join(',')}`);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('reads back as one row per briefing, lists joined with ; and names in the order of their ids', () => {
    const records = briefingRecords(
      [
        briefing('2024-11-07-b', {
          actors: ['mark-rutte', 'nato'],
          countries: ['nl', 'ua'],
          places: ['kyiv'],
          topics: ['diplomacy', 'aid'],
          sources: [
            { title: 'One', publisher: 'Reuters', url: 'https://reuters.example/1?a=1&b=2', date: '2024-11-07' },
            { title: 'Two', publisher: 'Kyiv Independent', url: 'https://kyivindependent.example/2', date: '2024-11-07' },
          ],
          updated: '2024-11-08',
          corrections: [{ date: '2024-11-08', text: 'Fixed.' }],
        }),
        briefing('2024-11-05-a'),
      ],
      SITE,
    );
    const rows = read(briefingsCsv(records, names));
    expect(rows).toEqual([
      {
        id: '2024-11-07-b',
        date: '2024-11-07',
        year: '2024',
        title: 'Title of 2024-11-07-b',
        summary: 'Summary of 2024-11-07-b.',
        status: 'confirmed',
        topics: 'diplomacy;aid',
        actors: 'Mark Rutte;NATO',
        actor_ids: 'mark-rutte;nato',
        countries: 'Netherlands;Ukraine',
        country_codes: 'nl;ua',
        places: 'Kyiv',
        place_ids: 'kyiv',
        source_publishers: 'Reuters;Kyiv Independent',
        source_urls: 'https://reuters.example/1?a=1&b=2;https://kyivindependent.example/2',
        updated: '2024-11-08',
        correction_count: '1',
        url: 'https://news.example/briefings/2024-11-07-b/',
      },
      expect.objectContaining({ id: '2024-11-05-a', places: '', place_ids: '', updated: '', correction_count: '0' }),
    ]);
  });

  it('keeps commas, quotes, line breaks and non-Latin letters in a cell', () => {
    const title = 'Strike on "Kharkiv", again — Харків';
    const summary = 'First line,\nsecond line.';
    const [row] = read(briefingsCsv(briefingRecords([briefing('2024-11-05-a', { title, summary })], SITE), names));
    expect(row).toMatchObject({ title, summary });
  });

  it('makes a cell that a spreadsheet would run as a formula text', () => {
    const [row] = read(
      briefingsCsv(briefingRecords([briefing('2024-11-05-a', { title: '=HYPERLINK("https://evil.example")', summary: '+1 more' })], SITE), names),
    );
    expect(row).toMatchObject({ title: `'=HYPERLINK("https://evil.example")`, summary: `'+1 more` });
  });

  it('stops on a list item that holds the separator, naming the briefing', () => {
    const records = briefingRecords(
      [briefing('2024-11-05-a', { sources: [{ title: 'T', publisher: 'P', url: 'https://x.example/a;b', date: '2024-11-05' }] })],
      SITE,
    );
    expect(() => briefingsCsv(records, names)).toThrow(/source addresses of 2024-11-05-a include "https:\/\/x\.example\/a;b"/);
  });

  it('has a description for every column', () => {
    for (const column of briefingColumns) expect(column.description, column.name).not.toBe('');
  });
});
