/**
 * Loads briefings and renders their bodies to HTML in the content layer, once
 * per file and cached by digest (src/cache/body-cache.ts, outside the data
 * store). Astro's glob() would compile each .mdx file into a JavaScript module
 * instead: slow at thousands of files, and the opposite of what a body that
 * may not contain code needs. When all are loaded, it hands the search index
 * parts to the Pagefind integration.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import pLimit from 'p-limit';
import { codeHash } from '../cache/code-hash.ts';
import { readingMinutes, renderBody } from '../render/body.ts';
import { BodyCache, readBody } from '../cache/body-cache.ts';
import { unparseableBody } from '../check/body-guard.ts';
import { BRIEFING_FILE, checkedActorNames, releaseCheckedBriefings, takeCheckedBriefing, takeCheckedText } from '../check/index.ts';
import { checkedCountryAliases } from '../check/shared.ts';
import { countryRegistry } from '../data/countries.ts';
import { parseSource } from '../check/frontmatter.ts';
import { ContentError, type Problem } from '../check/problems.ts';
import { checkedPlaces, handoff } from '../cache/handoff.ts';
import { searchParts, type RecordCountry, type StoredBriefing } from '../search/index/record.ts';

const filesAtOnce = pLimit(64);

export function briefingsLoader(dir: string): Loader {
  return {
    name: 'sitrep-briefings',
    async load({ store, parseData, generateDigest, config, watcher, logger }) {
      const root = fileURLToPath(config.root);
      const base = join(root, dir);
      // Beside the data store, which Astro keeps in .astro/ for the dev server and in the cache directory for a
      // build (only the dev server has a watcher), so that a build never prunes bodies a running dev server reads.
      const bodies = new BodyCache(watcher ? join(root, '.astro') : fileURLToPath(config.cacheDir));
      // A body's digest covers its source and the code that renders it, so a change to the renderer, a
      // component or a label it shows renders every body again, and the pages that show them.
      const renderer = codeHash([join(root, 'src/render/body.ts')]);

      async function sync(name: string): Promise<Problem[]> {
        const id = name.replace(/\.mdx$/, '');
        const filePath = join(base, name);
        const file = relative(root, filePath).split('\\').join('/');
        // The text the content check read at the start of this build, so that what is built is what was checked;
        // from disk when there is none (a change under the dev server, `astro sync`).
        const text = takeCheckedText(filePath) ?? (await readFile(filePath, 'utf8'));
        const digest = String(generateDigest(`${renderer}\n${text}`));
        const entry = store.get(id);
        const stored = entry?.digest === digest;
        // The body must be where this build looks for it: the file may be gone, or the project may have moved.
        if (stored && entry.rendered?.metadata?.bodyFile === bodies.fileFor(digest) && bodies.has(digest)) return [];
        // Astro keeps an entry whose digest it already has, so an entry being redone must go first.
        if (stored) store.delete(id);
        // The content check at the start of the build has usually parsed and rendered this very text already.
        const checked = takeCheckedBriefing(text);
        const parsed = checked ?? parseSource(text);
        const data = await parseData({ id, data: (parsed.data ?? {}) as Record<string, unknown>, filePath: file });
        const sourceCount = (data.sources as unknown[]).length;
        // Under the dev server a changed file reaches here unchecked: never hand the parser a body that would hang it.
        const blocked = checked ? undefined : unparseableBody(text);
        const body = blocked
          ? { html: '', words: 0, violations: [blocked] }
          : checked?.sourceCount === sourceCount
            ? checked.rendered
            : renderBody(text, sourceCount);
        if (body.violations.length) {
          return body.violations.map((v) => ({ file, line: v.line, column: v.column, rule: v.rule, message: v.message, hint: v.hint }));
        }
        // Neither the MDX source nor the HTML goes into the store, which Astro writes, bundles into the
        // build and loads again: the HTML is in the body cache, and `rendered` says where (see BriefingBody).
        const bodyFile = await bodies.write(digest, body.html);
        store.set({
          id,
          data,
          filePath: file,
          digest,
          // Claims travel as data for the page's JSON-LD (src/data/json-ld.ts), which reads no HTML.
          rendered: { html: '', metadata: { frontmatter: { minutesRead: readingMinutes(body.words) }, bodyFile, claims: body.claims ?? [] } },
        });
        return [];
      }

      const names = (await readdir(base)).filter((name) => BRIEFING_FILE.test(name));
      // A bounded number of files open at once: a year of briefings can be tens of thousands of them.
      const problems = (await filesAtOnce.map(names, sync)).flat();
      releaseCheckedBriefings();
      const ids = new Set(names.map((name) => name.replace(/\.mdx$/, '')));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      if (problems.length) throw new ContentError(problems);
      await bodies.keepOnly([...store.values()].map((entry) => String(entry.digest)));
      // The search index is built from these while the rest of the build runs (src/search/index/pagefind.ts).
      handoff.searchParts.send(
        searchParts(
          store.values() as Iterable<StoredBriefing>,
          { actors: checkedActorNames(), countries: recordCountries(checkedCountryAliases()), places: checkedPlaces() },
          (briefing) => readBody(briefing.rendered?.metadata?.bodyFile, briefing.id),
        ),
      );

      watcher?.add(base);
      // A briefing with problems keeps its last good entry. The content guard reports its problems, with those
      // the change causes in other files, in the terminal and the browser (src/integrations/dev-content.ts).
      const onChange = async (path: string) => {
        const name = relative(base, path);
        if (!BRIEFING_FILE.test(name)) return;
        try {
          await sync(name);
        } catch (error) {
          // Front matter the schema refuses is such a problem; anything else is not the writer's to fix.
          if (!isInvalidData(error)) logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      watcher?.on('change', onChange);
      watcher?.on('add', onChange);
      watcher?.on('unlink', (path) => store.delete(relative(base, path).replace(/\.mdx$/, '')));
    },
  };
}

/** Every country by code, as the search records need it: the registry's names with the aliases the desk's notes add. */
function recordCountries(noteAliases: ReadonlyMap<string, readonly string[]>): Map<string, RecordCountry> {
  return new Map(countryRegistry().map((c) => [c.id, { ...c, aliases: [...c.aliases, ...(noteAliases.get(c.id) ?? [])] }]));
}

/** Whether `parseData` refused an entry's data (Astro's InvalidContentEntryDataError). */
function isInvalidData(error: unknown): boolean {
  return error instanceof Error && error.name === 'InvalidContentEntryDataError';
}
