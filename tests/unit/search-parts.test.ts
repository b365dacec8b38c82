import { describe, expect, it } from 'vitest';
import { searchPartName, searchPartNames, searchPartPath, yearByYear } from '../../src/search/parts.ts';
import { searchRecord } from '../../src/search/index/record.ts';

describe('search parts', () => {
  it('puts a briefing in the part of its year, which is its year filter', () => {
    expect(searchPartName('2025-01-31')).toBe('2025');
    const record = searchRecord({
      id: 'x',
      title: 'T',
      date: '2025-01-31',
      summary: 'S',
      status: 'reported',
      topics: [],
      html: '',
      actors: [],
      countries: [],
      places: [],
    });
    expect(record.filters).toContainEqual(['year', searchPartName('2025-01-31')]);
  });

  it('serves each part from its own folder under /pagefind/', () => {
    expect(searchPartPath('2025')).toBe('/pagefind/2025/');
  });

  it('lists the parts of a set of dates once each, newest first', () => {
    expect(searchPartNames(['2024-11-04', '2026-01-01', '2024-01-01', '2025-06-30'])).toEqual(['2026', '2025', '2024']);
    expect(searchPartNames([])).toEqual([]);
  });
});

describe('yearByYear', () => {
  const parts = ['2026', '2025', '2024'];

  it('asks each part in turn, newest first, narrowed to its year, keeping the other filters', () => {
    expect(yearByYear({ actor: ['NATO'] }, parts)).toEqual([
      { part: '2026', filters: { actor: ['NATO'], year: ['2026'] } },
      { part: '2025', filters: { actor: ['NATO'], year: ['2025'] } },
      { part: '2024', filters: { actor: ['NATO'], year: ['2024'] } },
    ]);
  });

  it('asks only the part of a year the reader chose, and none when the chosen years exclude each other', () => {
    expect(yearByYear({ year: ['2025'] }, parts)).toEqual([{ part: '2025', filters: { year: ['2025'] } }]);
    expect(yearByYear({ year: ['2025', '2024'] }, parts)).toEqual([]);
    expect(yearByYear({ year: ['1999'] }, parts)).toEqual([]);
  });
});
