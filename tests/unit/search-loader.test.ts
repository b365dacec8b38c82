import { describe, expect, it } from 'vitest';
import { bundleUrls, partOptions } from '../../src/search/client/loader.ts';
import { FACETS } from '../../src/search/facets.ts';
import { NAMES_FIELD, NAMES_WEIGHT } from '../../src/search/names.ts';
import { DISPLAY_META } from '../../src/search/meta.ts';
import { searchRecord } from '../../src/search/index/record.ts';

describe('the Pagefind bundle under the base', () => {
  it('loads the script and the parts from /pagefind/ on a site at the root', () => {
    expect(bundleUrls(['2025', '2024'], '/')).toEqual({
      script: '/pagefind/pagefind.js',
      parts: ['/pagefind/2025/', '/pagefind/2024/'],
      facets: Object.fromEntries(FACETS.map((facet) => [facet, `/pagefind/sitrep-facet-${facet}.bin`])),
      order: '/pagefind/sitrep-order.bin',
    });
  });

  it('loads them under the base of a project site', () => {
    expect(bundleUrls(['2024'], '/sitrep/')).toEqual({
      script: '/sitrep/pagefind/pagefind.js',
      parts: ['/sitrep/pagefind/2024/'],
      facets: Object.fromEntries(FACETS.map((facet) => [facet, `/sitrep/pagefind/sitrep-facet-${facet}.bin`])),
      order: '/sitrep/pagefind/sitrep-order.bin',
    });
  });

  it('puts result links under the base, with the highlight the briefing pages read', () => {
    expect(partOptions('/sitrep/')).toMatchObject({ baseUrl: '/sitrep/', highlightParam: 'highlight', excerptLength: 26 });
    expect(partOptions()).toMatchObject({ baseUrl: '/' });
  });

  it('tells every part how little a match in the names a briefing is tagged with counts, leaving the title its default', () => {
    const { metaWeights } = partOptions('/').ranking as { metaWeights: Record<string, number> };
    expect(metaWeights[NAMES_FIELD]).toBe(NAMES_WEIGHT);
    expect(metaWeights).not.toHaveProperty('title');
    expect(NAMES_WEIGHT).toBeGreaterThan(0);
    expect(NAMES_WEIGHT).toBeLessThan(1);
  });

  it('gives every metadata field a result only shows a weight of 0, so a match there ranks nothing', () => {
    const { metaWeights } = partOptions('/').ranking as { metaWeights: Record<string, number> };
    const record = searchRecord({
      id: 'a',
      title: 'T',
      date: '2024-11-04',
      summary: 'S',
      status: 'reported',
      topics: [],
      html: '',
      actors: [],
      countries: [{ name: 'Ukraine', flag: '🇺🇦', aliases: [], demonyms: [] }],
      places: [],
    });
    expect(record.meta.map(([name]) => name)).toEqual([...DISPLAY_META]);
    expect(metaWeights).toEqual({ ...Object.fromEntries(DISPLAY_META.map((field) => [field, 0])), [NAMES_FIELD]: NAMES_WEIGHT });
  });
});
