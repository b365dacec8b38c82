/**
 * What each social card shows, from the briefings and the site config. The
 * card cache is keyed on this data and the card code, so it holds what is
 * drawn (the formatted date, the status's label and colour, country names)
 * rather than ids whose meaning a change to the site config would alter.
 */
import type { BriefingCard, Card, SiteCard } from './layout.ts';
import { formatDate } from '../lib/dates.ts';
import { paths } from '../routes.ts';

/** What a card needs of a briefing's front matter. */
export interface CardBriefing {
  readonly id: string;
  readonly data: { readonly title: string; readonly date: string; readonly status: string; readonly countries: readonly string[]; readonly draft?: boolean };
}

/** What a card needs of the site config. */
export interface CardSite {
  readonly name: string;
  readonly tagline: string;
  readonly url: string;
  readonly statuses: Readonly<Record<string, { readonly label: string; readonly colour: { readonly light: string } }>>;
}

/** A card and the site path of its PNG. */
export interface CardFile {
  readonly path: string;
  readonly card: Card;
}

/** `countryNames`: the names of the briefing's countries, in its order. */
export function briefingCard(briefing: CardBriefing['data'], countryNames: readonly string[], site: CardSite): BriefingCard {
  const status = site.statuses[briefing.status];
  if (!status) throw new Error(`social card: status \`${briefing.status}\` is not one of the site config's statuses`);
  return {
    kind: 'briefing',
    siteName: site.name,
    title: briefing.title,
    date: formatDate(briefing.date),
    // A card is drawn light, so it takes each status's colour for light backgrounds.
    status: { label: status.label, colour: status.colour.light },
    countries: [...countryNames],
  };
}

/** What a card says, as the alt text of its image. */
export function cardAlt(card: Card): string {
  if (card.kind === 'site') return `${card.siteName}: ${card.tagline}`;
  const countries = card.countries.length ? `; ${card.countries.join(', ')}` : '';
  return `${card.title} (${card.status.label}, ${card.date}${countries})`;
}

export function siteCard(site: CardSite): SiteCard {
  return { kind: 'site', siteName: site.name, tagline: site.tagline, host: new URL(site.url).host };
}

/** Every card the site publishes: one per published briefing, and the site card. */
export function cardFiles(briefings: readonly CardBriefing[], countryName: (code: string) => string, site: CardSite): CardFile[] {
  return [
    { path: paths.siteCard(), card: siteCard(site) },
    ...briefings
      .filter((b) => !b.data.draft)
      .map((b) => ({ path: paths.briefingCard(b.id), card: briefingCard(b.data, b.data.countries.map(countryName), site) })),
  ];
}
