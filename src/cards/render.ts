/**
 * A social card as PNG bytes: satori lays out the element tree (layout.ts)
 * into SVG with the text as paths, resvg draws the SVG and encodes the PNG.
 * Both are deterministic, so the same card always gives the same bytes.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardFonts, measureText } from './fonts.ts';
import { indexedPng } from './png.ts';
import { CARD_HEIGHT, CARD_WIDTH, PAPER, cardLayout, type Card } from './layout.ts';

/** The card as SVG, text drawn as paths. */
export function cardSvg(card: Card): Promise<string> {
  // satori's element type is React's; it reads the plain { type, props } objects of the layout as such.
  const element = cardLayout(card, measureText) as unknown as Parameters<typeof satori>[0];
  return satori(element, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: cardFonts() });
}

/**
 * SVG to PNG. Every glyph is already a path, so resvg need not load the
 * system's fonts, which it would otherwise do for every card. The PNG has a
 * palette (png.ts), or is resvg's own if the card has too many colours for one.
 */
export function svgToPng(svg: string): Buffer {
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, background: PAPER, font: { loadSystemFonts: false } }).render();
  return indexedPng(image.pixels, image.width, image.height) ?? image.asPng();
}

/** The card as a PNG; a failure says which card, so that a build that cannot draw one says so. */
export async function renderCard(card: Card): Promise<Buffer> {
  try {
    return svgToPng(await cardSvg(card));
  } catch (error) {
    const which = card.kind === 'briefing' ? `the card of the briefing "${card.title}"` : 'the site card';
    throw new Error(`social card: could not draw ${which}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
