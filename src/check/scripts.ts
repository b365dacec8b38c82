/**
 * Which writing systems a word's letters come from, to catch a lookalike:
 * `Guterrеs` with a Cyrillic `е` reads as `Guterres` but never matches it. A
 * word may use one script, or the combinations Japanese and Korean text mix
 * (Unicode's "highly restrictive" level, UTS #39 section 5.2); anything else
 * mixes scripts. The scripts come from the JavaScript engine's own Unicode
 * data (Script_Extensions), so they follow each new Unicode version.
 */

/** The scripts told apart: every script in which letters look like those of another, and the common ones. */
const SCRIPTS = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Georgian',
  'Cherokee',
  'Coptic',
  'Glagolitic',
  'Gothic',
  'Runic',
  'Ogham',
  'Hebrew',
  'Arabic',
  'Syriac',
  'Thaana',
  'Nko',
  'Tifinagh',
  'Ethiopic',
  'Vai',
  'Lisu',
  'Adlam',
  'Osage',
  'Deseret',
  'Canadian_Aboriginal',
  'Mongolian',
  'Tibetan',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Myanmar',
  'Khmer',
  'Han',
  'Hiragana',
  'Katakana',
  'Bopomofo',
  'Hangul',
] as const;

type Script = (typeof SCRIPTS)[number];

const PATTERNS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script_Extensions=${script}}`, 'u')] as const);

/** The mixes a single word may use: Japanese, and Chinese or Korean with Latin. */
const ALLOWED_MIXES: readonly ReadonlySet<Script>[] = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

const WORD = /[\p{L}\p{M}]+/gu;
const ASCII = /^[\x00-\x7F]*$/;

/** The scripts a letter is used in, of those told apart; empty for a letter of another script. */
function scriptsOf(letter: string): Script[] {
  return PATTERNS.filter(([, pattern]) => pattern.test(letter)).map(([script]) => script);
}

export interface MixedWord {
  word: string;
  /** The script most of the word's letters are in, and the first letter that is not. */
  main: Script;
  odd: { letter: string; script: Script };
}

/** The first word of `text` whose letters come from scripts that should not meet in one word. */
export function findMixedScriptWord(text: string): MixedWord | undefined {
  // Nearly every name and title is plain ASCII: one script, nothing to look up.
  if (ASCII.test(text)) return undefined;
  for (const [word] of text.matchAll(WORD)) {
    if (ASCII.test(word)) continue;
    const letters = [...word]
      .filter((c) => /\p{L}/u.test(c))
      .map((letter) => ({ letter, scripts: scriptsOf(letter) }))
      .filter((l) => l.scripts.length > 0);
    const shared = letters.reduce<Script[] | undefined>((common, l) => (common ? common.filter((s) => l.scripts.includes(s)) : l.scripts), undefined);
    if (!shared || shared.length > 0) continue;
    if (ALLOWED_MIXES.some((mix) => letters.every((l) => l.scripts.some((s) => mix.has(s))))) continue;
    const counts = new Map<Script, number>();
    for (const l of letters) for (const s of l.scripts) counts.set(s, (counts.get(s) ?? 0) + 1);
    const main = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const odd = letters.find((l) => !l.scripts.includes(main))!;
    return { word, main, odd: { letter: odd.letter, script: odd.scripts[0]! } };
  }
  return undefined;
}

/** The first letter of `text` outside the Latin script, with its script when it is one told apart. */
export function findNonLatinLetter(text: string): { letter: string; script?: Script } | undefined {
  if (ASCII.test(text)) return undefined;
  const letter = [...text].find((c) => /\p{L}/u.test(c) && !/\p{Script_Extensions=Latin}/u.test(c));
  return letter === undefined ? undefined : { letter, script: scriptsOf(letter)[0] };
}
