/** Newest first; on the same day, by title so the order is stable. */
export function byNewest(a: { id: string; data: { date: string; title: string } }, b: { id: string; data: { date: string; title: string } }): number {
  return b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id);
}
