import { describe, expect, it } from 'vitest';
import { actorJsonLd, briefingJsonLd, countryJsonLd, jsonLdText, placeJsonLd, type BriefingLinks } from '../../src/data/json-ld.ts';
import { site } from '../../src/site.config.ts';

const SITE = new URL('https://news.example/');
const wikidata = (id: string) => `https://www.wikidata.org/wiki/${id}`;

const sources = [
  { title: 'First report', publisher: 'Reuters', url: 'https://reuters.example/1', date: '2024-11-04' },
  { title: 'Second report', publisher: 'AP', url: 'https://ap.example/2', date: '2024-11-05' },
];

const links: BriefingLinks = {
  briefing: {
    id: '2024-11-05-strike',
    data: { title: 'A strike', summary: 'What happened.', date: '2024-11-05', updated: '2024-11-06', sources },
    rendered: { metadata: { claims: [{ text: 'Russia said it hit an airfield.', status: 'claimed', source: 2 }] } },
  },
  actors: [
    { href: '/actors/volodymyr-zelensky/', name: 'Volodymyr Zelensky', kind: 'person', wikidata: 'Q3874799' },
    { href: '/actors/desk/', name: 'A desk', kind: 'organisation' },
  ],
  countries: [
    { href: '/countries/kr/', name: 'South Korea', wikidata: 'Q884' },
    { href: '/countries/ua/', name: 'Ukraine' },
  ],
  places: [{ href: '/places/kyiv/', name: 'Kyiv', wikidata: 'Q1899', coordinates: { lat: 50.45466, lon: 30.5238 } }],
};

describe('briefingJsonLd', () => {
  const ld = briefingJsonLd(links, SITE);

  it('is a NewsArticle at the briefing’s absolute address, by the desk, citing its sources', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A strike',
      description: 'What happened.',
      datePublished: '2024-11-05',
      dateModified: '2024-11-06',
      url: 'https://news.example/briefings/2024-11-05-strike/',
      mainEntityOfPage: 'https://news.example/briefings/2024-11-05-strike/',
      author: { '@type': 'Organization', name: site.name, url: 'https://news.example/about/' },
      publisher: { '@type': 'Organization', name: site.name, url: 'https://news.example/' },
    });
    expect(ld.citation).toEqual(sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url, datePublished: s.date, publisher: s.publisher })));
    expect(ld).not.toHaveProperty('image');
  });

  it('is about its actors and countries, linked to Wikidata where the registry knows them', () => {
    expect((ld.about as object[]).slice(0, 4)).toEqual([
      { '@type': 'Person', name: 'Volodymyr Zelensky', url: 'https://news.example/actors/volodymyr-zelensky/', sameAs: wikidata('Q3874799') },
      { '@type': 'Organization', name: 'A desk', url: 'https://news.example/actors/desk/' },
      { '@type': 'Country', name: 'South Korea', url: 'https://news.example/countries/kr/', sameAs: wikidata('Q884') },
      { '@type': 'Country', name: 'Ukraine', url: 'https://news.example/countries/ua/' },
    ]);
  });

  it('mentions its places with their coordinates', () => {
    expect(ld.mentions).toEqual([
      {
        '@type': 'Place',
        name: 'Kyiv',
        url: 'https://news.example/places/kyiv/',
        sameAs: wikidata('Q1899'),
        geo: { '@type': 'GeoCoordinates', latitude: 50.45466, longitude: 30.5238 },
      },
    ]);
  });

  it('publishes each <Claim> as a Claim that appeared in its source, rated by the desk with its status', () => {
    expect((ld.about as object[]).slice(4)).toEqual([
      {
        '@type': 'Claim',
        text: 'Russia said it hit an airfield.',
        appearance: { '@type': 'CreativeWork', name: 'Second report', url: 'https://ap.example/2', datePublished: '2024-11-05', publisher: 'AP' },
        review: {
          '@type': 'ClaimReview',
          author: { '@type': 'Organization', name: site.name, url: 'https://news.example/about/' },
          reviewRating: { '@type': 'Rating', alternateName: site.statuses.claimed.label, ratingExplanation: site.statuses.claimed.meaning },
        },
      },
    ]);
  });

  it('has no claims for a body without any, and dates an unchanged briefing by its date', () => {
    const plain = briefingJsonLd(
      { ...links, briefing: { ...links.briefing, data: { ...links.briefing.data, updated: undefined }, rendered: undefined } },
      SITE,
    );
    expect((plain.about as { '@type': string }[]).map((t) => t['@type'])).toEqual(['Person', 'Organization', 'Country', 'Country']);
    expect(plain.dateModified).toBe('2024-11-05');
  });

  it('carries an image only when given one', () => {
    expect(briefingJsonLd(links, SITE, 'https://news.example/og/a.png').image).toBe('https://news.example/og/a.png');
  });
});

describe('the JSON-LD of term pages', () => {
  it('describes an actor by name, page, Wikidata item, description and aliases', () => {
    const data = { name: 'Volodymyr Zelensky', kind: 'person' as const, description: 'President of Ukraine.', aliases: ['Zelenskyy'], wikidata: 'Q3874799' };
    expect(actorJsonLd({ id: 'volodymyr-zelensky', data }, SITE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Volodymyr Zelensky',
      url: 'https://news.example/actors/volodymyr-zelensky/',
      sameAs: wikidata('Q3874799'),
      description: 'President of Ukraine.',
      alternateName: ['Zelenskyy'],
    });
    expect(actorJsonLd({ id: 'nato', data: { ...data, kind: 'organisation', aliases: [], wikidata: undefined } }, SITE)).not.toHaveProperty('sameAs');
  });

  it('describes a country, with its official name and the desk’s note', () => {
    const data = { name: 'South Korea', officialName: 'Republic of Korea', note: 'A note.', wikidata: 'Q884' };
    expect(countryJsonLd({ id: 'kr', data }, SITE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Country',
      name: 'South Korea',
      url: 'https://news.example/countries/kr/',
      sameAs: wikidata('Q884'),
      alternateName: ['Republic of Korea'],
      description: 'A note.',
    });
  });

  it('describes a place with its coordinates', () => {
    const data = { name: 'Kyiv', aliases: ['Kiev'], coordinates: { lat: 50.45466, lon: 30.5238 }, wikidata: 'Q1899' };
    expect(placeJsonLd({ id: 'kyiv', data }, SITE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: 'Kyiv',
      url: 'https://news.example/places/kyiv/',
      sameAs: wikidata('Q1899'),
      geo: { '@type': 'GeoCoordinates', latitude: 50.45466, longitude: 30.5238 },
      alternateName: ['Kiev'],
    });
  });
});

describe('jsonLdText', () => {
  it('is JSON no text inside can end the script with', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
