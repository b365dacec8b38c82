import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FacetTable, loadFacetTable } from '../../src/search/client/facet-table.ts';
import { facetData, readFacets, writeFacets, type FacetData } from '../../src/search/facets.ts';
import { riceParameter } from '../../src/search/rice.ts';
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

  it('writes the values in a line of JSON and the rows as Rice-coded gaps, and reads them back', () => {
    const data: FacetData = { parts: [300, 5], facets: { actor: [['A', [0, 1, 129, 304]]], year: [['2024', []]] } };
    const bytes = writeFacets(data);
    const newline = bytes.indexOf(0x0a);
    expect(JSON.parse(new TextDecoder().decode(bytes.subarray(0, newline)))).toEqual({
      parts: [300, 5],
      facets: { actor: [['A', 4]], year: [['2024', 0]] },
      rest: {},
    });
    // 4 of 305 rows: parameter 6. Gaps 0, 0, 127 (1·64 + 63), 174 (2·64 + 46): 0|000000 0|000000 10|111111 110|101110, then a zero.
    expect(riceParameter(305, 4)).toBe(6);
    expect([...bytes.subarray(newline + 1)]).toEqual([0b00000000, 0b00000010, 0b11111111, 0b01011100]);
    expect(readFacets(bytes)).toEqual(data);
  });

  it('reads back any rows, dense or sparse, and fails on a file cut short rather than inventing rows', () => {
    const rows = 1000;
    const facets: FacetData['facets'] = {
      every: [['row', Array.from({ length: rows }, (_, i) => i)]],
      some: [1, 7, 50, 333].map((step) => [`every ${step}`, Array.from({ length: Math.ceil(rows / step) }, (_, i) => i * step)]),
      ends: [['first and last', [0, rows - 1]]],
    };
    const data: FacetData = { parts: [600, 400], facets };
    const bytes = writeFacets(data);
    expect(readFacets(bytes)).toEqual(data);
    expect(() => readFacets(bytes.subarray(0, bytes.length - 2))).toThrow(/ends early/);
  });

  it('leaves out the rows of the largest value of a facet every row has exactly one value of, and only of such a facet', () => {
    const status: [string, number[]][] = [
      ['confirmed', [0, 3]],
      ['reported', [1, 2, 4, 5]],
    ];
    const data: FacetData = { parts: [4, 2], facets: { status, topic: [['drones', [0, 1, 2, 3, 4]]] } };
    const bytes = writeFacets(data);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(0x0a))));
    expect(header.rest).toEqual({ status: 1 });
    expect(readFacets(bytes)).toEqual(data);
    // The body holds the rows of "confirmed" only, as when it is the facet's one value.
    const body = (bytes: Uint8Array) => [...bytes.subarray(bytes.indexOf(0x0a) + 1)];
    expect(body(writeFacets({ parts: [4, 2], facets: { status } }))).toEqual(body(writeFacets({ parts: [4, 2], facets: { status: [status[0]!] } })));
    // Two values on one row, or a row with none: not such a facet.
    for (const facets of [
      { status: [...status, ['disputed', [0]]] as [string, number[]][] },
      { status: [status[0]!, ['reported', [1, 2, 4]]] as [string, number[]][] },
    ]) {
      const other = writeFacets({ parts: [4, 2], facets });
      expect(JSON.parse(new TextDecoder().decode(other.subarray(0, other.indexOf(0x0a)))).rest).toEqual({});
      expect(readFacets(other).facets).toEqual(facets);
    }
  });

  it('takes about the fewest bits a set of rows needs: a value in 1 row of 8 at random, under 5 % above the entropy', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const rows = Array.from({ length: 80_000 }, (_, i) => i).filter(() => random() < 1 / 8);
    const bytes = writeFacets({ parts: [80_000], facets: { actor: [['A', rows]] } });
    const body = bytes.length - bytes.indexOf(0x0a) - 1;
    const p = rows.length / 80_000;
    const entropyBytes = (80_000 * -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p))) / 8;
    expect(body).toBeLessThan(entropyBytes * 1.05);
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
