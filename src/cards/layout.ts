/**
 * A social card as the element tree satori lays out: 1200×630, light, in the
 * site's typography (src/styles/global.css). Text is fitted here, with the
 * fonts' real widths (`MeasureText`), rather than left to satori, whose line
 * clamp cuts inside a word: a title is set as large as it fits, and only a
 * title too long for the card at the smallest size is cut, after a word.
 *
 * Lines are filled boxes, never borders: satori draws a border with a mask and
 * clip paths, and resvg fills each of those at the card's full size.
 */
import { SANS, SERIF, fontStack, type FontWeight, type MeasureText } from './fonts.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a briefing's card shows: every word and colour on it (card-data.ts makes it). */
export interface BriefingCard {
  readonly kind: 'briefing';
  readonly siteName: string;
  readonly title: string;
  /** As the site writes it: "4 November 2024". */
  readonly date: string;
  readonly status: { readonly label: string; readonly colour: string };
  /** Country names in the briefing's order; the card shows those that fit and "+N". */
  readonly countries: readonly string[];
}

/** The card of every page that is not a briefing. */
export interface SiteCard {
  readonly kind: 'site';
  readonly siteName: string;
  readonly tagline: string;
  /** The host the site is published at. */
  readonly host: string;
}

export type Card = BriefingCard | SiteCard;

/** The site's colours (src/styles/global.css, light scheme). */
const INK = '#1b1f24';
const MUTED = '#57606a';
const LINE = '#d8dee4';
/** The canvas: render.ts has resvg fill it, which costs less than a rectangle drawn over it. */
export const PAPER = '#ffffff';

const PADDING_X = 72;
const TEXT_WIDTH = CARD_WIDTH - 2 * PADDING_X;
const LINE_HEIGHT = 1.15;

export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

const box = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({ type: 'div', props: { style, children } });
const rule = (style: CardNode['props']['style']): CardNode => box({ ...style, backgroundColor: LINE });

/** The sizes a text may take, largest first, each with the most lines it may fill there. */
export interface TextFit {
  readonly family: string;
  readonly weight: FontWeight;
  readonly width: number;
  readonly sizes: readonly { readonly size: number; readonly lines: number }[];
}

/** A title of up to 120 characters (the schema's limit) fits at 54 px. */
export const TITLE_FIT: TextFit = {
  family: SERIF,
  weight: 700,
  width: TEXT_WIDTH,
  sizes: [
    { size: 80, lines: 2 },
    { size: 70, lines: 3 },
    { size: 62, lines: 3 },
    { size: 54, lines: 4 },
  ],
};
const SITE_NAME_FIT: TextFit = { family: SERIF, weight: 700, width: TEXT_WIDTH, sizes: [120, 96, 72].map((size) => ({ size, lines: 1 })) };
const TAGLINE_FIT: TextFit = {
  family: SERIF,
  weight: 400,
  width: TEXT_WIDTH,
  sizes: [
    { size: 48, lines: 3 },
    { size: 40, lines: 4 },
  ],
};
const COUNTRIES = { family: SANS, weight: 500, size: 30 } as const;
const DATE = { family: SANS, weight: 600, size: 30 } as const;
/** The gap, the rule and the gap between the date and the countries. */
const DATE_GAP = 58;

export interface FittedText {
  text: string;
  size: number;
}

/** Words and "…", without the punctuation that ended the last one: "Kyiv, Kharkiv…" rather than "Kyiv, Kharkiv,…". */
const withEllipsis = (words: readonly string[]) => `${words.join(' ').replace(/[\s,;:.–—-]+$/u, '')}…`;

/** `text` at the largest size at which it fits; at the smallest, cut after the last word that fits with "…". */
export function fitText(text: string, fit: TextFit, measure: MeasureText): FittedText {
  const width = (t: string, size: number) => measure(t, fit.family, fit.weight, size);
  for (const { size, lines } of fit.sizes) if (lineCount(text, size, fit.width, width) <= lines) return { text, size };
  const { size, lines } = fit.sizes.at(-1)!;
  const words = text.split(' ');
  for (let kept = words.length - 1; kept > 0; kept--) {
    const cut = withEllipsis(words.slice(0, kept));
    if (lineCount(cut, size, fit.width, width) <= lines) return { text: cut, size };
  }
  return { text: `${words[0]}…`, size };
}

/** How many lines `text` takes at `size` in `maxWidth`, broken between words as satori breaks them. */
export function lineCount(text: string, size: number, maxWidth: number, width: (text: string, size: number) => number): number {
  const space = width(' ', size);
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ')) {
    const w = width(word, size);
    if (used === 0) used = w;
    else if (used + space + w <= maxWidth) used += space + w;
    else {
      lines += 1;
      used = w;
    }
    // A word wider than the line runs on; count the lines it covers.
    if (used > maxWidth) {
      lines += Math.ceil(used / maxWidth) - 1;
      used %= maxWidth;
    }
  }
  return lines;
}

/** The country names that fit beside the date, then "+N" for the rest; always the first name, cut if it must be. */
export function countriesLine(countries: readonly string[], maxWidth: number, measure: MeasureText): string {
  const width = (t: string) => measure(t, COUNTRIES.family, COUNTRIES.weight, COUNTRIES.size);
  for (let shown = countries.length; shown > 1; shown--) {
    const line = countries.slice(0, shown).join(' · ') + (shown < countries.length ? ` +${countries.length - shown}` : '');
    if (width(line) <= maxWidth) return line;
  }
  const more = countries.length > 1 ? ` +${countries.length - 1}` : '';
  let first = countries[0] ?? '';
  while (first.length > 1 && width(first + more) > maxWidth) first = `${first.slice(0, -2).trimEnd()}…`;
  return first + more;
}

export function cardLayout(card: Card, measure: MeasureText): CardNode {
  return card.kind === 'briefing' ? briefingLayout(card, measure) : siteLayout(card, measure);
}

function briefingLayout(card: BriefingCard, measure: MeasureText): CardNode {
  const title = fitText(card.title, TITLE_FIT, measure);
  const dateWidth = measure(card.date, DATE.family, DATE.weight, DATE.size);
  const countries = card.countries.length ? countriesLine(card.countries, TEXT_WIDTH - dateWidth - DATE_GAP, measure) : '';
  return frame(card.status.colour, [
    box({ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }, [
      box({ fontFamily: fontStack(SERIF), fontWeight: 700, fontSize: 40, color: INK }, card.siteName),
      // The site's status badge, filled: white on each status colour reads at AA contrast for text this size.
      box(
        {
          fontFamily: fontStack(SANS),
          fontWeight: 600,
          fontSize: 26,
          letterSpacing: 2,
          textTransform: 'uppercase',
          color: PAPER,
          backgroundColor: card.status.colour,
          borderRadius: 8,
          padding: '6px 18px',
        },
        card.status.label,
      ),
    ]),
    text(title, SERIF, 700, INK),
    footer([
      box({ fontWeight: DATE.weight, color: INK }, card.date),
      ...(countries
        ? [rule({ width: 2, height: 36, margin: `0 ${(DATE_GAP - 2) / 2}px` }), box({ color: MUTED, fontWeight: COUNTRIES.weight }, countries)]
        : []),
    ]),
  ]);
}

function siteLayout(card: SiteCard, measure: MeasureText): CardNode {
  return frame(INK, [
    box({ display: 'flex', flexDirection: 'column', marginTop: 40 }, [
      text(fitText(card.siteName, SITE_NAME_FIT, measure), SERIF, 700, INK),
      text(fitText(card.tagline, TAGLINE_FIT, measure), SERIF, 400, MUTED),
    ]),
    footer([box({ fontWeight: 500, color: MUTED }, card.host)]),
  ]);
}

function text({ text, size }: FittedText, family: string, weight: FontWeight, color: string): CardNode {
  // Balanced: on a card, a last line of one word looks like a mistake.
  return box(
    { display: 'block', fontFamily: fontStack(family), fontWeight: weight, fontSize: size, lineHeight: LINE_HEIGHT, textWrap: 'balance', color },
    text,
  );
}

/** A rule across the card, then one line of sans. */
function footer(items: CardNode[]): CardNode {
  return box({ display: 'flex', flexDirection: 'column' }, [
    rule({ height: 2 }),
    box({ display: 'flex', alignItems: 'center', marginTop: 24, fontFamily: fontStack(SANS), fontSize: COUNTRIES.size }, items),
  ]);
}

/** A band of the accent colour along the top, then the rows spread over the height. */
function frame(accent: string, rows: CardNode[]): CardNode {
  return box({ display: 'flex', flexDirection: 'column', width: '100%', height: '100%' }, [
    box({ height: 16, backgroundColor: accent }),
    box({ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: `48px ${PADDING_X}px 56px` }, rows),
  ]);
}
