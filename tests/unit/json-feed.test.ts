import { describe, expect, it } from 'vitest';
import { actorFeedChannel, briefingFeed, type FeedBriefing } from '../../src/data/feeds.ts';
import { JSON_FEED_VERSION, jsonFeed, jsonFeedResponse } from '../../src/data/json-feed.ts';
import { site } from '../../src/site.config.ts';
import { jsonFeedErrors } from '../helpers/json-feed-schema.ts';

const SITE = new URL('https://news.example/');

const briefing = (id: string, date: string, updated?: string, topics: FeedBriefing['data']['topics'] = ['diplomacy']): FeedBriefing => ({
  id,
  data: { title: `Title ${id}`, date, updated, summary: `Summary ${id}`, topics },
});

const feed = briefingFeed(actorFeedChannel({ id: 'nato', data: { name: 'NATO' } }), [
  briefing('b', '2024-11-06', '2024-11-08'),
  briefing('a', '2024-11-04', undefined, []),
]);

describe('jsonFeed', () => {
  const json = jsonFeed(SITE, feed);

  it('is valid JSON Feed 1.1', () => {
    expect(jsonFeedErrors(json)).toEqual([]);
    expect(jsonFeedErrors(jsonFeed(undefined, briefingFeed(feed, [])))).toEqual([]);
  });

  it('describes the feed: its version, page, own address, language and author, absolute', () => {
    expect(json).toMatchObject({
      version: JSON_FEED_VERSION,
      title: `NATO · ${site.name}`,
      home_page_url: 'https://news.example/actors/nato/',
      feed_url: 'https://news.example/actors/nato/feed.json',
      description: 'Briefings that name NATO.',
      language: site.language,
      favicon: 'https://news.example/apple-touch-icon.png',
      authors: [{ name: site.name, url: 'https://news.example/about/' }],
    });
  });

  it('gives each item its page as id and url, its summary, RFC 3339 days and its topics, in the RSS feed’s order', () => {
    expect(json.items).toEqual([
      {
        id: 'https://news.example/briefings/b/',
        url: 'https://news.example/briefings/b/',
        title: 'Title b',
        summary: 'Summary b',
        content_text: 'Summary b',
        date_published: '2024-11-06T00:00:00Z',
        date_modified: '2024-11-08T00:00:00Z',
        tags: [site.topics.diplomacy],
      },
      {
        id: 'https://news.example/briefings/a/',
        url: 'https://news.example/briefings/a/',
        title: 'Title a',
        summary: 'Summary a',
        content_text: 'Summary a',
        date_published: '2024-11-04T00:00:00Z',
      },
    ]);
  });

  it('falls back to the configured site URL', () => {
    expect(jsonFeed(undefined, feed).feed_url).toBe(`${site.url}/actors/nato/feed.json`);
  });
});

describe('the JSON Feed schema of the tests', () => {
  it('refuses what the spec does not allow', () => {
    const json = jsonFeed(SITE, feed);
    const { content_text: _, ...noContent } = json.items[0]!;
    expect(jsonFeedErrors({ ...json, version: 'https://jsonfeed.org/version/1' })).not.toEqual([]);
    expect(jsonFeedErrors({ ...json, items: [noContent] })).not.toEqual([]);
    expect(jsonFeedErrors({ ...json, items: [{ ...json.items[0], date_published: '2024-11-06' }] })).not.toEqual([]);
    expect(jsonFeedErrors({ ...json, homepage_url: json.home_page_url })).not.toEqual([]);
    expect(jsonFeedErrors({ ...json, _sitrep: { about: 'an extension' } })).toEqual([]);
  });
});

describe('jsonFeedResponse', () => {
  it('serves the feed as application/feed+json', async () => {
    const response = jsonFeedResponse(SITE, feed);
    expect(response.headers.get('Content-Type')).toBe('application/feed+json; charset=utf-8');
    expect(await response.json()).toEqual(jsonFeed(SITE, feed));
  });
});
