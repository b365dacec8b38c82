/**
 * What one search result shows, from the fragment Pagefind returns for it:
 * pure functions, rendered by results.ts.
 */
import type { PagefindFragment } from './pagefind-api.ts';

export interface ResultView {
  href: string;
  title: string;
  date?: { text: string; datetime: string };
  /** The flags of the briefing's countries. */
  flag?: string;
  status?: { id: string; label: string };
  /** The excerpt around the words searched for, as safe HTML; or, without a query, the summary as text. */
  text: { html: string } | { plain: string };
}

/** A result's link: Pagefind adds `?highlight=<terms>` for the briefing page's highlighter, and an empty one to a filter-only search, which is dropped. */
export function resultHref(url: string): string {
  return url.replace(/\?highlight=(?=#|$)/, '');
}

/** Pagefind's excerpts are escaped text with <mark> around matches; keep only those tags, whatever the content. */
export function safeExcerpt(html: string): string {
  return html.replace(/<(?!\/?mark>)[^>]*>/gi, '');
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** The excerpt as safe HTML, with an ellipsis where it starts or ends inside the page's text. */
export function excerptHtml(fragment: Pick<PagefindFragment, 'excerpt' | 'content'>): string {
  const html = safeExcerpt(fragment.excerpt);
  const plain = html
    .replace(/<\/?mark>/g, '')
    .replace(/&[^;]+;/g, ' ')
    .trim();
  const content = words(fragment.content ?? '');
  const excerpt = words(plain);
  const atStart = excerpt.length > 0 && content.slice(0, 3).join(' ') === excerpt.slice(0, 3).join(' ');
  const atEnd = excerpt.length > 0 && content.slice(-3).join(' ') === excerpt.slice(-3).join(' ');
  return `${atStart ? '' : '…\u00a0'}${html}${atEnd ? '' : '\u00a0…'}`;
}

/** The result for a search for `query` (empty for a filter-only search, which shows summaries). */
export function resultView(fragment: PagefindFragment, query: string): ResultView {
  const { meta } = fragment;
  return {
    href: resultHref(fragment.url),
    title: meta.title ?? fragment.url,
    ...(meta.date ? { date: { text: meta.date, datetime: meta.datetime ?? '' } } : {}),
    ...(meta.flag ? { flag: meta.flag } : {}),
    ...(meta.status ? { status: { id: meta.status, label: fragment.filters.status?.[0] ?? meta.status } } : {}),
    text: query && fragment.excerpt ? { html: excerptHtml(fragment) } : { plain: meta.summary ?? '' },
  };
}
