/**
 * A rebuild after a change to content (briefings, actors, countries, places)
 * writes what a full build writes (tests/helpers/incremental.ts). Changes that
 * touch different pages share a step, to keep the builds few: a page a change
 * leaves stale differs from the full build whatever else changed in the step.
 */
import { BRIEFINGS as B, rebuildSuite } from '../helpers/incremental.ts';

rebuildSuite([
  [
    'a briefing’s title; another’s body text and status',
    ({ edit }) => {
      edit(
        `${B}/2024-11-05-zelensky-strong-response.mdx`,
        /^title: .*$/m,
        'title: "Zelensky: the first battles with North Korean troops demand a strong response"',
      );
      edit(`${B}/2024-11-04-rutte-german-defence-spending.mdx`, /\s*$/, '\n\nA sentence added by the incremental build test.<Cite source="1" />\n');
      edit(`${B}/2024-11-04-rutte-german-defence-spending.mdx`, /^status: .*$/m, 'status: disputed');
    },
    { reuses: true },
  ],
  // The country's first pages keep their cards: only their count and their links to the other pages change.
  [
    'a new briefing, and a new oldest one that names a country only',
    ({ addBriefing }) => {
      addBriefing('december', '2024-12-02', ['volodymyr-zelensky', 'rustem-umerov'], ['ua', 'kp']);
      addBriefing('august', '2024-08-20', [], ['ua']);
    },
    { reuses: true },
  ],
  [
    'a briefing moved to another month; another made a draft',
    ({ edit, addBriefing, remove }) => {
      remove(`${B}/2024-12-02-december.mdx`);
      addBriefing('december', '2024-10-28', ['volodymyr-zelensky', 'rustem-umerov'], ['ua', 'kp']);
      edit(`${B}/2024-09-30-september.mdx`, /^---\n/, '---\ndraft: true\n');
    },
    { reuses: true },
  ],
  [
    'an actor’s name; a deleted briefing; a country note',
    ({ edit, remove }) => {
      edit('src/content/actors/rustem-umerov.yaml', 'name: "Rustem Umerov"', 'name: "Rustem Umyerov"');
      remove(`${B}/2024-11-04-baerbock-kyiv-visit.mdx`);
      edit('src/content/countries/kr.yaml', /^note: .*$/m, 'note: "A note rewritten by the incremental build test."');
    },
    { reuses: true },
  ],
  // A place is shown on its page, its region's, its country's map, and the maps and chips of its briefings.
  [
    'a place’s name, coordinates and parent; a briefing’s places',
    ({ edit }) => {
      edit('src/content/places/kursk-oblast.yaml', 'name: Kursk Oblast', 'name: Kursk Region');
      edit('src/content/places/kyiv.yaml', /coordinates: \{[^}]*\}/, 'coordinates: { lat: 50.4, lon: 30.6 }');
      edit('src/content/places/zaporizhzhia.yaml', /^parent: .*\n/m, '');
      edit(`${B}/2024-11-04-rostov-governor-resigns.mdx`, 'places: [rostov-oblast]', 'places: [rostov-oblast, rostov-on-don]');
    },
    { reuses: true },
  ],
]);
