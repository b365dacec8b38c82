/**
 * The corrections log: every correction and update of the published
 * briefings, newest first, as `/corrections/` lists it and its feeds carry it.
 *
 * Each entry points at its own element on the briefing page (a correction's
 * line in the corrections box, or the "Updated" date), and that address is the
 * entry's id in both feeds, so it must not change while the entry stands: a
 * correction is numbered among the briefing's corrections of the same day, in
 * the order the file lists them, not among all of them, so that adding a
 * correction on another day never renumbers it.
 */
import { link } from '../routes.ts';
import { site } from '../site.config.ts';
import { utcDay, type Feed, type FeedChannel } from './feeds.ts';

export interface CorrectedBriefing {
  id: string;
  data: { title: string; updated?: string | undefined; corrections: readonly { date: string; text: string }[] };
}

export interface LogEntry {
  kind: 'correction' | 'update';
  /** `YYYY-MM-DD`. */
  date: string;
  /** What changed, in the desk's words. */
  text: string;
  /** The title of the briefing it changed. */
  briefingTitle: string;
  /** The entry on the briefing page, under the base. */
  href: string;
}

export const kindLabels: Record<LogEntry['kind'], string> = { correction: 'Correction', update: 'Update' };

/** What the log says of an update: the briefing records only its date, and a fix would have been a correction. */
export const UPDATE_TEXT = 'The briefing was updated; no correction was recorded.';

/** The element id of each of a briefing's corrections, in the order given: `correction-2024-11-07-1`, `-2` for a second that day. */
export function correctionAnchors(corrections: readonly { date: string }[]): string[] {
  const perDay = new Map<string, number>();
  return corrections.map(({ date }) => {
    const n = (perDay.get(date) ?? 0) + 1;
    perDay.set(date, n);
    return `correction-${date}-${n}`;
  });
}

/** The element id of a briefing's "Updated" date. */
export const updateAnchor = (date: string) => `updated-${date}`;

/** A briefing's entries: each correction, and its update unless a correction of the same day says what it was. */
function entriesOf(b: CorrectedBriefing): LogEntry[] {
  const briefingTitle = b.data.title;
  const at = (anchor: string) => `${link.briefing(b.id)}#${anchor}`;
  const anchors = correctionAnchors(b.data.corrections);
  const entries = b.data.corrections.map(({ date, text }, i): LogEntry => ({ kind: 'correction', date, text, briefingTitle, href: at(anchors[i]!) }));
  const { updated } = b.data;
  if (updated && !b.data.corrections.some((c) => c.date === updated)) {
    entries.push({ kind: 'update', date: updated, text: UPDATE_TEXT, briefingTitle, href: at(updateAnchor(updated)) });
  }
  return entries;
}

/**
 * Every entry of `briefings` (the published ones, newest first, as the site
 * index holds them), newest first; entries of the same day keep the order of
 * their briefings and, within one, of its file.
 */
export function correctionLog(briefings: readonly CorrectedBriefing[]): LogEntry[] {
  // Array.prototype.sort is stable, so ties keep the order they were made in.
  return briefings.flatMap(entriesOf).sort((a, b) => b.date.localeCompare(a.date));
}

export const correctionsFeedChannel = (): FeedChannel => ({
  title: `Corrections · ${site.name}`,
  description: `Every correction and update of a ${site.name} briefing, newest first.`,
  page: link.corrections(),
  rss: link.correctionsFeed(),
  json: link.correctionsJsonFeed(),
});

/** The latest entries (`pageSizes.feed`), one item each; the log page has them all. */
export function correctionsFeed(log: readonly LogEntry[]): Feed {
  const shown = log.slice(0, site.pageSizes.feed);
  return {
    ...correctionsFeedChannel(),
    // The log is newest first.
    lastBuildDate: shown[0] && utcDay(shown[0].date),
    items: shown.map((entry) => ({
      title: `${kindLabels[entry.kind]}: ${entry.briefingTitle}`,
      link: entry.href,
      published: utcDay(entry.date),
      summary: entry.text,
      tags: [kindLabels[entry.kind]],
    })),
  };
}
