/**
 * `npm run new`: writes a new briefing with valid front matter, ready to fill
 * in; `npm run new -- place` writes a new place file (scripts/new-place.ts).
 *
 *   npm run new                                   asks for title, date, actors, countries and places (in a terminal)
 *   npm run new -- "Title" --actor mark-rutte --country de [--place berlin] [--date 2024-11-04]
 *   npm run new -- place "Sudzha" --country ru    a place, with coordinates from a gazetteer
 *
 * Flags: --date YYYY-MM-DD (default today), --actor ID, --country CODE and
 * --place ID (repeatable, or comma-separated), --topic ID (repeatable),
 * --status ID (default reported), --slug ID (the file name's id, when the
 * title gives none), --root DIR (another project tree, also for `place`),
 * --interactive (ask even when standard input is not a terminal).
 *
 * It refuses unknown actor, country and place ids, with suggestions, and never
 * overwrites a file. The new file is marked `draft: true`, so it is never
 * published until the contributor deletes that line.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { actorSchema, briefingSchema, contentDirs, placeSchema } from '../src/content.config.ts';
import { todayIso } from '../src/check/index.ts';
import { countryIdRegistry, type IdRegistry } from '../src/check/registry.ts';
import { readActorRegistry, readPlaceRegistry } from '../src/check/yaml-files.ts';
import {
  briefingFileName,
  briefingSkeleton,
  dateProblems,
  fieldProblems,
  findClash,
  nextSteps,
  ScaffoldError,
  skeletonProblems,
  slugify,
  splitIds,
  unknownIdMessage,
  type SkeletonFields,
} from '../src/lib/scaffold.ts';
import { site } from '../src/site.config.ts';

const USAGE = `Usage: npm run new -- "Title" [--date YYYY-MM-DD] [--actor ID]... [--country CODE]... [--place ID]... [--topic ID]... [--status ID] [--slug ID]
In a terminal, whatever is not given is asked for.
A new place: npm run new -- place "Name" --country CODE (npm run new -- place --help).`;

const statuses = Object.keys(site.statuses);
const topicIds = Object.keys(site.topics);
const fields = briefingSchema.shape;

type Kind = 'actor' | 'country' | 'place';

async function main(args: string[]): Promise<void> {
  // `place` first: the arguments after it are the place command's, which takes other flags.
  if (args[0] === 'place') return runPlace(args.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        actor: { type: 'string', multiple: true },
        country: { type: 'string', multiple: true },
        place: { type: 'string', multiple: true },
        topic: { type: 'string', multiple: true },
        status: { type: 'string' },
        slug: { type: 'string' },
        root: { type: 'string' },
        interactive: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new ScaffoldError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const root = values.root ? resolve(values.root) : fileURLToPath(new URL('..', import.meta.url));
  const briefingsDir = join(root, contentDirs.briefings);
  const today = todayIso();
  const [actors, places] = await Promise.all([
    readActorRegistry(root, contentDirs.actors, actorSchema),
    readPlaceRegistry(root, contentDirs.places, placeSchema),
  ]);
  const countries = countryIdRegistry();

  let title = positionals.join(' ').trim();
  let date = values.date?.trim() ?? '';
  let actorIds = (values.actor ?? []).flatMap(splitIds);
  let countryIds = (values.country ?? []).flatMap(splitIds).map((c) => c.toLowerCase());
  let placeIds = (values.place ?? []).flatMap(splitIds);
  const topics = (values.topic ?? []).flatMap(splitIds);
  const status = values.status?.trim() ?? 'reported';
  let slug = values.slug?.trim() ?? '';

  // Flags are checked first, so a mistake is reported before any question is asked.
  const flag = (name: string, value: string) => (text: string) => `${name} ${value}: ${text}`;
  const badFlags = [
    ...(date ? dateProblems(fields, date, today).map(flag('--date', date)) : []),
    ...fieldProblems(fields, 'status', status).map(flag('--status', status)),
    ...fieldProblems(fields, 'topics', unique(topics)).map(flag('--topic', unique(topics).join(', '))),
    ...unknownIds('actor', actorIds, actors),
    ...unknownIds('country', countryIds, countries),
    ...unknownIds('place', placeIds, places),
  ];
  if (badFlags.length) throw new ScaffoldError(badFlags.join('\n\n'));
  if (slug && slugify(slug) !== slug)
    throw new ScaffoldError(`--slug must be lowercase letters, digits and single hyphens, such as \`${slugify(slug) || 'north-korean-troops-kursk'}\`.`);

  const skeleton = (): SkeletonFields => ({
    title,
    date: date || today,
    actors: unique(actorIds),
    countries: unique(countryIds),
    places: unique(placeIds),
    topics: unique(topics),
    status,
    statuses,
    topicIds,
  });
  const interactive = values.interactive || (process.stdin.isTTY && !(title && (actorIds.length || countryIds.length)));
  if (interactive) {
    const prompt = new Prompt();
    try {
      console.log('New briefing. Press Enter to accept a [default]; Ctrl+C to stop without writing anything.');
      for (;;) {
        const problems = title ? fieldProblems(fields, 'title', title) : [];
        if (title && !problems.length) break;
        if (problems.length) console.log(problems.join('\n'));
        title = (await prompt.ask('Title: ')).trim();
      }
      while (!slugify(title) && !slug) {
        const answer = (await prompt.ask('File name id (lowercase words joined by hyphens): ')).trim();
        if (answer && slugify(answer) === answer) slug = answer;
        else if (answer) console.log(`Use lowercase letters, digits and single hyphens, such as \`${slugify(answer) || 'north-korean-troops-kursk'}\`.`);
      }
      if (!values.date) {
        for (;;) {
          date = (await prompt.ask(`Date (YYYY-MM-DD) [${today}]: `)).trim() || today;
          const problems = dateProblems(fields, date, today);
          if (!problems.length) break;
          console.log(problems.join('\n'));
        }
      }
      if (!values.actor) actorIds = await askIds(prompt, 'actor', actors);
      if (!values.country) countryIds = await askIds(prompt, 'country', countries);
      if (!values.place) placeIds = await askIds(prompt, 'place', places);
      // The one rule across fields that an answer can break: the schema wants an actor or a country.
      for (let problems = actorOrCountryProblems(skeleton()); problems.length; problems = actorOrCountryProblems(skeleton())) {
        console.log(problems.join('\n'));
        actorIds = await askIds(prompt, 'actor', actors);
        if (!actorIds.length) countryIds = await askIds(prompt, 'country', countries);
      }
    } finally {
      prompt.close();
    }
  }

  if (!title) throw new ScaffoldError(`Give the briefing a title.\n${USAGE}`);
  const invalid = skeletonProblems(briefingSchema, skeleton());
  if (invalid.length) throw new ScaffoldError(`${invalid.map((p) => p.text).join('\n')}\n${USAGE}`);
  date ||= today;
  slug ||= slugify(title);
  if (!slug) throw new ScaffoldError('The title has no Latin letters or digits to make a file name from: add --slug, such as --slug zelensky-address.');

  const fileName = briefingFileName(date, slug);
  const existing = await readdir(briefingsDir).catch(() => [] as string[]);
  const clash = findClash(existing, fileName);
  const rel = `${contentDirs.briefings}/${fileName}`;
  if (clash?.kind === 'same-file') throw new ScaffoldError(`${rel} already exists; nothing was written. Edit that file, or choose another title or --slug.`);
  if (clash) {
    throw new ScaffoldError(
      `${contentDirs.briefings}/${clash.file} already has the id \`${slug}\` under another date; nothing was written. Correct that briefing, or choose another title or --slug.`,
    );
  }

  try {
    await writeFile(join(briefingsDir, fileName), briefingSkeleton(skeleton()), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ScaffoldError(`${rel} already exists; nothing was written.`);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new ScaffoldError(`${contentDirs.briefings}/ does not exist under ${root}; run this from a Sitrep project.`);
    throw error;
  }
  console.log(nextSteps(rel).join('\n'));
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function actorOrCountryProblems(fields: SkeletonFields): string[] {
  return skeletonProblems(briefingSchema, fields)
    .filter((p) => p.field === 'actors' || p.field === 'countries')
    .map((p) => p.text);
}

function unknownIds(kind: Kind, ids: readonly string[], registry: IdRegistry): string[] {
  return ids.filter((id) => !registry.ids.has(id)).map((id) => unknownIdMessage(kind, id, registry));
}

const QUESTIONS: Record<Kind, string> = {
  actor: 'Actors (ids separated by commas; Enter for none): ',
  country: 'Countries (ISO codes such as ua, ru; Enter for none): ',
  place: 'Places (ids separated by commas; Enter for none): ',
};

async function askIds(prompt: Prompt, kind: Kind, registry: IdRegistry): Promise<string[]> {
  const question = QUESTIONS[kind];
  for (;;) {
    const ids = splitIds(await prompt.ask(question)).map((id) => (kind === 'country' ? id.toLowerCase() : id));
    const bad = unknownIds(kind, ids, registry);
    if (!bad.length) return ids;
    console.log(bad.join('\n\n'));
  }
}

/**
 * Questions on standard input, one answer a line. Lines are queued as they
 * arrive, so answers piped in all at once are not lost between questions.
 */
class Prompt {
  private readonly rl: Interface;
  private readonly lines: string[] = [];
  private waiting?: (line: string | undefined) => void;
  private closed = false;

  constructor() {
    this.rl = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
    this.rl.on('line', (line) => {
      if (this.waiting) {
        const resolveLine = this.waiting;
        this.waiting = undefined;
        resolveLine(line);
      } else this.lines.push(line);
    });
    this.rl.on('close', () => {
      this.closed = true;
      this.waiting?.(undefined);
    });
    this.rl.on('SIGINT', () => {
      process.stdout.write('\nStopped; nothing was written.\n');
      process.exit(130);
    });
  }

  async ask(question: string): Promise<string> {
    this.rl.setPrompt(question);
    this.rl.prompt();
    const queued = this.lines.shift();
    const line = queued !== undefined ? queued : this.closed ? undefined : await new Promise<string | undefined>((r) => (this.waiting = r));
    if (line === undefined) throw new ScaffoldError('\nNo answer (end of input); nothing was written.');
    if (!process.stdin.isTTY) process.stdout.write(`${line}\n`);
    return line;
  }

  close(): void {
    this.rl.close();
  }
}

/** The place command, with the gazetteers it loads, is imported only when it runs. */
async function runPlace(args: string[]): Promise<void> {
  const { newPlace } = await import('./new-place.ts');
  await newPlace(args, fileURLToPath(new URL('..', import.meta.url)));
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ScaffoldError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
