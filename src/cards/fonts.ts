/**
 * The fonts of a social card, in the site's typography (src/styles/global.css):
 * Charis SIL, the open font made from Bitstream Charter, for the serif, and
 * Inter for the sans. Their files come from the @fontsource packages, which
 * the lockfile pins, so the card code's hash covers them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';

export const SERIF = 'Charis SIL';
export const SANS = 'Inter';

/**
 * Latin and Cyrillic: the desk writes in English about places whose names may
 * keep their own script. Fontsource splits a font into subsets, and satori
 * takes one font per name, weight and style, so each subset is a family of its
 * own and a card asks for them in turn (`fontStack`).
 */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;

export type FontWeight = 400 | 500 | 600 | 700;

const FACES: readonly { family: string; pkg: string; file: string; weight: FontWeight }[] = [
  { family: SERIF, pkg: '@fontsource/charis-sil', file: 'charis-sil', weight: 400 },
  { family: SERIF, pkg: '@fontsource/charis-sil', file: 'charis-sil', weight: 700 },
  { family: SANS, pkg: '@fontsource/inter', file: 'inter', weight: 500 },
  { family: SANS, pkg: '@fontsource/inter', file: 'inter', weight: 600 },
];

export interface CardFont {
  /** The subset's own family name, as `fontStack` lists it. */
  name: string;
  family: string;
  weight: FontWeight;
  style: 'normal';
  data: Buffer;
}

const subsetName = (family: string, subset: string) => `${family} ${subset}`;

/** A CSS font-family list of every subset of `family`, Latin first. */
export function fontStack(family: string): string {
  return SUBSETS.map((subset) => `'${subsetName(family, subset)}'`).join(', ');
}

let fonts: CardFont[] | undefined;

/**
 * Every subset of every face, read once per process and always the same array:
 * satori keeps the font engine it builds for an array it has seen, and building
 * it (parsing sixteen files) costs far more than laying out a card. WOFF, not
 * WOFF2: opentype.js, which measures the text (`measureText`), reads only the former.
 */
export function cardFonts(): CardFont[] {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  fonts = FACES.flatMap(({ family, pkg, file, weight }) =>
    SUBSETS.map((subset) => ({
      name: subsetName(family, subset),
      family,
      weight,
      style: 'normal' as const,
      data: readFileSync(require.resolve(`${pkg}/files/${file}-${subset}-${weight}-normal.woff`)),
    })),
  );
  return fonts;
}

/** The width of `text` set in `family` at `weight` and `size` px, from the fonts' advance widths. */
export type MeasureText = (text: string, family: string, weight: FontWeight, size: number) => number;

const advances = new Map<string, (char: string) => number>();

/**
 * Each character's advance in the first subset that has it, without kerning:
 * satori kerns, so a line it sets is at most this wide, and text measured to
 * fit does fit. Advances are remembered per face, since a build measures the
 * same few hundred characters over and over.
 */
export const measureText: MeasureText = (text, family, weight, size) => {
  const key = `${family} ${weight}`;
  let advance = advances.get(key);
  if (!advance) advances.set(key, (advance = faceAdvances(family, weight)));
  let width = 0;
  for (const char of text) width += advance(char);
  return width * size;
};

function faceAdvances(family: string, weight: FontWeight): (char: string) => number {
  const subsets = cardFonts()
    .filter((font) => font.family === family && font.weight === weight)
    .map((font) => opentype.parse(new Uint8Array(font.data).buffer));
  if (!subsets.length) throw new Error(`social card: no font file for ${family} ${weight}`);
  const known = new Map<string, number>();
  return (char) => {
    let em = known.get(char);
    if (em === undefined) {
      const font = subsets.find((f) => f.charToGlyphIndex(char) > 0) ?? subsets[0]!;
      em = (font.charToGlyph(char).advanceWidth ?? 0) / font.unitsPerEm;
      known.set(char, em);
    }
    return em;
  };
}
