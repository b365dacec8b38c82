import { describe, expect, it } from 'vitest';
import { correctionAnchors, correctionLog, correctionsFeed, UPDATE_TEXT, type CorrectedBriefing } from '../../src/data/corrections.ts';
import { site } from '../../src/site.config.ts';

const briefing = (id: string, data: Partial<CorrectedBriefing['data']> = {}): CorrectedBriefing => ({
  id,
  data: { title: `Title ${id}`, corrections: [], ...data },
});

describe('correctionAnchors', () => {
  it('numbers corrections within their day, so one added on another day renumbers none', () => {
    const first = [{ date: '2024-11-07' }, { date: '2024-11-07' }, { date: '2024-11-09' }];
    expect(correctionAnchors(first)).toEqual(['correction-2024-11-07-1', 'correction-2024-11-07-2', 'correction-2024-11-09-1']);
    expect(correctionAnchors([{ date: '2024-11-10' }, ...first]).slice(1)).toEqual(correctionAnchors(first));
  });
});

describe('correctionLog', () => {
  const corrected = briefing('2024-11-06-toll', {
    updated: '2024-11-08',
    corrections: [
      { date: '2024-11-07', text: 'The toll was eight, not nine.' },
      { date: '2024-11-08', text: 'The injured numbered 25.' },
    ],
  });

  it('lists every correction, newest first, each pointing at its own line on the briefing page', () => {
    expect(correctionLog([corrected])).toEqual([
      {
        kind: 'correction',
        date: '2024-11-08',
        text: 'The injured numbered 25.',
        briefingTitle: 'Title 2024-11-06-toll',
        href: '/briefings/2024-11-06-toll/#correction-2024-11-08-1',
      },
      {
        kind: 'correction',
        date: '2024-11-07',
        text: 'The toll was eight, not nine.',
        briefingTitle: 'Title 2024-11-06-toll',
        href: '/briefings/2024-11-06-toll/#correction-2024-11-07-1',
      },
    ]);
  });

  it('lists an update that no correction of its day explains, pointing at the briefing’s "Updated" date', () => {
    const updated = briefing('2024-11-05-strike', { updated: '2024-11-09' });
    expect(correctionLog([updated, briefing('2024-11-04-plain')])).toEqual([
      {
        kind: 'update',
        date: '2024-11-09',
        text: UPDATE_TEXT,
        briefingTitle: 'Title 2024-11-05-strike',
        href: '/briefings/2024-11-05-strike/#updated-2024-11-09',
      },
    ]);
    expect(correctionLog([{ ...corrected, data: { ...corrected.data, updated: '2024-11-10' } }]).map((e) => [e.kind, e.date])).toEqual([
      ['update', '2024-11-10'],
      ['correction', '2024-11-08'],
      ['correction', '2024-11-07'],
    ]);
  });

  it('merges briefings by date, keeping the index’s order and each file’s order for entries of one day', () => {
    const a = briefing('a', {
      corrections: [
        { date: '2024-11-07', text: 'a1' },
        { date: '2024-11-07', text: 'a2' },
      ],
    });
    const b = briefing('b', {
      corrections: [
        { date: '2024-11-06', text: 'b1' },
        { date: '2024-11-08', text: 'b2' },
      ],
    });
    const c = briefing('c', { corrections: [{ date: '2024-11-07', text: 'c1' }] });
    expect(correctionLog([a, b, c]).map((e) => e.text)).toEqual(['b2', 'a1', 'a2', 'c1', 'b1']);
  });

  it('is empty when nothing was corrected', () => {
    expect(correctionLog([briefing('a'), briefing('b')])).toEqual([]);
  });
});

describe('correctionsFeed', () => {
  it('has one item per entry, newest first, titled by what it was and dated by its day', () => {
    const log = correctionLog([briefing('a', { updated: '2024-11-09', corrections: [{ date: '2024-11-07', text: 'It was eight.' }] })]);
    const feed = correctionsFeed(log);
    expect(feed).toMatchObject({ page: '/corrections/', rss: '/corrections/rss.xml', json: '/corrections/feed.json' });
    expect(feed.lastBuildDate).toEqual(new Date('2024-11-09T00:00:00Z'));
    expect(feed.items).toEqual([
      {
        title: 'Update: Title a',
        link: '/briefings/a/#updated-2024-11-09',
        published: new Date('2024-11-09T00:00:00Z'),
        summary: UPDATE_TEXT,
        tags: ['Update'],
      },
      {
        title: 'Correction: Title a',
        link: '/briefings/a/#correction-2024-11-07-1',
        published: new Date('2024-11-07T00:00:00Z'),
        summary: 'It was eight.',
        tags: ['Correction'],
      },
    ]);
  });

  it('keeps the latest `pageSizes.feed` entries, and has no date when empty', () => {
    const many = briefing('a', { corrections: Array.from({ length: site.pageSizes.feed + 5 }, (_, i) => ({ date: '2024-11-07', text: `c${i}` })) });
    expect(correctionsFeed(correctionLog([many])).items).toHaveLength(site.pageSizes.feed);
    expect(correctionsFeed([])).toMatchObject({ items: [], lastBuildDate: undefined });
  });
});
