import { site } from '../site.config.ts';

const dayFormat = new Intl.DateTimeFormat(site.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(site.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortFormat = new Intl.DateTimeFormat(site.locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2024-11-04" → "4 November 2024". Dates are calendar days, so they are read as UTC to avoid shifting. */
export function formatDate(iso: string): string {
  return dayFormat.format(new Date(`${iso}T00:00:00Z`));
}

export function formatShortDate(iso: string): string {
  return shortFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** "2024-11" → "November 2024". */
export function formatMonth(key: string): string {
  return monthFormat.format(new Date(`${key}-01T00:00:00Z`));
}
