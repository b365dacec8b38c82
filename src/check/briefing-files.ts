/**
 * Each briefing file on its own: its front matter against the schema and its
 * body against the MDX policy. A 10,000-briefing build spends most of its
 * content time here, so each text is checked once per process (the memo) and,
 * with a cache file, once per change; what is left is parsed and rendered on
 * worker threads when there is enough of it (workers.ts).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { CheckCache } from '../cache/check-cache.ts';
import { handoff } from '../cache/handoff.ts';
import type { ContentFile } from './files.ts';
import { parseSource, type ParsedSource } from './frontmatter.ts';
import { renderSafely } from './prepare.ts';
import type { Problem } from './problems.ts';
import { placeholderProblems } from './rules/placeholders.ts';
import { schemaProblems, type Schema } from './schema-problems.ts';
import { shareBriefing } from './shared.ts';
import { prepareAll, type ParallelOptions } from './workers.ts';

/** The fields of a valid briefing the checks across files read. */
export interface BriefingFields {
  title: string;
  date: string;
  updated?: string;
  actors: string[];
  countries: string[];
  places: string[];
  sources: { url: string }[];
  draft: boolean;
}

/** What one briefing file gives on its own: its checked fields, or the problems in it. */
export interface CheckedBriefing {
  /** sha1 of the file's text. */
  hash: string;
  data?: BriefingFields;
  problems: Problem[];
}

interface BriefingCheckOptions {
  root: string;
  schema: Schema<BriefingFields>;
  /** Keep each valid briefing's parse and render for the briefings loader (shared.ts). */
  shareRendered: boolean;
  parallel?: ParallelOptions;
}

/** Every readable briefing file, checked on its own, by its path relative to the root. */
export async function checkBriefingFiles(
  options: BriefingCheckOptions,
  files: readonly ContentFile[],
  cache: CheckCache<CheckedBriefing> | undefined,
): Promise<Map<string, CheckedBriefing>> {
  let memo = handoff.checkMemo.get(options.schema);
  if (!memo) handoff.checkMemo.set(options.schema, (memo = new Map()));
  const results = new Map<string, CheckedBriefing>();
  const misses: { file: string; text: string; hash: string }[] = [];
  for (const f of files) {
    if (f.text === undefined) continue;
    const hash = createHash('sha1').update(f.text).digest('hex');
    let result = memo.get(join(options.root, f.file));
    if (result?.hash !== hash) result = cache?.get(f.file, hash);
    if (result?.hash === hash) results.set(f.file, result);
    else misses.push({ file: f.file, text: f.text, hash });
  }
  const prepared = await prepareAll(
    misses.map((m) => m.text),
    options.shareRendered,
    options.parallel,
  );
  misses.forEach(({ file, text, hash }, i) => {
    const ready = prepared[i]!;
    // Positions are only needed for a problem in the front matter; the full YAML document is parsed again only then.
    let full: ParsedSource | undefined;
    const locate = (path: readonly PropertyKey[]) => (full ??= parseSource(text)).locate(path);
    const found = schemaProblems(file, { data: ready.data, yamlErrors: ready.yamlErrors, locate }, options.schema);
    const sourceCount = found.data?.sources.length;
    // The body was rendered with the number of sources the front matter lists; the schema decides whether that number counts.
    const body = sourceCount === ready.sourceCount ? ready.rendered : renderSafely(text, sourceCount, options.shareRendered);
    const problems = [...found.problems];
    for (const v of body.violations) problems.push({ file, line: v.line, column: v.column, rule: v.rule, message: v.message, hint: v.hint });
    if (found.data) problems.push(...placeholderProblems(file, found.data, text, locate));
    if (options.shareRendered && found.data && !problems.length) shareBriefing(text, { data: ready.data, sourceCount: sourceCount!, rendered: body });
    results.set(file, { hash, data: found.data, problems });
  });
  for (const [file, result] of results) {
    memo.set(join(options.root, file), result);
    cache?.set(file, result);
  }
  return results;
}
