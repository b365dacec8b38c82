import rss from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  actorFeedChannel,
  briefingFeed,
  countryFeedChannel,
  newestChange,
  placeFeedChannel,
  rssResponse,
  rssXml,
  xmlText,
  siteFeedChannel,
  type FeedBriefing,
} from '../../src/data/feeds.ts';
import { site } from '../../src/site.config.ts';

const briefing = (id: string, date: string, updated?: string): FeedBriefing => ({
  id,
  data: { title: `Title ${id}`, date, updated, summary: `Summary ${id}`, topics: ['diplomacy'] },
});

const channel = actorFeedChannel({ id: 'nato', data: { name: 'NATO' } });

describe('newestChange', () => {
  it('is the latest `updated` or `date` among the briefings, whatever their order', () => {
    expect(newestChange([briefing('b', '2024-11-06'), briefing('a', '2024-11-04', '2024-11-09'), briefing('c', '2024-11-05')])).toEqual(
      new Date('2024-11-09T00:00:00Z'),
    );
    expect(newestChange([briefing('a', '2024-11-04', '2024-11-05'), briefing('b', '2024-11-06')])).toEqual(new Date('2024-11-06T00:00:00Z'));
  });

  it('is undefined for no briefings', () => {
    expect(newestChange([])).toBeUndefined();
  });
});

describe('feed channels', () => {
  it('name the page each feed follows and the addresses of its two formats', () => {
    expect(channel).toEqual({
      title: `NATO · ${site.name}`,
      description: 'Briefings that name NATO.',
      page: '/actors/nato/',
      rss: '/actors/nato/rss.xml',
      json: '/actors/nato/feed.json',
    });
    expect(siteFeedChannel()).toMatchObject({ title: site.name, page: '/', rss: '/rss.xml', json: '/feed.json' });
    expect(countryFeedChannel({ id: 'ua', data: { name: 'Ukraine' } })).toMatchObject({ rss: '/countries/ua/rss.xml', json: '/countries/ua/feed.json' });
    expect(placeFeedChannel({ id: 'kyiv', data: { name: 'Kyiv' } })).toMatchObject({ rss: '/places/kyiv/rss.xml', json: '/places/kyiv/feed.json' });
  });
});

describe('briefingFeed', () => {
  it('keeps the newest `pageSizes.feed` briefings and dates the feed by the briefings it shows', () => {
    const older = briefing('old', '2020-01-01', '2030-01-01');
    const shown = Array.from({ length: site.pageSizes.feed }, (_, i) => briefing(`b${i}`, `2024-11-${String(30 - (i % 30)).padStart(2, '0')}`));
    const feed = briefingFeed(channel, [...shown, older]);
    expect(feed.items).toHaveLength(site.pageSizes.feed);
    expect(feed.items.map((item) => item.link)).not.toContain('/briefings/old/');
    expect(feed.lastBuildDate).toEqual(new Date('2024-11-30T00:00:00Z'));
    expect(feed.items[0]).toEqual({
      title: 'Title b0',
      link: '/briefings/b0/',
      published: new Date('2024-11-30T00:00:00Z'),
      updated: undefined,
      summary: 'Summary b0',
      tags: [site.topics.diplomacy],
    });
  });

  it('keeps when a briefing was updated', () => {
    expect(briefingFeed(channel, [briefing('a', '2024-11-04', '2024-11-08')]).items[0]!.updated).toEqual(new Date('2024-11-08T00:00:00Z'));
  });
});

describe('rssXml', () => {
  const parse = (xml: string) => new XMLParser({ ignoreAttributes: false }).parse(xml);

  it('links the channel to its page and to itself, and dates it by its newest briefing', async () => {
    const feed = briefingFeed(channel, [briefing('b', '2024-11-06'), briefing('a', '2024-11-04', '2024-11-08')]);
    const xml = parse(rssXml(new URL('https://news.example/'), feed));
    expect(xml.rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    const c = xml.rss.channel;
    expect(c.link).toBe('https://news.example/actors/nato/');
    expect(c['atom:link']).toEqual({ '@_href': 'https://news.example/actors/nato/rss.xml', '@_rel': 'self', '@_type': 'application/rss+xml' });
    expect(c.lastBuildDate).toBe('Fri, 08 Nov 2024 00:00:00 GMT');
    expect(c.language).toBe(site.language);
    expect(c.item.map((item: { link: string }) => item.link)).toEqual(['https://news.example/briefings/b/', 'https://news.example/briefings/a/']);
    expect(c.item[1]).toMatchObject({
      title: 'Title a',
      guid: { '#text': 'https://news.example/briefings/a/', '@_isPermaLink': 'true' },
      description: 'Summary a',
      pubDate: 'Mon, 04 Nov 2024 00:00:00 GMT',
      category: site.topics.diplomacy,
    });
  });

  it('keeps a site path under the base in every address', async () => {
    const feed = briefingFeed({ ...channel, page: '/sitrep/', rss: '/sitrep/rss.xml' }, [briefing('b', '2024-11-06')]);
    const c = parse(rssXml(new URL('https://news.example/'), feed)).rss.channel;
    expect([c.link, c['atom:link']['@_href']]).toEqual(['https://news.example/sitrep/', 'https://news.example/sitrep/rss.xml']);
  });

  it('keeps an item link’s fragment, which tells apart items on one page', async () => {
    const feed = briefingFeed(channel, [briefing('b', '2024-11-06')]);
    feed.items[0]!.link = '/briefings/b/#correction-2024-11-07-1';
    const item = parse(rssXml(new URL('https://news.example/'), feed)).rss.channel.item;
    expect([item.link, item.guid['#text']]).toEqual(Array(2).fill('https://news.example/briefings/b/#correction-2024-11-07-1'));
  });

  it('escapes an address once', async () => {
    const feed = briefingFeed({ ...channel, page: '/a&b/', rss: '/a&b/rss.xml' }, []);
    const text = rssXml(new URL('https://news.example/'), feed);
    expect(text).toContain('<link>https://news.example/a&amp;b/</link>');
    expect(text).toContain('<atom:link href="https://news.example/a&amp;b/rss.xml"');
  });

  it('leaves lastBuildDate out of an empty feed, the same on every build', async () => {
    const feed = briefingFeed(channel, []);
    const first = rssXml(undefined, feed);
    expect(first).not.toContain('lastBuildDate');
    expect(first).toContain(`<atom:link href="${site.url}/actors/nato/rss.xml" rel="self" type="application/rss+xml"/>`);
    expect(rssXml(undefined, feed)).toBe(first);
  });
});

describe('xmlText and hostile titles', () => {
  const hostile = [
    'Tanks & <b>guns</b>',
    'End ]]> of CDATA',
    'Quote "this" and \'that\'',
    'Bell\u0007 and null\u0000 and vertical tab\u000B',
    'Lone \uD800 surrogate',
    'Kept: tab\t, line\nfeed, é, 🇺🇦',
  ];

  it('escapes the five special characters and drops what XML 1.0 cannot hold', () => {
    expect(xmlText('a & b < c > d \' e " f')).toBe('a &amp; b &lt; c &gt; d &apos; e &quot; f');
    expect(xmlText('&amp;')).toBe('&amp;amp;');
    expect(xmlText('x]]>y')).toBe('x]]&gt;y');
    expect(xmlText('a\u0000b\u0008c\u001Fd\uFFFEe\uDC00f')).toBe('abcdef');
    expect(xmlText('tab\tline\nreturn\r🇺🇦')).toBe('tab\tline\nreturn\r🇺🇦');
  });

  it('writes a feed of hostile titles, summaries and tags as valid XML that reads back as the text', () => {
    const feed = briefingFeed({ ...channel, title: hostile[0]!, description: hostile[1]! }, []);
    feed.items = hostile.map((text, i) => ({
      title: text,
      link: `/briefings/${i}/`,
      published: new Date(Date.UTC(2024, 10, i + 1)),
      summary: text,
      tags: [text],
    }));
    const xml = rssXml(new URL('https://news.example/'), feed);
    expect(XMLValidator.validate(xml)).toBe(true);
    const read = new XMLParser({ processEntities: true, htmlEntities: false, parseTagValue: false, trimValues: false }).parse(xml).rss.channel;
    const clean = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|\uD800/g, '');
    expect(read.title).toBe(clean(hostile[0]!));
    expect(read.item.map((item: { title: string }) => item.title)).toEqual(hostile.map(clean));
    expect(read.item.map((item: { description: string }) => item.description)).toEqual(hostile.map(clean));
  });

  it('writes the bytes @astrojs/rss wrote, for feeds without characters XML cannot hold', async () => {
    const printable = hostile.slice(0, 3).concat('Plain', 'Kept: tab\t, line\nfeed, é, 🇺🇦');
    const feeds = [
      briefingFeed(channel, []),
      briefingFeed(siteFeedChannel(), [briefing('b', '2024-11-06'), briefing('a', '2024-11-04', '2024-11-08')]),
      {
        ...briefingFeed({ ...channel, page: '/a&b/', rss: "/a'b/rss.xml" }, []),
        items: printable.map((text, i) => ({
          title: text,
          link: `/briefings/${i}/#c-${i}`,
          published: new Date(Date.UTC(2024, 0, i + 1)),
          summary: text,
          tags: i ? [text, 'x'] : [],
        })),
      },
    ];
    for (const feed of feeds) {
      const siteUrl = new URL('https://news.example/');
      const absolute = (path: string) => new URL(path, siteUrl).href;
      const before = await (
        await rss({
          title: feed.title,
          description: feed.description,
          site: absolute(feed.page),
          items: feed.items.map((item) => ({
            title: item.title,
            link: absolute(item.link),
            pubDate: item.published,
            description: item.summary,
            categories: item.tags,
          })),
          xmlns: { atom: 'http://www.w3.org/2005/Atom' },
          trailingSlash: true,
          customData: [
            `<language>${site.language}</language>`,
            `<atom:link href="${absolute(feed.rss)}" rel="self" type="application/rss+xml"/>`,
            feed.lastBuildDate ? `<lastBuildDate>${feed.lastBuildDate.toUTCString()}</lastBuildDate>` : '',
          ].join(''),
        })
      ).text();
      expect(rssXml(siteUrl, feed)).toBe(before);
    }
  });

  it('is served as application/xml', async () => {
    const response = rssResponse(undefined, briefingFeed(channel, []));
    expect(response.headers.get('Content-Type')).toBe('application/xml');
    expect(await response.text()).toBe(rssXml(undefined, briefingFeed(channel, [])));
  });
});
