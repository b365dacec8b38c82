/**
 * The HTML of a briefing card, of its date and of a status badge: the one
 * place each is written. A card is on about ten pages of a build (its
 * actors', countries', places' and month's pages, related lists), so it is
 * rendered once per build and its HTML reused, instead of three components
 * each time (61 µs a card against under 10 µs, BENCHMARKS.md, issue #18).
 *
 * Text is escaped with html-escaper and attribute values as Astro escapes
 * them (`&` and `"` only), so the bytes are those Astro's components wrote.
 */
import { escape as escapeHTML } from 'html-escaper';
import type { Card } from '../data/views.ts';
import { formatDate } from '../lib/dates.ts';
import { link } from '../routes.ts';
import { site, type StatusId } from '../site.config.ts';

/** ` key="value"` as Astro writes an attribute, or nothing for an absent value. */
function attr(key: string, value: string | undefined): string {
  return value === undefined ? '' : ` ${key}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
}

/** A calendar day as the site writes it, in a `<time>` element. */
export function dateHtml(date: string, className?: string): string {
  return `<time${attr('datetime', date)}${attr('class', className)}>${escapeHTML(formatDate(date))}</time>`;
}

/** A status as a badge that links to its meaning on the about page. */
export function statusBadgeHtml(status: StatusId): string {
  const { label, meaning } = site.statuses[status];
  return `<a${attr('href', link.about(`status-${status}`))} class="status-badge"${attr('data-status', status)}${attr('title', meaning)}>${escapeHTML(label)}</a>`;
}

export interface CardOptions {
  /** Heading level of the title, so the card fits the outline of the page it is on. */
  level?: 2 | 3 | 4;
  showDate?: boolean;
}

function renderCard(card: Card, level: number, showDate: boolean): string {
  const { title, date, summary, status } = card.data;
  return (
    `<article class="briefing-card"><h${level} class="font-serif text-lg font-semibold leading-snug">` +
    `<a${attr('href', link.briefing(card.id))} class="text-ink no-underline hover:text-accent hover:underline">${escapeHTML(title)}</a></h${level}>` +
    `<p class="mt-1 flex flex-wrap items-center gap-x-3 text-sm text-muted">${showDate ? dateHtml(date) : ''}${statusBadgeHtml(status)}</p>` +
    `<p class="mt-1 text-[0.95rem]">${escapeHTML(summary)}</p></article>`
  );
}

/**
 * Keyed on the card object itself, and only when it is frozen (as views.ts
 * makes every card): its HTML then cannot differ from what it shows. An
 * unfrozen card is rendered each time.
 */
const rendered = new WeakMap<Card, Map<string, string>>();

export function briefingCardHtml(card: Card, { level = 3, showDate = true }: CardOptions = {}): string {
  if (!Object.isFrozen(card) || !Object.isFrozen(card.data)) return renderCard(card, level, showDate);
  let variants = rendered.get(card);
  if (!variants) rendered.set(card, (variants = new Map()));
  const variant = `${level}${showDate ? 'd' : ''}`;
  let html = variants.get(variant);
  if (html === undefined) variants.set(variant, (html = renderCard(card, level, showDate)));
  return html;
}

/** Cards one after another, as a list of them is written. */
export function briefingCardsHtml(cards: readonly Card[], options?: CardOptions): string {
  return cards.map((card) => briefingCardHtml(card, options)).join('');
}
