/** briefing/future-date: a briefing cannot be dated, or updated, after today. */
import type { Locate } from '../frontmatter.ts';
import type { Problem } from '../problems.ts';

/** Today as YYYY-MM-DD, in UTC, as the check compares dates. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function futureDates(file: string, data: { date: string; updated?: string }, today: string, locate: Locate): Problem[] {
  return (['date', 'updated'] as const).flatMap((field) => {
    const value = data[field];
    if (value === undefined || value <= today) return [];
    return [
      {
        file,
        ...locate([field]),
        rule: 'briefing/future-date',
        message: `\`${field}\` ${value} is in the future (today is ${today})`,
        hint: 'Use the date on which the event happened or was announced.',
      },
    ];
  });
}
