import { describe, expect, it } from 'vitest';
import { parseSearchState } from '../../src/search/client/state.ts';
import { summaryText, unavailableText } from '../../src/search/client/status-text.ts';

const state = (query: string) => parseSearchState(query);

describe('summaryText', () => {
  it('invites a search over the whole index when there is nothing to search for', () => {
    expect(summaryText({ state: state(''), briefings: 9 })).toBe('Type a word or choose a filter to search 9 briefings.');
    expect(summaryText({ state: state(''), briefings: 1 })).toBe('Type a word or choose a filter to search 1 briefing.');
  });

  it('counts what a query found, with the filters and the order', () => {
    expect(summaryText({ state: state('?q=Kursk'), found: 3 })).toBe('3 briefings found for “Kursk”.');
    expect(summaryText({ state: state('?q=Kursk'), found: 1 })).toBe('1 briefing found for “Kursk”.');
    expect(summaryText({ state: state('?q=Kursk&country=Ukraine&sort=newest'), found: 2 })).toBe('2 briefings found for “Kursk” with 1 filter, newest first.');
  });

  it('suggests what to try when a query finds nothing', () => {
    expect(summaryText({ state: state('?q=Kursk'), found: 0 })).toBe('No briefings found for “Kursk”. Try another spelling or fewer words.');
    expect(summaryText({ state: state('?q=Kursk&year=2024&year=2025'), found: 0 })).toBe(
      'No briefings found for “Kursk” with 2 filters. Try removing a filter.',
    );
  });

  it('counts what filters alone match, in date order', () => {
    expect(summaryText({ state: state('?country=Ukraine'), found: 4 })).toBe('4 briefings match the filters, newest first.');
    expect(summaryText({ state: state('?country=Ukraine'), found: 1 })).toBe('1 briefing matches the filters, newest first.');
    expect(summaryText({ state: state('?country=Ukraine&year=1999'), found: 0 })).toBe('No briefings match all of these filters. Try removing one.');
  });
});

describe('unavailableText', () => {
  it('says why search cannot run', () => {
    expect(unavailableText('empty')).toBe('No briefings have been published yet.');
    expect(unavailableText('failed')).toBe('Search could not be loaded. Browse the timeline, actors, countries or places instead.');
  });
});
