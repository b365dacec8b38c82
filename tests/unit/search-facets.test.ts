import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FacetTable, loadFacetFile } from '../../src/search/client/facet-table.ts';
import { readDateOrder } from '../../src/search/date-order.ts';
import { FACETS, facetData, facetFileName, readFacet, writeFacet, type FacetRows } from '../../src/search/facets.ts';
import { riceParameter } from '../../src/search/rice.ts';
import { facetRows, partFiles } from '../../src/search/index/facet-file.ts';
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

const headerOf = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(0x0a))));
const bodyOf = (bytes: Uint8Array) => [...bytes.subarray(bytes.indexOf(0x0a) + 1)];
const none = Object.fromEntries(FACETS.map((facet) => [facet, []]));

describe('the facet files', () => {
  it('list each value’s rows, rows running on across parts, a value given twice to a briefing once, every filter even with no values', () => {
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
        ...none,
        country: [['Ukraine', [1, 2]]],
        year: [
          ['2024', [0]],
          ['2025', [1, 2]],
        ],
      },
    });
  });

  it('write the values in a line of JSON and the rows as Rice-coded gaps, and read them back', () => {
    const file = { parts: [300, 5], values: [['A', [0, 1, 129, 304]]] as FacetRows };
    const bytes = writeFacet(file);
    expect(headerOf(bytes)).toEqual({ parts: [300, 5], values: [['A', 4]] });
    // 4 of 305 rows: parameter 6. Gaps 0, 0, 127 (1·64 + 63), 174 (2·64 + 46): 0|000000 0|000000 10|111111 110|101110, then a zero.
    expect(riceParameter(305, 4)).toBe(6);
    expect(bodyOf(bytes)).toEqual([0b00000000, 0b00000010, 0b11111111, 0b01011100]);
    expect(readFacet(bytes)).toEqual(file);
  });

  it('read back any rows, dense or sparse, and fail on a file cut short rather than inventing rows', () => {
    const rows = 1000;
    const values: FacetRows = [
      ['every row', Array.from({ length: rows }, (_, i) => i)],
      ...[1, 7, 50, 333].map((step): [string, number[]] => [`every ${step}`, Array.from({ length: Math.ceil(rows / step) }, (_, i) => i * step)]),
      ['first and last', [0, rows - 1]],
      ['none', []],
    ];
    const bytes = writeFacet({ parts: [600, 400], values });
    expect(readFacet(bytes)).toEqual({ parts: [600, 400], values });
    expect(() => readFacet(bytes.subarray(0, bytes.length - 2))).toThrow(/ends early/);
  });

  it('leave out the rows of the largest value of a filter every row has exactly one value of, and only of such a filter', () => {
    const status: FacetRows = [
      ['confirmed', [0, 3]],
      ['reported', [1, 2, 4, 5]],
    ];
    const bytes = writeFacet({ parts: [4, 2], values: status });
    expect(headerOf(bytes).rest).toBe(1);
    expect(readFacet(bytes).values).toEqual(status);
    // The body holds the rows of "confirmed" only, as when it is the filter's one value.
    expect(bodyOf(bytes)).toEqual(bodyOf(writeFacet({ parts: [4, 2], values: [status[0]!] })));
    // Two values on one row, or a row with none: not such a filter.
    for (const values of [
      [...status, ['disputed', [0]]],
      [status[0]!, ['reported', [1, 2, 4]]],
    ] as FacetRows[]) {
      const other = writeFacet({ parts: [4, 2], values });
      expect(headerOf(other).rest).toBeUndefined();
      expect(readFacet(other).values).toEqual(values);
    }
  });

  it('take about the fewest bits a set of rows needs: a value in 1 row of 8 at random, under 5 % above the entropy', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const rows = Array.from({ length: 80_000 }, (_, i) => i).filter(() => random() < 1 / 8);
    const body = bodyOf(writeFacet({ parts: [80_000], values: [['A', rows]] })).length;
    const p = rows.length / 80_000;
    const entropyBytes = (80_000 * -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p))) / 8;
    expect(body).toBeLessThan(entropyBytes * 1.05);
  });

  it('count per value over all rows, or over a search’s rows by part and position, listing every value', () => {
    const table = new FacetTable({
      parts: [2, 2],
      facets: {
        year: [
          ['2024', [0, 2]],
          ['2025', [1, 3]],
        ],
        country: [['Ukraine', [0, 1, 3]]],
      },
    });
    expect(table.rows).toBe(4);
    expect(table.totals()).toEqual({ year: { '2024': 2, '2025': 2 }, country: { Ukraine: 3 } });
    expect(table.row(1, 1)).toBe(3);
    expect(table.counts([table.row(1, 0), table.row(1, 1)])).toEqual({ year: { '2024': 1, '2025': 1 }, country: { Ukraine: 1 } });
  });

  it('tell the rows that have every value chosen, as Pagefind’s filters do', () => {
    const table = new FacetTable({
      parts: [3],
      facets: {
        country: [
          ['Ukraine', [0, 1, 2]],
          ['Russia', [1, 2]],
        ],
        year: [['2025', [0, 2]]],
      },
    });
    expect(table.matching({ country: ['Ukraine'] })).toEqual([0, 1, 2]);
    expect(table.matching({ country: ['Ukraine', 'Russia'] })).toEqual([1, 2]);
    expect(table.matching({ country: ['Russia', 'Russia'], year: ['2025'] })).toEqual([2]);
    expect(table.matching({ country: ['Atlantis'] })).toEqual([]);
    expect(table.matching({ topic: ['Drones'] })).toEqual([]);
    expect(table.matching({})).toEqual([0, 1, 2]);
  });

  it('order a part’s rows as Pagefind orders its date sort key, by date and then id, whatever the records’ order', () => {
    const records = [briefing('b', '2025-01-02', 'B'), briefing('a', '2025-01-02', 'A'), briefing('c', '2024-12-31', 'C')].map(searchRecord);
    expect(facetRows(records).map((row) => row.find(([name]) => name === 'country')?.[1])).toEqual(['C', 'A', 'B']);
  });

  it('are written gzipped, one per filter, with the date order file, from the parts’ records without their bodies', () => {
    const heads = [briefing('a', '2025-01-02'), briefing('b', '2024-01-02')].map(searchRecord);
    const files = partFiles([{ heads }, { heads: [] }]);
    expect([...files.keys()]).toEqual([...FACETS.map(facetFileName), 'sitrep-order.bin']);
    const year = readFacet(gunzipSync(files.get(facetFileName('year'))!));
    expect(year).toEqual({
      parts: [2, 0],
      values: [
        ['2024', [0]],
        ['2025', [1]],
      ],
    });
    expect(readFacet(gunzipSync(files.get(facetFileName('place'))!)).values).toEqual([]);
    const order = readDateOrder(gunzipSync(files.get('sitrep-order.bin')!));
    expect([order.rank(0, 1), order.rank(0, 0)]).toEqual([0, 1]);
  });

  describe('loaded by the page', () => {
    afterEach(() => vi.unstubAllGlobals());
    const file = { parts: [1], values: [['2024', [0]]] as FacetRows };
    const serve = (body: Uint8Array<ArrayBuffer>) =>
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => new Response(body)),
      );

    it('are read gzipped, as the build writes them, and revalidated on each visit', async () => {
      serve(gzipSync(writeFacet(file)));
      expect(await loadFacetFile('/pagefind/sitrep-facet-year.bin')).toEqual(file);
      expect(fetch).toHaveBeenCalledWith('/pagefind/sitrep-facet-year.bin', { cache: 'no-cache' });
    });

    it('are read as they are when the host unzipped them on the way', async () => {
      serve(writeFacet(file));
      expect(await loadFacetFile('/pagefind/sitrep-facet-year.bin')).toEqual(file);
    });
  });
});
