import { site } from '../site.config.ts';

const dayFormat = new Intl.DateTimeFormat(site.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(site.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });

const formattedDays = new Map<string, string>();

/**
 * "2024-11-04" → "4 November 2024". Dates are calendar days, so they are read as UTC to avoid shifting.
 * Remembered, because a build of 10,000 briefings formats about a thousand days over a hundred thousand times.
 */
export function formatDate(iso: string): string {
  let formatted = formattedDays.get(iso);
  if (formatted === undefined) formattedDays.set(iso, (formatted = dayFormat.format(new Date(`${iso}T00:00:00Z`))));
  return formatted;
}

/** "2024-11" → "November 2024". */
export function formatMonth(key: string): string {
  return monthFormat.format(new Date(`${key}-01T00:00:00Z`));
}
