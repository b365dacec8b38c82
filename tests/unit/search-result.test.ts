import { describe, expect, it } from 'vitest';
import type { PagefindFragment } from '../../src/search/client/pagefind-api.ts';
import { excerptHtml, resultHref, resultView, safeExcerpt } from '../../src/search/client/result.ts';

const fragment = (more: Partial<PagefindFragment> = {}): PagefindFragment => ({
  url: '/briefings/kursk/?highlight=kursk',
  content: 'North Korean troops were seen in Kursk oblast on Monday, officials said today.',
  excerpt: 'troops were seen in <mark>Kursk</mark> oblast on Monday',
  meta: { title: 'Troops in Kursk', date: '4 November 2024', datetime: '2024-11-04', flag: '🇺🇦 🇰🇵', status: 'reported', summary: 'Ukraine says so.' },
  filters: { status: ['Reported'] },
  ...more,
});

describe('resultHref', () => {
  it('keeps the highlight terms, and drops the empty highlight of a filter-only search', () => {
    expect(resultHref('/briefings/a/?highlight=kursk')).toBe('/briefings/a/?highlight=kursk');
    expect(resultHref('/briefings/a/?highlight=')).toBe('/briefings/a/');
    expect(resultHref('/briefings/a/?highlight=#x')).toBe('/briefings/a/#x');
    expect(resultHref('/sitrep/briefings/a/?highlight=')).toBe('/sitrep/briefings/a/');
  });
});

describe('safeExcerpt', () => {
  it('keeps <mark> and drops every other tag', () => {
    expect(safeExcerpt('a <mark>b</mark> <img src=x onerror=alert(1)><script>c</script> <MARK>d</MARK>')).toBe('a <mark>b</mark> c <MARK>d</MARK>');
  });
});

describe('excerptHtml', () => {
  it('adds an ellipsis where the excerpt starts or ends inside the text', () => {
    expect(excerptHtml(fragment())).toBe('…\u00a0troops were seen in <mark>Kursk</mark> oblast on Monday\u00a0…');
  });

  it('adds none where the excerpt is the start or the end of the text', () => {
    expect(excerptHtml(fragment({ excerpt: 'North Korean troops were seen' }))).toBe('North Korean troops were seen\u00a0…');
    expect(excerptHtml(fragment({ excerpt: 'officials said <mark>today</mark>.' }))).toBe('…\u00a0officials said <mark>today</mark>.');
  });
});

describe('resultView', () => {
  it('shows title, date, flags, status label and the excerpt for a query', () => {
    expect(resultView(fragment(), 'Kursk')).toEqual({
      href: '/briefings/kursk/?highlight=kursk',
      title: 'Troops in Kursk',
      date: { text: '4 November 2024', datetime: '2024-11-04' },
      flag: '🇺🇦 🇰🇵',
      status: { id: 'reported', label: 'Reported' },
      text: { html: '…\u00a0troops were seen in <mark>Kursk</mark> oblast on Monday\u00a0…' },
    });
  });

  it('shows the summary as text without a query, and leaves out what the fragment lacks', () => {
    expect(resultView(fragment({ meta: { summary: 'Ukraine says so.' }, filters: {} }), '')).toEqual({
      href: '/briefings/kursk/?highlight=kursk',
      title: '/briefings/kursk/?highlight=kursk',
      text: { plain: 'Ukraine says so.' },
    });
    expect(resultView(fragment({ meta: { status: 'claimed' }, filters: {} }), '').status).toEqual({ id: 'claimed', label: 'claimed' });
  });
});
