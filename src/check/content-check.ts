/**
 * Checks every content file against the content model and the MDX policy, and
 * returns every problem at once. `npm run check` prints them; the build runs
 * the same function first and refuses to build while any remain.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkBody, renderBody, type RenderedBody } from '../render/body.ts';
import { countryRegistry } from '../data/countries.ts';
import { parseSource, parseYaml, type ParsedSource } from './frontmatter.ts';
import { handoff } from '../cache/handoff.ts';
import type { Problem } from './problems.ts';
import { createRegistry, findUnknownReferences, normaliseName, suggestId, type IdRegistry } from './references.ts';

/** The part of a Zod schema the check needs; the schemas themselves live in src/content.config.ts. */
export interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
  input?: unknown;
}

interface BriefingFields {
  title: string;
  date: string;
  updated?: string;
  actors: string[];
  countries: string[];
  places: { country: string }[];
  sources: { url: string }[];
}

interface ActorFields {
  name: string;
  aliases: string[];
  country?: string;
}

export interface CheckOptions {
  root: string;
  dirs: { briefings: string; actors: string; countries: string };
  schemas: { briefing: Schema<BriefingFields>; actor: Schema<ActorFields>; countryNote: Schema<unknown> };
  /** Today as YYYY-MM-DD; briefings dated later are refused. */
  today: string;
  /**
   * A file in which to keep, between runs, what each briefing file gave on its
   * own (its checked fields and the problems found in it), keyed by the file's
   * text and by the code that checks it. Unchanged briefings are then not parsed
   * again; the checks across files (references, duplicates, dates) always run.
   */
  cacheFile?: string;
  /**
   * Keep each valid briefing's parsed front matter and rendered body in memory
   * for the briefings loader (takeCheckedBriefing), so that a build parses and
   * renders each file once rather than twice.
   */
  shareRendered?: boolean;
}

export const BRIEFING_FILE = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;
const ACTOR_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/;
const COUNTRY_FILE = /^[a-z]{2}\.yaml$/;

interface ContentFile {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  name: string;
  text?: string;
  problems: Problem[];
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export async function checkContent(options: CheckOptions): Promise<Problem[]> {
  const [briefingFiles, actorFiles, countryFiles] = await Promise.all([
    readDir(options, options.dirs.briefings, BRIEFING_FILE, 'YYYY-MM-DD-short-title.mdx, such as 2024-11-04-north-korean-troops-kursk.mdx'),
    readDir(options, options.dirs.actors, ACTOR_FILE, 'the actor id and .yaml, such as rustem-umerov.yaml'),
    readDir(options, options.dirs.countries, COUNTRY_FILE, 'the lowercase ISO code and .yaml, such as ua.yaml'),
  ]);
  const problems = [...briefingFiles, ...actorFiles, ...countryFiles].flatMap((f) => f.problems);

  const countries = createRegistry(countryRegistry().map((c) => ({ id: c.id, names: [c.name, c.officialName, ...c.aliases, ...c.demonyms] })));
  for (const f of countryFiles) {
    if (f.text === undefined) continue;
    const id = f.name.replace(/\.yaml$/, '');
    if (!countries.ids.has(id)) problems.push(unknownReference(f.file, undefined, 'country', id, countries, 'the file name'));
    problems.push(...validateYamlFile(f, f.text, options.schemas.countryNote).problems);
  }

  const actors = new Map<string, { file: string; data: ActorFields; parsed: Omit<ParsedSource, 'body' | 'bodyLine'> }>();
  for (const f of actorFiles) {
    if (f.text === undefined) continue;
    const { data, parsed, problems: found } = validateYamlFile(f, f.text, options.schemas.actor);
    problems.push(...found);
    if (data) actors.set(f.name.replace(/\.yaml$/, ''), { file: f.file, data, parsed });
  }
  handoff.actorNames = new Map([...actors].map(([id, a]) => [id, a.data.name]));
  const actorRegistry = createRegistry([...actors].map(([id, a]) => ({ id, names: [a.data.name, ...a.data.aliases] })));
  problems.push(...duplicateActorNames(actors));
  for (const { file, data, parsed } of actors.values()) {
    for (const ref of findUnknownReferences(data, actorRegistry, countries)) {
      problems.push(unknownReference(file, parsed.locate(ref.path), ref.kind, ref.id, countries, fieldPath(ref.path)));
    }
  }

  const briefings: { file: string; data: BriefingFields }[] = [];
  const cache = await openCache(options);
  const checkedFiles = await checkBriefingFiles(options, briefingFiles, cache);
  for (const f of briefingFiles) {
    if (f.text === undefined) continue;
    const text = f.text;
    const checked = checkedFiles.get(f.file)!;
    problems.push(...checked.problems);
    const data = checked.data;
    if (!data) continue;
    briefings.push({ file: f.file, data });
    // Positions are only needed to report a problem, so a file whose results came from the cache is parsed again only then.
    let parsed: ParsedSource | undefined;
    const locate = (path: readonly PropertyKey[]) => (parsed ??= parseSource(text)).locate(path);
    for (const ref of findUnknownReferences(data, actorRegistry, countries)) {
      const registry = ref.kind === 'actor' ? actorRegistry : countries;
      problems.push(unknownReference(f.file, locate(ref.path), ref.kind, ref.id, registry, fieldPath(ref.path)));
    }
    for (const field of ['date', 'updated'] as const) {
      const value = data[field];
      if (value !== undefined && value > options.today) {
        problems.push({
          file: f.file,
          ...locate([field]),
          rule: 'briefing/future-date',
          message: `\`${field}\` ${value} is in the future (today is ${options.today})`,
          hint: 'Use the date on which the event happened or was announced.',
        });
      }
    }
    const urls = data.sources.map((s) => s.url);
    urls.forEach((url, i) => {
      if (urls.indexOf(url) !== i) {
        problems.push({ file: f.file, ...locate(['sources', i, 'url']), rule: 'briefing/duplicate-source', message: `source ${i + 1} repeats source ${urls.indexOf(url) + 1} (${url})`, hint: 'Cite each page once and refer to it by its number.' });
      }
    });
  }
  problems.push(...duplicateBriefings(briefings));
  handoff.checkedFrontMatter.set(join(options.root, options.dirs.briefings), new Map(briefings.map((b) => [b.file.split('/').pop()!, b.data])));
  await cache?.save(briefingFiles.map((f) => f.file));
  return problems;
}

// ---------------------------------------------------------------------------
// One briefing file on its own, parsed once per process and, with a cache
// file, once per change. A 10,000-briefing build spends most of its content
// time here, so the work is shared three ways: with later runs (the cache
// file), with the briefings loader in the same build (takeCheckedBriefing) and
// with the post-build audit (readBriefingData).

/** What one briefing file gives on its own: its checked fields, or the problems in it. */
interface CheckedBriefing {
  /** sha1 of the file's text. */
  hash: string;
  data?: BriefingFields;
  problems: Problem[];
}

/** A valid briefing as parsed and rendered by the check, kept for the loader. */
export interface SharedBriefing {
  /** The front matter as parsed, before the schema. */
  data: unknown;
  sourceCount: number;
  rendered: RenderedBody;
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * Checks each briefing file on its own: from the memo or the cache when its
 * text was checked before, otherwise by parsing and rendering it, spread over
 * worker threads when there are many (see prepareAll).
 */
async function checkBriefingFiles(options: CheckOptions, files: readonly ContentFile[], cache: CheckCache | undefined): Promise<Map<string, CheckedBriefing>> {
  let memo = handoff.checkMemo.get(options.schemas.briefing) as Map<string, CheckedBriefing> | undefined;
  if (!memo) handoff.checkMemo.set(options.schemas.briefing, (memo = new Map()));
  const results = new Map<string, CheckedBriefing>();
  const misses: { file: string; text: string; hash: string }[] = [];
  for (const f of files) {
    if (f.text === undefined) continue;
    const hash = sha1(f.text);
    const abs = join(options.root, f.file);
    let result = memo.get(abs);
    if (result?.hash !== hash) result = cache?.get(f.file, hash);
    if (result?.hash === hash) results.set(f.file, result);
    else misses.push({ file: f.file, text: f.text, hash });
  }
  const prepared = await prepareAll(misses.map((m) => m.text), options.shareRendered === true);
  misses.forEach(({ file, text, hash }, i) => {
    const ready = prepared[i]!;
    // Positions are only needed for a problem in the front matter; the full YAML document is parsed again only then.
    let full: ParsedSource | undefined;
    const parsed: ParsedSource = { data: ready.data, body: '', bodyLine: ready.bodyLine, yamlErrors: ready.yamlErrors, locate: (path) => (full ??= parseSource(text)).locate(path) };
    const found = frontmatterProblems(file, parsed, options.schemas.briefing);
    const sourceCount = found.data?.sources.length;
    // The body was rendered with the number of sources the front matter lists; the schema decides whether that number counts.
    const body = sourceCount === ready.sourceCount ? ready.rendered : (options.shareRendered ? renderBody : checkBody)(text, sourceCount);
    const problems = [...found.problems];
    for (const v of body.violations) problems.push({ file, line: v.line, column: v.column, rule: v.rule, message: v.message, hint: v.hint });
    const result: CheckedBriefing = { hash, data: found.data, problems };
    if (options.shareRendered && found.data && !problems.length) {
      handoff.checkedBriefings.set(text, { data: ready.data, sourceCount: sourceCount!, rendered: body });
    }
    results.set(file, result);
  });
  for (const [file, result] of results) {
    const abs = join(options.root, file);
    memo.set(abs, result);
    cache?.set(file, result);
  }
  return results;
}

/** A briefing parsed and rendered, without the schema: the part of the check that can run on another thread. */
export interface PreparedBriefing {
  data: unknown;
  yamlErrors: ParsedSource['yamlErrors'];
  bodyLine: number;
  /** The number of sources the front matter lists, if it parsed and lists any. */
  sourceCount: number | undefined;
  rendered: RenderedBody;
}

/** Parses and renders one briefing file (without writing its HTML unless `html`). Exported for the check's worker threads. */
export function prepareBriefing(text: string, html = true): PreparedBriefing {
  const parsed = parseSource(text);
  const sources = (parsed.data as { sources?: unknown } | null | undefined)?.sources;
  const sourceCount = parsed.yamlErrors.length === 0 && Array.isArray(sources) ? sources.length : undefined;
  return { data: parsed.data, yamlErrors: parsed.yamlErrors, bodyLine: parsed.bodyLine, sourceCount, rendered: (html ? renderBody : checkBody)(text, sourceCount) };
}

/** Below this many files to parse, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 400;
const BATCH = 50;

// Each worker imports this module (Node runs TypeScript natively) and prepares the batches it is sent.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.module).then(({ prepareBriefing }) => {
  parentPort.on('message', ({ start, texts, html }) => parentPort.postMessage({ start, results: texts.map((text) => prepareBriefing(text, html)) }));
  parentPort.postMessage({ ready: true });
});
`;

/**
 * prepareBriefing for every text, in order. With many texts and more than one
 * core, worker threads and this thread take batches from one queue; a worker
 * that cannot start or fails leaves its batches to this thread, so the result
 * is the same either way.
 */
async function prepareAll(texts: readonly string[], html: boolean): Promise<PreparedBriefing[]> {
  const out: (PreparedBriefing | undefined)[] = new Array(texts.length);
  const url = new URL(import.meta.url);
  const workerCount = texts.length >= PARALLEL_FROM && url.protocol === 'file:' && process.env.SITREP_CHECK_THREADS !== '0' ? Math.min(availableParallelism() - 1, 3) : 0;
  let next = 0;
  const take = (): [number, number] | undefined => {
    if (next >= texts.length) return undefined;
    const start = next;
    next = Math.min(texts.length, next + BATCH);
    return [start, next];
  };
  const workers = Array.from({ length: Math.max(0, workerCount) }, () => {
    return new Promise<void>((resolve) => {
      let worker: Worker;
      try {
        worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module: url.href } });
      } catch {
        resolve();
        return;
      }
      const send = () => {
        const batch = take();
        if (!batch) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage({ start: batch[0], texts: texts.slice(batch[0], batch[1]), html });
      };
      worker.on('message', (message: { ready?: true; start?: number; results?: PreparedBriefing[] }) => {
        message.results?.forEach((result, k) => (out[message.start! + k] = result));
        send();
      });
      // Whatever it was given and did not return is prepared below.
      worker.on('error', () => resolve());
      worker.on('exit', () => resolve());
    });
  });
  const local = (async () => {
    for (let batch = take(); batch; batch = take()) {
      for (let i = batch[0]; i < batch[1]; i++) out[i] = prepareBriefing(texts[i]!, html);
      // Let the workers' messages in between batches.
      if (workers.length) await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  await Promise.all([local, ...workers]);
  for (let i = 0; i < texts.length; i++) out[i] ??= prepareBriefing(texts[i]!, html);
  return out as PreparedBriefing[];
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

/** Each actor's name as the last check in this process validated it, by id. */
export function checkedActorNames(): ReadonlyMap<string, string> {
  return handoff.actorNames;
}

/** Drops what the loader did not take (files it had cached already). */
export function releaseCheckedBriefings(): void {
  handoff.checkedBriefings.clear();
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
  const toRecord = (name: string, data: unknown) => ({ id: name.replace(/\.mdx$/, ''), file: relative(root, join(abs, name)).split('\\').join('/'), data: data as BriefingData });
  const snapshot = handoff.checkedFrontMatter.get(abs);
  if (snapshot) return [...snapshot].map(([name, data]) => toRecord(name, data));
  const names = (await readdir(abs).catch(() => [])).filter((name) => BRIEFING_FILE.test(name)).sort();
  const records = await Promise.all(names.map(async (name) => toRecord(name, parseSource(await readFile(join(abs, name), 'utf8')).data)));
  return records.filter((r) => r.data !== null && typeof r.data === 'object');
}

/** A briefing's front matter as readBriefingData returns it. */
export type BriefingData = Record<string, unknown> & { date: string; actors?: string[]; countries?: string[]; draft?: boolean };

interface CheckCache {
  get(file: string, hash: string): CheckedBriefing | undefined;
  set(file: string, result: CheckedBriefing): void;
  /** Writes the cache, keeping only `files`, if anything changed. */
  save(files: readonly string[]): Promise<void>;
}

interface CacheFileContents {
  /** Hash of the code that produced the entries: when it changes, the entries are dropped. */
  code: string;
  entries: Record<string, CheckedBriefing>;
}

/**
 * The code whose behaviour the cached results depend on: every module of
 * src/lib, the content model, the site config and the lockfile (the versions
 * of Zod, Sätteri and the YAML parser). Undefined when the sources cannot be
 * read (the module was bundled), which disables the cache.
 */
async function codeKey(root: string): Promise<string | undefined> {
  const here = new URL('.', import.meta.url);
  if (here.protocol !== 'file:') return undefined;
  const lib = fileURLToPath(here);
  try {
    const libFiles = (await readdir(lib)).filter((name) => name.endsWith('.ts')).sort().map((name) => join(lib, name));
    const files = [...libFiles, join(lib, '../content.config.ts'), join(lib, '../site.config.ts'), join(root, 'package-lock.json')];
    const hash = createHash('sha1').update('sitrep-content-check\n');
    for (const file of files) hash.update(`${file}\n`).update(existsSync(file) ? await readFile(file) : '');
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

async function openCache(options: CheckOptions): Promise<CheckCache | undefined> {
  if (!options.cacheFile) return undefined;
  const cacheFile = options.cacheFile;
  const code = await codeKey(options.root);
  if (!code) return undefined;
  let entries: Record<string, CheckedBriefing> = {};
  try {
    const contents = JSON.parse(await readFile(cacheFile, 'utf8')) as CacheFileContents;
    if (contents.code === code) entries = contents.entries;
  } catch {
    // No cache yet, or an unreadable one: start afresh.
  }
  let changed = false;
  return {
    get: (file, hash) => (entries[file]?.hash === hash ? entries[file] : undefined),
    set(file, result) {
      // The same text checked by the same code gives the same result.
      if (entries[file]?.hash !== result.hash) {
        entries[file] = result;
        changed = true;
      }
    },
    async save(files) {
      const keep = new Set(files);
      for (const file of Object.keys(entries)) {
        if (!keep.has(file)) {
          delete entries[file];
          changed = true;
        }
      }
      if (!changed) return;
      try {
        await mkdir(join(cacheFile, '..'), { recursive: true });
        const temp = `${cacheFile}.${process.pid}.tmp`;
        await writeFile(temp, JSON.stringify({ code, entries } satisfies CacheFileContents));
        await rename(temp, cacheFile);
      } catch {
        // A cache that cannot be written only costs time on the next run.
      }
    },
  };
}

async function readDir(options: CheckOptions, dir: string, pattern: RegExp, expected: string): Promise<ContentFile[]> {
  const abs = join(options.root, dir);
  const names = (await readdir(abs, { withFileTypes: true }).catch(() => []))
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = relative(options.root, join(abs, name)).split('\\').join('/');
      if (!pattern.test(name)) {
        return { file, name, problems: [{ file, rule: 'file/name', message: `\`${name}\` does not follow the naming pattern, so it would not be published`, hint: `Name it ${expected}.` }] };
      }
      const bytes = await readFile(join(abs, name));
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        if (text.replace(/^\uFEFF/, '').trim() === '') {
          return { file, name, problems: [{ file, rule: 'file/empty', message: 'the file is empty', hint: 'Fill it in (`npm run new` writes a valid skeleton) or delete it.' }] };
        }
        return { file, name, text, problems: [] };
      } catch {
        return { file, name, problems: [{ file, rule: 'file/encoding', message: 'the file is not valid UTF-8', hint: 'Save it as UTF-8 (in most editors: "Save with encoding" → UTF-8).' }] };
      }
    }),
  );
}

function validateYamlFile<T>(f: ContentFile, text: string, schema: Schema<T>) {
  const parsed = parseYaml(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const found = frontmatterProblems(f.file, { ...parsed, body: '', bodyLine: 1 }, schema, 'yaml');
  return { ...found, parsed };
}

function frontmatterProblems<T>(file: string, parsed: ParsedSource, schema: Schema<T>, kind: 'frontmatter' | 'yaml' = 'frontmatter'): { data?: T; problems: Problem[] } {
  if (parsed.yamlErrors.length) {
    return {
      problems: parsed.yamlErrors.map((e) => ({ file, line: e.line, column: e.column, rule: `${kind}/yaml`, message: `YAML syntax error: ${e.message}`, hint: 'Check indentation and quoting; put text containing a colon in quotes.' })),
    };
  }
  if (parsed.data === undefined || parsed.data === null) {
    return { problems: [{ file, line: 1, column: 1, rule: `${kind}/missing`, message: kind === 'frontmatter' ? 'the file has no front matter' : 'the file has no fields', hint: kind === 'frontmatter' ? 'Start the file with a `---` line, the fields, and another `---` line; `npm run new` writes a valid skeleton.' : 'Add the fields listed in CONTRIBUTING.md.' }] };
  }
  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data, problems: [] };
  return { problems: result.error.issues.flatMap((issue) => issueProblems(file, parsed, issue, kind)) };
}

function issueProblems(file: string, parsed: ParsedSource, issue: SchemaIssue, kind: string): Problem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return (issue.keys ?? []).map((key) => ({
      file,
      ...parsed.locate([...path, key]),
      rule: `${kind}/unknown-field`,
      message: `unknown field \`${fieldPath([...path, key])}\``,
      hint: 'Remove it or correct its spelling; CONTRIBUTING.md lists the fields.',
    }));
  }
  const where = parsed.locate(path);
  // An absent enum field (`status`, `kind`) comes as `invalid_value`, not `invalid_type`.
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && valueAt(parsed.data, path) === undefined) {
    return [{ file, ...where, rule: `${kind}/missing-field`, message: `missing required field \`${fieldPath(path)}\``, hint: 'Add it; CONTRIBUTING.md lists the fields and shows an example.' }];
  }
  return [{ file, ...where, rule: `${kind}/invalid-value`, message: `\`${fieldPath(path) || '(front matter)'}\` ${lowerFirst(issue.message)}`, hint: 'CONTRIBUTING.md lists each field and its format.' }];
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), data);
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

export function fieldPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function unknownReference(file: string, where: { line: number; column: number } | undefined, kind: 'actor' | 'country', id: string, registry: IdRegistry, field: string): Problem {
  const suggestion = suggestId(id, registry);
  const fix = kind === 'actor' ? `add src/content/actors/${id}.yaml if it is a new actor` : 'use a lowercase ISO 3166-1 alpha-2 code';
  return {
    file,
    ...where,
    rule: `reference/unknown-${kind}`,
    message: `unknown ${kind} \`${id}\` in \`${field}\``,
    hint: suggestion ? `Did you mean \`${suggestion}\`? Otherwise ${fix}.` : `${fix[0]!.toUpperCase()}${fix.slice(1)}.`,
  };
}

function duplicateActorNames(actors: Map<string, { file: string; data: ActorFields; parsed: { locate: ParsedSource['locate'] } }>): Problem[] {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const [id, { file, data, parsed }] of actors) {
    const names = [data.name, ...data.aliases];
    names.forEach((name, i) => {
      const key = normaliseName(name);
      const other = owner.get(key);
      if (other && other !== id) {
        problems.push({ file, ...parsed.locate(i === 0 ? ['name'] : ['aliases', i - 1]), rule: 'actor/duplicate-name', message: `\`${name}\` is already a name of actor \`${other}\``, hint: `If they are the same actor, keep one file and list the other spelling in its aliases.` });
      } else owner.set(key, id);
    });
  }
  return problems;
}

/** The same story filed twice: an identical title, or the same slug under another date. */
function duplicateBriefings(briefings: { file: string; data: BriefingFields }[]): Problem[] {
  const problems: Problem[] = [];
  const byTitle = new Map<string, string>();
  const bySlug = new Map<string, string>();
  for (const { file, data } of briefings) {
    const title = normaliseName(data.title);
    const slug = file.split('/').pop()!.replace(/^\d{4}-\d{2}-\d{2}-/, '');
    const sameTitle = byTitle.get(title);
    const sameSlug = bySlug.get(slug);
    if (sameTitle) {
      problems.push({ file, rule: 'briefing/duplicate', message: `has the same title as ${sameTitle}`, hint: 'Correct the existing briefing instead of filing it again, or give this one a distinct title.' });
    } else if (sameSlug) {
      problems.push({ file, rule: 'briefing/duplicate', message: `has the same id as ${sameSlug} under another date`, hint: 'Correct the existing briefing instead of filing it again, or rename this file.' });
    }
    byTitle.set(title, byTitle.get(title) ?? file);
    bySlug.set(slug, bySlug.get(slug) ?? file);
  }
  return problems;
}
