/**
 * The catalogue of bad inputs (CONTRIBUTING.md, "Places"): place files and
 * the place ids a briefing names. How a case runs is in
 * tests/helpers/bad-inputs.ts. The base tree has no places, so each case
 * brings the place files it needs.
 */
import { catalogue, put, type Case, type PassingCase } from '../helpers/bad-inputs.ts';

const B = 'src/content/briefings/';
const P = 'src/content/places/';

const COPY_AGAIN = 'Copy them from the place’s Wikidata entry (its “coordinate location”) or GeoNames entry in decimal degrees, latitude first';

const failing: Case[] = [
  {
    name: 'place-unknown-id',
    what: '`places: [zaporozhye]`, an alias for an id',
    file: `${B}2024-11-04-place-unknown-id.mdx`,
    at: '6:10',
    rule: 'reference/unknown-place',
    message: 'unknown place `zaporozhye` in `places[0]`',
    hint: 'Did you mean `zaporizhzhia`? Otherwise add src/content/places/zaporozhye.yaml if it is a new place.',
  },
  {
    name: 'place-duplicate-name',
    what: 'a second file for Zaporizhzhia under another spelling',
    file: `${P}zaporozhye.yaml`,
    at: '2:1',
    rule: 'place/duplicate-name',
    message: '`Zaporozhye` is already a name of place `zaporizhzhia`',
    hint: 'If they are the same place, keep one file and list the other spelling in its aliases',
  },
  {
    name: 'place-no-source',
    what: 'coordinates read off a map: no `wikidata` or `geonames`',
    file: `${P}sudzha.yaml`,
    at: '5:1',
    rule: 'yaml/invalid-value',
    message: '`coordinates` a place needs `wikidata` or `geonames`: the entry its coordinates were taken from',
    hint: 'Never estimate them.',
  },
  {
    name: 'place-out-of-range',
    what: '`lat: 147.82289`',
    file: `${P}zaporizhzhia.yaml`,
    at: '5:16',
    rule: 'yaml/invalid-value',
    message: '`coordinates.lat` is 147.82289, but must be between -90 and 90',
    hint: 'Latitude and longitude look swapped',
  },
  {
    name: 'place-non-number',
    what: 'degrees and minutes (`47°49′N`) for decimal degrees',
    file: `${P}zaporizhzhia.yaml`,
    at: '5:16',
    rule: 'yaml/invalid-value',
    message: '`coordinates.lat` must be a latitude in decimal degrees, such as 51.7373',
    hint: COPY_AGAIN,
    count: 2,
  },
  {
    name: 'place-outside-country',
    what: 'Kyiv with `country: ru`',
    file: `${P}kyiv.yaml`,
    at: '5:1',
    rule: 'place/outside-country',
    message: '`coordinates` (lat 50.45466, lon 30.5238) lie 202 km outside Russia (`ru`)',
    hint: 'Check `country`, or copy the coordinates again, latitude first, from the entry the file names: Wikidata Q1899',
  },
  {
    name: 'place-swapped',
    what: 'Kyiv with latitude and longitude swapped',
    file: `${P}kyiv.yaml`,
    at: '5:1',
    rule: 'place/outside-country',
    message: '`coordinates` (lat 30.5238, lon 50.45466) lie 2,029 km outside Ukraine (`ua`)',
    hint: 'Latitude and longitude look swapped: lat 50.45466, lon 30.5238 would put it in Ukraine (`ua`).',
  },
  {
    name: 'place-parent-cycle',
    what: 'a place that is its own parent',
    file: `${P}zaporizhzhia.yaml`,
    at: '9:1',
    rule: 'place/parent-cycle',
    message: '`parent` leads back to `zaporizhzhia`: zaporizhzhia → zaporizhzhia',
  },
  {
    name: 'place-unknown-parent',
    what: 'a misspelt parent',
    file: `${P}zaporizhzhia.yaml`,
    at: '9:1',
    rule: 'reference/unknown-place',
    message: 'unknown place `zaporizhia-oblast` in `parent`',
    hint: 'Did you mean `zaporizhzhia-oblast`?',
  },
  {
    name: 'place-file-name',
    what: '`Zaporizhzhia.yaml`, capitalised',
    file: `${P}Zaporizhzhia.yaml`,
    rule: 'file/name',
    message: 'does not follow the naming pattern, so it would not be published',
    hint: 'Name it the place id and .yaml, such as kursk-oblast.yaml.',
  },
  // Hostile or odd input: refused with a problem, never a crash or a hang
  {
    name: 'place-huge-aliases',
    what: '6,000 aliases, the last of them another place’s',
    file: `${P}zaporizhzhia.yaml`,
    at: '6',
    rule: 'place/duplicate-name',
    message: '`Kiev` is already a name of place `kyiv`',
    transform: put({ ALIASES: Array.from({ length: 6000 }, (_, i) => `Z${i}`).join(', ') }),
  },
  {
    name: 'place-bidi-name',
    what: 'a right-to-left override in a place name',
    file: `${P}zaporizhzhia.yaml`,
    at: '2:1',
    rule: 'text/invisible-character',
    message: '`name` contains the invisible character U+202E (right-to-left override) after “Zapori”',
    transform: put({ RLO: '\u202E' }),
  },
  {
    name: 'place-lookalike-id',
    what: 'a place id typed with the Ukrainian `і`',
    file: `${B}2024-11-04-place-lookalike-id.mdx`,
    at: '6:10',
    rule: 'text/lookalike',
    message: '`places[0]` `kyіv` has the Cyrillic letter `і` (U+0456), but ids are written in Latin letters',
    transform: put({ UKRAINIAN_I: '\u0456' }),
  },
  {
    name: 'place-yaml-bomb',
    what: 'YAML anchors and aliases that expand exponentially in a place file',
    file: `${P}zaporizhzhia.yaml`,
    at: '10:10',
    rule: 'yaml/alias',
    message: 'the alias `*a0` repeats a list or mapping',
  },
];

const passing: PassingCase[] = [
  {
    name: 'place-valid',
    what: 'a briefing naming a city and the region it lies in',
    file: `${B}2024-11-04-place-valid.mdx`,
    summary: 'All 2 briefings, 3 actors, 2 places and 0 country notes are valid',
  },
];

catalogue('the catalogue of bad inputs: places', failing, passing);
