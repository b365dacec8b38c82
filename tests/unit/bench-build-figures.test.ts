/** The bench's reading of a build log (scripts/bench/build-figures.ts): phases from the lines Astro and the integrations print. */
import { describe, expect, it } from 'vitest';
import { buildFigures } from '../../scripts/bench/build-figures.ts';
import type { RunResult } from '../../scripts/bench/run.ts';

const line = (t: number, text: string) => ({ t, text });

const result: RunResult = {
  code: 0,
  seconds: 30,
  lines: [
    line(1, '[sitrep:content-guard] checked 9 briefings in 1500 ms'),
    line(4, '[content] Syncing content'),
    line(7, '[content] Synced content'),
    line(9, 'generating static routes'),
    line(25, '[build] 71 page(s) built in 16s'),
    line(27, '[sitrep:pagefind] indexed 9 pages in 20.5 s; the build waited 1200 ms for it'),
    line(29, '[sitrep:site-audit] audited 9 briefings in 300 ms'),
  ],
  peakTreeRss: 900,
  maxProcessRss: 700,
  samples: [
    { t: 5, tree: 400, largest: 300 },
    { t: 20, tree: 900, largest: 700 },
  ],
  peakByCommand: { node: 700 },
};

describe('buildFigures', () => {
  const figures = buildFigures(result);

  it('splits the build into phases at the lines that start and end them', () => {
    expect(figures.phases).toMatchObject({
      'startup + content check': 4,
      'content check': 1.5,
      'content layer sync': 3,
      'vite build': 2,
      'render pages': 16,
      'after render (hooks: sitemap, search index, audit)': 5,
      'search index (Pagefind)': 20.5,
      'post-build audit': 0.3,
    });
  });

  it('takes the wait for the search index out of the site’s time', () => {
    expect(figures.indexWaitSeconds).toBe(1.2);
    expect(figures.siteSeconds).toBeCloseTo(28.8);
  });

  it('gives each phase the peak memory sampled inside it', () => {
    expect(figures.memory['render pages']).toEqual({ tree: 900, largest: 700 });
    expect(figures.memory['content layer sync']).toEqual({ tree: 400, largest: 300 });
  });
});
