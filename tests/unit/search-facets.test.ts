import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FacetTable, loadFacetTable } from '../../src/search/client/facet-table.ts';
import { facetData, readFacets, writeFacets, type FacetData } from '../../src/search/facets.ts';
import { facetFile, facetRows } from '../../src/search/index/facet-file.ts';
import { searchRecord, type SearchableBriefing } from '../../src/search/index/record.ts';

const briefing = (id: string, date: string, country = 'Ukraine'): SearchableBriefing => ({
  id,
  title: id,
  date,
  summary: '',
  status: 'reported',
  topics: [],
  html: '',
  actors: [],
  countries: [{ name: country, aliases: [], demonyms: [] }],
  places: [],
});

describe('the facet file', () => {
  it('lists each value’s rows, rows running on across parts, a value given twice to a briefing once', () => {
    const data = facetData([
      [
        [['year', '2024']],
        [
          ['year', '2025'],
          ['country', 'Ukraine'],
        ],
      ],
      [
        [
          ['year', '2025'],
          ['country', 'Ukraine'],
          ['country', 'Ukraine'],
        ],
      ],
    ]);
    expect(data).toEqual({
      parts: [2, 1],
      facets: {
        country: [['Ukraine', [1, 2]]],
        year: [
          ['2024', [0]],
          ['2025', [1, 2]],
        ],
      },
    });
  });

  it('writes the values in a line of JSON and the rows as delta-coded varints, and reads them back', () => {
    const data: FacetData = { parts: [300, 5], facets: { actor: [['A', [0, 1, 129, 304]]], year: [['2024', []]] } };
    const bytes = writeFacets(data);
    const newline = bytes.indexOf(0x0a);
    expect(JSON.parse(new TextDecoder().decode(bytes.subarray(0, newline)))).toEqual({ parts: [300, 5], facets: { actor: [['A', 4]], year: [['2024', 0]] } });
    // Gaps 0, 1, 128 (two bytes), 175 (two bytes).
    expect([...bytes.subarray(newline + 1)]).toEqual([0, 1, 0x80, 0x01, 0xaf, 0x01]);
    expect(readFacets(bytes)).toEqual(data);
  });

  it('counts per value over all rows, or over a search’s rows by part and position, listing every value', () => {
    const data: FacetData = {
      parts: [2, 2],
      facets: {
        year: [
          ['2024', [0, 2]],
          ['2025', [1, 3]],
        ],
        country: [['Ukraine', [0, 1, 3]]],
      },
    };
    const table = new FacetTable(data);
    expect(table.rows).toBe(4);
    expect(table.totals()).toEqual({ year: { '2024': 2, '2025': 2 }, country: { Ukraine: 3 } });
    expect(table.row(1, 1)).toBe(3);
    expect(table.counts([table.row(1, 0), table.row(1, 1)])).toEqual({ year: { '2024': 1, '2025': 1 }, country: { Ukraine: 1 } });
  });

  it('orders a part’s rows as Pagefind orders its date sort key, by date and then id, whatever the records’ order', () => {
    const records = [briefing('b', '2025-01-02', 'B'), briefing('a', '2025-01-02', 'A'), briefing('c', '2024-12-31', 'C')].map(searchRecord);
    expect(facetRows(records).map((row) => row.find(([name]) => name === 'country')?.[1])).toEqual(['C', 'A', 'B']);
  });

  it('is written gzipped, from the parts’ records without their bodies', () => {
    const heads = [briefing('a', '2025-01-02'), briefing('b', '2024-01-02')].map(searchRecord);
    const data = readFacets(gunzipSync(facetFile([{ heads }, { heads: [] }])));
    expect(data.parts).toEqual([2, 0]);
    expect(data.facets.year).toEqual([
      ['2024', [0]],
      ['2025', [1]],
    ]);
  });

  describe('loaded by the page', () => {
    afterEach(() => vi.unstubAllGlobals());
    const data: FacetData = { parts: [1], facets: { year: [['2024', [0]]] } };
    const serve = (body: Uint8Array<ArrayBuffer>) =>
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => new Response(body)),
      );

    it('is read gzipped, as the build writes it, and revalidated on each visit', async () => {
      serve(gzipSync(writeFacets(data)));
      expect((await loadFacetTable('/pagefind/sitrep-facets.bin')).totals()).toEqual({ year: { '2024': 1 } });
      expect(fetch).toHaveBeenCalledWith('/pagefind/sitrep-facets.bin', { cache: 'no-cache' });
    });

    it('is read as it is when the host unzipped it on the way', async () => {
      serve(writeFacets(data));
      expect((await loadFacetTable('/pagefind/sitrep-facets.bin')).rows).toBe(1);
    });
  });
});
