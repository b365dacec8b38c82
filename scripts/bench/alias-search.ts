/**
 * Whether a search for an actor's alias finds the briefings tagged with the
 * actor (issue 17): the alias is in the briefings' index record only, as a
 * name, never in their text. Each query is a fresh load of /search/?q=…, as a
 * reader arriving from a shared link, and the count is the one the page's
 * status line shows (src/search/client/status-text.ts).
 */
import type { BrowserContext } from 'playwright-core';
import type { ActorAlias } from './corpus.ts';

/** How many aliases the browser measurement searches for. */
export const ALIAS_QUERIES = 5;

export interface AliasResult {
  name: string;
  alias: string;
  /** Briefings the status line says were found. */
  found: number;
  /** Published briefings tagged with the actor. */
  expected: number;
}

/** The aliases to search for: the first few of actors named in at least one published briefing. */
export function aliasQueries(aliases: readonly ActorAlias[]): ActorAlias[] {
  return aliases.filter((a) => a.published > 0).slice(0, ALIAS_QUERIES);
}

/** The number in "12 briefings found for “…”", 0 for "No briefings found", undefined for anything else. */
export function foundCount(status: string): number | undefined {
  if (/^No briefings found\b/.test(status)) return 0;
  const m = /^(\d+) briefings? found\b/.exec(status);
  return m ? Number(m[1]) : undefined;
}

export async function searchAliases(context: BrowserContext, origin: string, aliases: readonly ActorAlias[]): Promise<AliasResult[]> {
  const results: AliasResult[] = [];
  for (const { name, alias, published } of aliases) {
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/search/?q=${encodeURIComponent(alias)}`, { waitUntil: 'networkidle' });
      const status = page.locator('#search-status');
      await page
        .waitForFunction(() => /\bfound\b|could not be loaded/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, {
          timeout: 15_000,
        })
        .catch(() => undefined);
      const text = ((await status.textContent()) ?? '').trim();
      const found = foundCount(text);
      if (found === undefined) throw new Error(`bench: the search for “${alias}” ended with the status “${text}”`);
      results.push({ name, alias, found, expected: published });
    } finally {
      await page.close();
    }
  }
  return results;
}

/** The report's line: how many aliases found every tagged briefing (and no other), then each count. */
export function aliasLine(results: readonly AliasResult[]): string {
  const complete = results.filter((r) => r.found === r.expected).length;
  const each = results.map((r) => `${r.alias} ${r.found}/${r.expected}`).join(', ');
  return `alias queries                     ${complete}/${results.length} found every tagged briefing (${each})`;
}
