import { describe, expect, it } from 'vitest';
import { bundleUrls, partOptions } from '../../src/search/client/loader.ts';
import { NAMES_FIELD, NAMES_WEIGHT } from '../../src/search/names.ts';

describe('the Pagefind bundle under the base', () => {
  it('loads the script and the parts from /pagefind/ on a site at the root', () => {
    expect(bundleUrls(['2025', '2024'], '/')).toEqual({ script: '/pagefind/pagefind.js', parts: ['/pagefind/2025/', '/pagefind/2024/'] });
  });

  it('loads them under the base of a project site', () => {
    expect(bundleUrls(['2024'], '/sitrep/')).toEqual({ script: '/sitrep/pagefind/pagefind.js', parts: ['/sitrep/pagefind/2024/'] });
  });

  it('puts result links under the base, with the highlight the briefing pages read', () => {
    expect(partOptions('/sitrep/')).toMatchObject({ baseUrl: '/sitrep/', highlightParam: 'highlight', excerptLength: 26 });
    expect(partOptions()).toMatchObject({ baseUrl: '/' });
  });

  it('tells every part how little a match in the names a briefing is tagged with counts, leaving the title its default', () => {
    expect(partOptions('/').ranking).toEqual({ metaWeights: { [NAMES_FIELD]: NAMES_WEIGHT } });
    expect(NAMES_WEIGHT).toBeGreaterThan(0);
    expect(NAMES_WEIGHT).toBeLessThan(1);
  });
});
