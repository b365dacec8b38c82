/**
 * A rebuild after a change to code writes what a full build writes
 * (tests/helpers/incremental.ts): the code of pages, and the code that renders
 * bodies in the content layer, which Astro does not see.
 */
import { rebuildSuite } from '../helpers/incremental.ts';

rebuildSuite([
  // Bodies are rendered in the content layer, which Astro does not track: their digest covers the renderer's code.
  [
    'the HTML of a briefing component',
    ({ edit }) => edit('src/render/components.ts', "h('figure', { className: ['quote'] }", "h('figure', { className: ['quote', 'quote-edited'] }"),
    { reuses: true },
  ],
  [
    'a page template; the code that draws maps',
    ({ edit }) => {
      edit('src/pages/briefings/[id].astro', /Related briefings(\s*)<\/h2>/, 'Related reading$1</h2>');
      edit('src/geo/markers.ts', /const R_MAX = \d+;/, 'const R_MAX = 20;');
    },
    { reuses: true },
  ],
  // The status labels <Claim> shows in bodies come from the site config, through the renderer's code.
  [
    'a library function that pages use; labels in the site config: a taxonomy’s, and a status label that bodies show',
    ({ edit }) => {
      edit('src/lib/dates.ts', "{ month: 'long', year: 'numeric', timeZone: 'UTC' }", "{ month: 'short', year: 'numeric', timeZone: 'UTC' }");
      edit('src/site.config.ts', "actors: 'Actors'", "actors: 'People and organisations'");
      edit('src/site.config.ts', "claimed: { label: 'Claimed'", "claimed: { label: 'Asserted'");
    },
    { reuses: false },
  ],
]);
