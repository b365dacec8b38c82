import { describe, expect, it } from 'vitest';
import { briefingCard, cardAlt, cardFiles, siteCard, type CardBriefing } from '../../src/cards/card-data.ts';
import { pagesWithoutCards } from '../../src/integrations/social-cards.ts';
import { site } from '../../src/site.config.ts';

const names: Record<string, string> = { ua: 'Ukraine', kp: 'North Korea', ru: 'Russia' };
const countryName = (code: string) => names[code] ?? code;

const briefing = (id: string, data: Partial<CardBriefing['data']> = {}): CardBriefing => ({
  id,
  data: { title: `Title of ${id}`, date: id.slice(0, 10), status: 'reported', countries: ['kp', 'ua'], ...data },
});

describe("a briefing's card", () => {
  it('shows its title, its date as the site writes it, its status with its light colour, its countries by name in order, and the site name', () => {
    expect(briefingCard(briefing('2024-11-04-a').data, ['North Korea', 'Ukraine'], site)).toEqual({
      kind: 'briefing',
      siteName: site.name,
      title: 'Title of 2024-11-04-a',
      date: '4 November 2024',
      status: { label: site.statuses.reported.label, colour: site.statuses.reported.colour.light },
      countries: ['North Korea', 'Ukraine'],
    });
  });

  it('refuses a status the site config does not have, naming it', () => {
    expect(() => briefingCard(briefing('2024-11-04-a', { status: 'rumoured' }).data, [], site)).toThrow(/`rumoured`/);
  });

  it('says what it shows in its alt text', () => {
    const card = briefingCard(briefing('2024-11-04-a').data, ['North Korea', 'Ukraine'], site);
    expect(cardAlt(card)).toBe(`Title of 2024-11-04-a (${site.statuses.reported.label}, 4 November 2024; North Korea, Ukraine)`);
    expect(cardAlt({ ...card, countries: [] })).toBe(`Title of 2024-11-04-a (${site.statuses.reported.label}, 4 November 2024)`);
  });
});

describe('the site card', () => {
  it("shows the site's name, tagline and host", () => {
    expect(siteCard(site)).toEqual({ kind: 'site', siteName: site.name, tagline: site.tagline, host: new URL(site.url).host });
    expect(cardAlt(siteCard(site))).toBe(`${site.name}: ${site.tagline}`);
  });
});

describe('the cards a site publishes', () => {
  const files = cardFiles(
    [briefing('2024-11-04-a'), briefing('2024-11-05-draft', { draft: true }), briefing('2024-11-06-b', { countries: [] })],
    countryName,
    site,
  );

  it('are the site card and one per published briefing, at /og/, with its countries named', () => {
    expect(files.map((f) => f.path)).toEqual(['/og/site.png', '/og/2024-11-04-a.png', '/og/2024-11-06-b.png']);
    expect(files[1]!.card).toMatchObject({ countries: ['North Korea', 'Ukraine'] });
    expect(files[2]!.card).toMatchObject({ countries: [] });
  });

  it('never include a draft', () => {
    expect(JSON.stringify(files)).not.toContain('draft');
  });

  it('cover every briefing page, or the build names the page without one', () => {
    const paths = new Set(files.map((f) => f.path));
    expect(pagesWithoutCards(['briefings/2024-11-04-a/', 'briefings/2024-11-06-b/', 'actors/nato/', ''], paths)).toEqual([]);
    expect(pagesWithoutCards(['briefings/2024-11-04-a/', 'briefings/2024-11-07-c/'], paths)).toEqual(['/briefings/2024-11-07-c/']);
  });
});
