/**
 * The colours of the statuses in src/site.config.ts as CSS: each status sets
 * `--status-color` on whatever carries its `data-status` (badges, claims), with
 * its dark colour under a dark colour scheme. Status ids are slugs and colours
 * hex, both checked by the config's schema, so they can be written as they are.
 */
export interface StatusColours {
  readonly colour: { readonly light: string; readonly dark: string };
}

export function statusColourCss(statuses: Readonly<Record<string, StatusColours>>): string {
  const rules = (scheme: 'light' | 'dark') =>
    Object.entries(statuses)
      .map(([id, { colour }]) => `[data-status='${id}']{--status-color:${colour[scheme]}}`)
      .join('');
  return `${rules('light')}@media (prefers-color-scheme:dark){${rules('dark')}}`;
}
