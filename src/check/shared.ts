/**
 * What the check hands to the rest of the same build, through the handoff
 * (src/cache/handoff.ts), since Astro loads the check and its readers as
 * separate module instances:
 * - the briefings loader takes the text of each briefing file and each valid
 *   briefing's parse and render, so a build reads, parses and renders each
 *   file once, and the names and aliases of actors and the aliases of country
 *   notes, which the search records show and are found by;
 * - the post-build audit reads the front matter of what was checked.
 */
import { join, relative } from 'node:path';
import { handoff } from '../cache/handoff.ts';
import type { RenderedBody } from '../render/body.ts';
import type { RecordActor } from '../search/index/record.ts';
import { readContentDir, type ContentFile } from './files.ts';
import { parseSource, parseYaml } from './frontmatter.ts';
import { normaliseText } from './text.ts';
import type { ActorFields } from './yaml-files.ts';

/** A valid briefing as parsed and rendered by the check, kept for the loader. */
export interface SharedBriefing {
  /** The front matter as parsed, before the schema. */
  data: unknown;
  sourceCount: number;
  rendered: RenderedBody;
}

/** A briefing's front matter as readBriefingData returns it. */
type BriefingData = Record<string, unknown> & { date: string; actors?: string[]; countries?: string[]; draft?: boolean };

/**
 * The check hands over the text it read of each briefing file, by absolute
 * path: the loader then builds exactly what was checked, and a build reads
 * each of 10,000 files once rather than twice (about 1 s of CPU).
 */
export function shareTexts(root: string, files: readonly ContentFile[]): void {
  handoff.briefingTexts = new Map(files.flatMap((f) => (f.text === undefined ? [] : [[join(root, f.file), f.text] as const])));
}

/** The text of the briefing file at `path` as the check in this process read it, if it did; each is handed out once. */
export function takeCheckedText(path: string): string | undefined {
  const text = handoff.briefingTexts.get(path);
  handoff.briefingTexts.delete(path);
  return text;
}

export function shareBriefing(text: string, briefing: SharedBriefing): void {
  handoff.checkedBriefings.set(text, briefing);
}

/**
 * The check's parse and render of a valid briefing with exactly this text, if
 * it made one in this process; each is handed out once. The briefings loader
 * uses it so that a build does not parse and render every body twice.
 */
export function takeCheckedBriefing(text: string): SharedBriefing | undefined {
  const found = handoff.checkedBriefings.get(text);
  if (found) handoff.checkedBriefings.delete(text);
  return found;
}

/** Drops what the loader did not take (files it had cached already): a later change is read from disk. */
export function releaseCheckedBriefings(): void {
  handoff.checkedBriefings.clear();
  handoff.briefingTexts.clear();
}

/**
 * The check hands over the names of its valid actors and the aliases of the
 * country notes (the rest of a country's names are in the registry,
 * src/data/countries.ts). A note the schema refuses stops the build, so its
 * aliases are taken as they parse.
 */
export function shareNames(actors: ReadonlyMap<string, { data: Pick<ActorFields, 'name' | 'aliases'> }>, countryNotes: readonly ContentFile[]): void {
  handoff.actorNames = new Map([...actors].map(([id, { data }]) => [id, { name: data.name, aliases: data.aliases }]));
  handoff.countryAliases = new Map(
    countryNotes.flatMap((f) => {
      const aliases = f.text === undefined ? undefined : (parseYaml(normaliseText(f.text)).data as { aliases?: unknown } | null)?.aliases;
      return Array.isArray(aliases) ? [[f.name.replace(/\.yaml$/, ''), aliases.filter((a) => typeof a === 'string')] as const] : [];
    }),
  );
}

/** Each actor's name and aliases as the last check in this process validated them, by id. */
export function checkedActorNames(): ReadonlyMap<string, RecordActor> {
  return handoff.actorNames;
}

/** The aliases each country note added as the last check in this process read them, by country code. */
export function checkedCountryAliases(): ReadonlyMap<string, readonly string[]> {
  return handoff.countryAliases;
}

/** The checked front matter of every valid briefing in the absolute folder `dir`, by file name. */
export function shareFrontMatter(dir: string, byName: Map<string, unknown>): void {
  handoff.checkedFrontMatter.set(dir, byName);
}

/**
 * Every briefing file under `dir` with its front matter: as the content check
 * last read and validated them in this process (defaults applied), or else as
 * on disk now. Files whose front matter does not parse are left out. For the
 * post-build audit, which must know what this build published: the check at
 * the start of the build read exactly the files that were built.
 */
export async function readBriefingData(root: string, dir: string): Promise<{ id: string; file: string; data: BriefingData }[]> {
  const abs = join(root, dir);
  const toRecord = (name: string, data: unknown) => ({
    id: name.replace(/\.mdx$/, ''),
    file: relative(root, join(abs, name)).split('\\').join('/'),
    data: data as BriefingData,
  });
  const snapshot = handoff.checkedFrontMatter.get(abs);
  if (snapshot) return [...snapshot].map(([name, data]) => toRecord(name, data));
  const files = (await readContentDir(root, dir, 'briefings')).flatMap((f) => (f.text === undefined ? [] : [toRecord(f.name, parseSource(f.text).data)]));
  return files.filter((r) => r.data !== null && typeof r.data === 'object');
}
