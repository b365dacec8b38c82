/** The chronological index: briefings grouped by month, and within a month by day. */

export interface Dated {
  id: string;
  data: { date: string; title: string };
}

export interface Month<B extends Dated> {
  /** "2024-11" */
  key: string;
  year: string;
  month: string;
  /** Newest day first; within a day, newest-first order is kept. */
  days: { date: string; briefings: B[] }[];
  count: number;
}

/** Groups a newest-first list by month and day, keeping its order. */
export function groupByMonth<B extends Dated>(newestFirst: readonly B[]): Month<B>[] {
  const months: Month<B>[] = [];
  for (const briefing of newestFirst) {
    const date = briefing.data.date;
    const key = date.slice(0, 7);
    let month = months.at(-1);
    if (month?.key !== key) {
      month = { key, year: date.slice(0, 4), month: date.slice(5, 7), days: [], count: 0 };
      months.push(month);
    }
    let day = month.days.at(-1);
    if (day?.date !== date) {
      day = { date, briefings: [] };
      month.days.push(day);
    }
    day.briefings.push(briefing);
    month.count++;
  }
  return months;
}

/**
 * The months shown on /timeline/: the newest ones, up to about `limit`
 * briefings, so the page stays small however large the archive grows.
 */
export function recentMonths<B extends Dated>(months: readonly Month<B>[], limit: number): Month<B>[] {
  const shown: Month<B>[] = [];
  let total = 0;
  for (const month of months) {
    if (shown.length && total + month.count > limit) break;
    shown.push(month);
    total += month.count;
  }
  return shown;
}
