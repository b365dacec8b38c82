/** The vocabulary of the benchmark corpus: words, name parts and phrases it draws from. */

export const COMMON = (
  'the of and to in a that said on for was with as by at from it its has had have were be been this which would after their they not but an or more than ' +
  'also about against over into who during since before under new two three first last week month day officials government forces military troops army ' +
  'ministry defence foreign minister president spokesperson statement report reports reported according sources source agency region city town village ' +
  'border front line attack attacks strike strikes drone drones missile missiles air defence shelling offensive counteroffensive positions units brigade ' +
  'battalion artillery equipment weapons ammunition supplies aid package support sanctions talks meeting summit visit call agreement ceasefire negotiations ' +
  'civilians casualties killed wounded injured damaged destroyed infrastructure energy power grid water hospital school residential building buildings ' +
  'emergency services evacuation refugees humanitarian corridor prisoners exchange bodies returned investigation prosecutors court charges allegations ' +
  'denied confirmed claimed disputed unverified independent verified images footage satellite analysts experts observers monitoring mission ' +
  'parliament vote budget spending billion million percent increase decision announced plans plan proposal request warned warning called urged ' +
  'condemned welcomed expressed concern described response retaliation escalation pressure diplomatic relations embassy ambassador envoy delegation ' +
  'nuclear plant station reactor inspectors safety port shipping grain corridor exports fleet vessels naval coast bridge railway rail road logistics ' +
  'morning evening night overnight earlier later hours days weeks months year years local national international regional western eastern northern southern ' +
  'several many some few most dozens hundreds thousands large small major minor heavy light continued ongoing renewed fresh latest previous next ' +
  'further additional total number numbers figure figures estimate estimates official unofficial public private state federal partners allies coalition ' +
  'security council resolution assembly charter law rights crimes war peace conflict territory territories occupied control advance advanced retreat withdrew'
).split(/\s+/);

export const SYLLABLES = [
  'ka',
  'ro',
  'vo',
  'lyn',
  'pol',
  'dar',
  'myr',
  'sko',
  'zha',
  'chen',
  'ivs',
  'bor',
  'tol',
  'nov',
  'hra',
  'dov',
  'sta',
  'lev',
  'ki',
  'mar',
  'pe',
  'tsi',
  'ruk',
  'yan',
  'os',
  'ver',
  'hiv',
  'zap',
  'len',
  'dni',
  'pro',
  'ozh',
  'uk',
  'bel',
  'gor',
  'sum',
  'lu',
  'han',
  'ten',
  'vil',
];
export const FIRST_NAMES = [
  'Olena',
  'Andriy',
  'Serhiy',
  'Iryna',
  'Dmytro',
  'Natalia',
  'Oleksandr',
  'Yulia',
  'Viktor',
  'Tetiana',
  'Mykola',
  'Oksana',
  'Pavlo',
  'Kateryna',
  'Ivan',
  'Maria',
  'Anna',
  'Peter',
  'James',
  'Sophie',
  'Lukas',
  'Marta',
  'Tomas',
  'Elena',
  'Sergei',
  'Alexei',
  'Nikolai',
  'Yelena',
  'Ji-woo',
  'Min-jun',
  'Hiroshi',
  'Claire',
  'Henrik',
  'Ingrid',
  'Mateusz',
  'Agnieszka',
  'Radu',
  'Ioana',
  'Giorgi',
  'Nino',
];
export const ORG_ADJ = [
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Joint',
  'National',
  'Regional',
  'Coastal',
  'Strategic',
  'Territorial',
  'Independent',
  'International',
  'Special',
];
export const ORG_NOUN = [
  'Operations',
  'Defence',
  'Security',
  'Recovery',
  'Monitoring',
  'Relief',
  'Intelligence',
  'Energy',
  'Reconstruction',
  'Air',
  'Naval',
  'Border',
];
export const ORG_KIND = ['Command', 'Agency', 'Council', 'Service', 'Mission', 'Directorate', 'Committee', 'Group', 'Authority', 'Office'];
export const ROLES = [
  'Minister of Defence',
  'Foreign Minister',
  'Regional governor',
  'Military spokesperson',
  'Commander of the ground forces',
  'Head of the presidential office',
  'Member of parliament',
  'Mayor',
  'Prime Minister',
  'Ambassador',
  'Intelligence chief',
  'Human rights commissioner',
];
export const PUBLISHERS = [
  { name: 'Kyiv Wire', host: 'kyivwire.example.org' },
  { name: 'Eastern Europe Monitor', host: 'eemonitor.example.com' },
  { name: 'Global News Agency', host: 'globalnews.example.net' },
  { name: 'The Daily Ledger', host: 'dailyledger.example.com' },
  { name: 'Baltic Report', host: 'balticreport.example.org' },
  { name: 'Frontline Review', host: 'frontlinereview.example.com' },
  { name: 'Open Source Desk', host: 'osdesk.example.org' },
  { name: 'Continental Press', host: 'continentalpress.example.net' },
];
export const VERBS = ['says', 'reports', 'confirms', 'denies', 'warns of', 'announces', 'disputes', 'calls for', 'rejects', 'welcomes'];
export const OBJECTS = [
  'strike on',
  'talks over',
  'aid for',
  'losses near',
  'advance near',
  'evacuation of',
  'power cuts in',
  'drone attack on',
  'shelling of',
  'sanctions over',
  'prisoner exchange after',
  'new positions near',
];

/** Real ISO 3166-1 alpha-2 codes, weighted towards the ones a Ukraine desk names most. */
export const COUNTRY_CODES = [
  'ua',
  'ru',
  'us',
  'gb',
  'de',
  'fr',
  'pl',
  'kp',
  'kr',
  'cn',
  'by',
  'md',
  'ro',
  'hu',
  'sk',
  'cz',
  'lt',
  'lv',
  'ee',
  'fi',
  'se',
  'no',
  'dk',
  'nl',
  'be',
  'it',
  'es',
  'tr',
  'ir',
  'il',
  'sy',
  'ge',
  'am',
  'az',
  'kz',
  'jp',
  'in',
  'br',
  'za',
  'ca',
] as const;

/** What a region is called, by country; other countries say "Region". */
export const REGION_WORD: Readonly<Record<string, string>> = {
  ua: 'Oblast',
  ru: 'Oblast',
  by: 'Oblast',
  kz: 'Region',
  pl: 'Voivodeship',
  us: 'County',
  gb: 'County',
  ro: 'County',
  hu: 'County',
  fr: 'Department',
  it: 'Province',
  es: 'Province',
  tr: 'Province',
  ir: 'Province',
  kr: 'Province',
  cn: 'Province',
  jp: 'Prefecture',
  de: 'District',
};
export const FACILITY_WORDS = ['Power Plant', 'Airbase', 'Oil Refinery', 'Port', 'Dam', 'Ammunition Depot', 'Substation'];
export const CROSSING_WORDS = ['border crossing', 'checkpoint', 'crossing point'];

/**
 * Other spellings of a made-up name, as transliterations give a real one
 * (Zaporizhzhia, Zaporozhye, Saporischschja): each table is applied whole, in order, to the lowercase name.
 */
export const SPELLINGS: readonly (readonly [RegExp, string])[][] = [
  [
    [/hiv/g, 'kov'],
    [/iv/g, 'ov'],
    [/yan/g, 'ian'],
    [/dni/g, 'dne'],
  ],
  [
    [/ts/g, 'z'],
    [/ch/g, 'tsch'],
    [/zh/g, 'sch'],
    [/v/g, 'w'],
    [/y/g, 'j'],
  ],
];

/**
 * How a made-up surname is spelt in another transliteration (Zelenskyy,
 * Zelenskiy; Kharkiv, Harkiv; Lviv, Lwiw), each rule on its own: an actor's
 * alias is its name with the first of these that changes the surname and
 * gives a name no other actor or place has (aliases.ts).
 */
export const SURNAME_SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/y/g, 'i'],
  [/i/g, 'y'],
  [/v/g, 'w'],
  [/kh/g, 'h'],
  [/ts/g, 'z'],
  [/ch/g, 'tch'],
  [/zh/g, 'j'],
];
