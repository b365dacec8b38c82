/**
 * Checks every content file against the content model and the MDX policy, and
 * returns every problem at once. `npm run check` prints them; the build runs
 * the same function first and refuses to build while any remain.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { renderBody } from './body.ts';
import { countryRegistry } from './countries.ts';
import { parseSource, parseYaml, type ParsedSource } from './frontmatter.ts';
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
  const actorRegistry = createRegistry([...actors].map(([id, a]) => ({ id, names: [a.data.name, ...a.data.aliases] })));
  problems.push(...duplicateActorNames(actors));
  for (const { file, data, parsed } of actors.values()) {
    for (const ref of findUnknownReferences(data, actorRegistry, countries)) {
      problems.push(unknownReference(file, parsed.locate(ref.path), ref.kind, ref.id, countries, fieldPath(ref.path)));
    }
  }

  const briefings: { file: string; data: BriefingFields }[] = [];
  for (const f of briefingFiles) {
    if (f.text === undefined) continue;
    const parsed = parseSource(f.text);
    const found = frontmatterProblems(f.file, parsed, options.schemas.briefing);
    problems.push(...found.problems);
    const data = found.data;
    for (const v of renderBody(f.text, data?.sources.length).violations) {
      problems.push({ file: f.file, line: v.line, column: v.column, rule: v.rule, message: v.message, hint: v.hint });
    }
    if (!data) continue;
    briefings.push({ file: f.file, data });
    for (const ref of findUnknownReferences(data, actorRegistry, countries)) {
      const registry = ref.kind === 'actor' ? actorRegistry : countries;
      problems.push(unknownReference(f.file, parsed.locate(ref.path), ref.kind, ref.id, registry, fieldPath(ref.path)));
    }
    for (const field of ['date', 'updated'] as const) {
      const value = data[field];
      if (value !== undefined && value > options.today) {
        problems.push({
          file: f.file,
          ...parsed.locate([field]),
          rule: 'briefing/future-date',
          message: `\`${field}\` ${value} is in the future (today is ${options.today})`,
          hint: 'Use the date on which the event happened or was announced.',
        });
      }
    }
    const urls = data.sources.map((s) => s.url);
    urls.forEach((url, i) => {
      if (urls.indexOf(url) !== i) {
        problems.push({ file: f.file, ...parsed.locate(['sources', i, 'url']), rule: 'briefing/duplicate-source', message: `source ${i + 1} repeats source ${urls.indexOf(url) + 1} (${url})`, hint: 'Cite each page once and refer to it by its number.' });
      }
    });
  }
  problems.push(...duplicateBriefings(briefings));
  return problems;
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
  if (issue.code === 'invalid_type' && valueAt(parsed.data, path) === undefined) {
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
