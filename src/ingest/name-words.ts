/**
 * Words that tell what a run of capitalised words names (name-chunks.ts):
 * the head words of organisations, the fields of offices, and the particles
 * of surnames.
 */

/**
 * Head words of organisations' names. compromise tags some of them as an
 * organisation's only by context: "Service" in "Federal Security Service" but
 * not in "State Emergency Service" after a place's words, "Group" not in
 * "Group of Seven"; so the words of bodies are listed here too.
 */
export const ORGANISATION_HEADS = new Set([
  'ministry',
  'service',
  'services',
  'group',
  'committee',
  'council',
  'agency',
  'commission',
  'bureau',
  'department',
  'directorate',
  'centre',
  'center',
  'force',
  'forces',
  'staff',
  'guard',
  'brigade',
  'parliament',
  'navy',
  'party',
  'alliance',
  'command',
  'battalion',
  'regiment',
  'assembly',
  'cabinet',
  'mission',
  'court',
  'rada',
  'duma',
  'senate',
  'congress',
  'representatives',
  'network',
  'association',
  'foundation',
  'institute',
  'airlines',
  'airways',
]);

/**
 * Words of an office's field, as a title written "of"/"for" before a name
 * holds them: "Secretary of State", "Minister of Foreign Affairs", "Chief of
 * Staff". compromise reads no title there, and tags "State" and the name
 * after it as a place.
 */
export const FIELD_WORDS = new Set([
  'state',
  'defence',
  'defense',
  'foreign',
  'internal',
  'home',
  'affairs',
  'interior',
  'justice',
  'finance',
  'finances',
  'treasury',
  'economy',
  'economic',
  'trade',
  'commerce',
  'energy',
  'health',
  'agriculture',
  'education',
  'culture',
  'transport',
  'infrastructure',
  'veterans',
  'labour',
  'labor',
  'environment',
  'digital',
  'transformation',
  'strategic',
  'industries',
  'emergencies',
  'emergency',
  'situations',
  'homeland',
  'security',
  'staff',
]);

/**
 * Lowercase particles of surnames ("Ursula von der Leyen", "Rafael van der
 * Vaart", "Charles de Gaulle"): inside a name they join its words, and they
 * open a surname written alone ("Rutte, von der Leyen, Starmer").
 */
export const SURNAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'ter', 'zu', 'bin', 'ibn']);
