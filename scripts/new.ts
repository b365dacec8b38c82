/**
 * `npm run new`: writes a new briefing with valid front matter, ready to fill in.
 *
 *   npm run new                                   asks for title, date, actors and countries (in a terminal)
 *   npm run new -- "Title" --actor mark-rutte --country de [--date 2024-11-04]
 *
 * Flags: --date YYYY-MM-DD (default today), --actor ID and --country CODE
 * (repeatable, or comma-separated), --topic ID (repeatable), --status ID
 * (default reported), --slug ID (the file name's id, when the title gives
 * none), --root DIR (another project tree), --interactive (ask even when
 * standard input is not a terminal).
 *
 * It refuses unknown actor and country ids, with suggestions, and never
 * overwrites a file. The new file is marked `draft: true`, so it is never
 * published until the contributor deletes that line.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { briefingSchema, contentDirs } from '../src/content.config.ts';
import { todayIso } from '../src/check/content-check.ts';
import { countryRegistry } from '../src/data/countries.ts';
import { parseSource, parseYaml } from '../src/check/frontmatter.ts';
import { createRegistry } from '../src/check/references.ts';
import {
  briefingFileName,
  briefingSkeleton,
  findClash,
  isIsoDate,
  nextSteps,
  slugify,
  splitIds,
  unknownIdMessage,
  type LabelledRegistry,
} from '../src/lib/scaffold.ts';
import { site } from '../src/site.config.ts';

const USAGE = `Usage: npm run new -- "Title" [--date YYYY-MM-DD] [--actor ID]... [--country CODE]... [--topic ID]... [--status ID] [--slug ID]
In a terminal, whatever is not given is asked for.`;

const statuses = Object.keys(site.statuses);
const topicIds = Object.keys(site.topics);

class UserError extends Error {}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        actor: { type: 'string', multiple: true },
        country: { type: 'string', multiple: true },
        topic: { type: 'string', multiple: true },
        status: { type: 'string' },
        slug: { type: 'string' },
        root: { type: 'string' },
        interactive: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UserError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const root = values.root ? resolve(values.root) : fileURLToPath(new URL('..', import.meta.url));
  const briefingsDir = join(root, contentDirs.briefings);
  const today = todayIso();
  const [actors, countries] = [await loadActors(join(root, contentDirs.actors)), loadCountries()];

  let title = positionals.join(' ').trim();
  let date = values.date?.trim() ?? '';
  let actorIds = (values.actor ?? []).flatMap(splitIds);
  let countryIds = (values.country ?? []).flatMap(splitIds).map((c) => c.toLowerCase());
  const topics = (values.topic ?? []).flatMap(splitIds);
  const status = values.status?.trim() ?? 'reported';
  let slug = values.slug?.trim() ?? '';

  // Flags are checked first, so a mistake is reported before any question is asked.
  if (date && !isIsoDate(date)) throw new UserError(dateProblem(date));
  if (date && date > today) throw new UserError(`--date ${date} is in the future (today is ${today}); use the date on which the event happened or was announced.`);
  const badFlagIds = [...unknownIds('actor', actorIds, actors), ...unknownIds('country', countryIds, countries)];
  if (badFlagIds.length) throw new UserError(badFlagIds.join('\n\n'));
  if (!statuses.includes(status)) throw new UserError(`--status must be one of ${statuses.join(', ')} (got \`${status}\`).`);
  const badTopics = topics.filter((t) => !topicIds.includes(t));
  if (badTopics.length) throw new UserError(`Unknown topic ${badTopics.map((t) => `\`${t}\``).join(', ')}; topics are: ${topicIds.join(', ')}.`);
  if (slug && slugify(slug) !== slug) throw new UserError(`--slug must be lowercase letters, digits and single hyphens, such as \`${slugify(slug) || 'north-korean-troops-kursk'}\`.`);

  const interactive = values.interactive || (process.stdin.isTTY && !(title && (actorIds.length || countryIds.length)));
  if (interactive) {
    const prompt = new Prompt();
    try {
      console.log('New briefing. Press Enter to accept a [default]; Ctrl+C to stop without writing anything.');
      while (!title || title.length > 120) {
        if (title.length > 120) console.log(`The title is ${title.length} characters; keep it to 120.`);
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
          if (!isIsoDate(date)) console.log(dateProblem(date));
          else if (date > today) console.log(`${date} is in the future (today is ${today}).`);
          else break;
        }
      }
      if (!values.actor) actorIds = await askIds(prompt, 'actor', actors);
      if (!values.country) countryIds = await askIds(prompt, 'country', countries);
      while (!actorIds.length && !countryIds.length) {
        console.log('A briefing must name at least one actor or country.');
        actorIds = await askIds(prompt, 'actor', actors);
        if (!actorIds.length) countryIds = await askIds(prompt, 'country', countries);
      }
    } finally {
      prompt.close();
    }
  }

  if (!title) throw new UserError(`Give the briefing a title.\n${USAGE}`);
  if (title.length > 120) throw new UserError(`The title is ${title.length} characters; keep it to 120.`);
  if (!actorIds.length && !countryIds.length) {
    throw new UserError('A briefing must name at least one actor or country: add --actor ID or --country CODE (for example --country ua).');
  }
  date ||= today;
  slug ||= slugify(title);
  if (!slug) throw new UserError('The title has no Latin letters or digits to make a file name from: add --slug, such as --slug zelensky-address.');

  const fileName = briefingFileName(date, slug);
  const existing = await readdir(briefingsDir).catch(() => [] as string[]);
  const clash = findClash(existing, fileName);
  const rel = `${contentDirs.briefings}/${fileName}`;
  if (clash?.kind === 'same-file') throw new UserError(`${rel} already exists; nothing was written. Edit that file, or choose another title or --slug.`);
  if (clash) {
    throw new UserError(`${contentDirs.briefings}/${clash.file} already has the id \`${slug}\` under another date; nothing was written. Correct that briefing, or choose another title or --slug.`);
  }

  const text = briefingSkeleton({ title, date, actors: unique(actorIds), countries: unique(countryIds), topics: unique(topics), status, statuses, topicIds });
  // The skeleton must pass the same schema the check applies; if not, that is a bug here, not the contributor's.
  const result = briefingSchema.safeParse(parseSource(text).data);
  if (!result.success) throw new Error(`the skeleton does not match the schema: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);

  try {
    await writeFile(join(briefingsDir, fileName), text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError(`${rel} already exists; nothing was written.`);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError(`${contentDirs.briefings}/ does not exist under ${root}; run this from a Sitrep project.`);
    throw error;
  }
  console.log(nextSteps(rel).join('\n'));
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function dateProblem(date: string): string {
  return `\`${date}\` is not a real date written YYYY-MM-DD, such as ${todayIso()}.`;
}

function unknownIds(kind: 'actor' | 'country', ids: readonly string[], labelled: LabelledRegistry): string[] {
  return ids.filter((id) => !labelled.registry.ids.has(id)).map((id) => unknownIdMessage(kind, id, labelled));
}

async function askIds(prompt: Prompt, kind: 'actor' | 'country', labelled: LabelledRegistry): Promise<string[]> {
  const question = kind === 'actor' ? 'Actors (ids separated by commas; Enter for none): ' : 'Countries (ISO codes such as ua, ru; Enter for none): ';
  for (;;) {
    const ids = splitIds(await prompt.ask(question)).map((id) => (kind === 'country' ? id.toLowerCase() : id));
    const bad = unknownIds(kind, ids, labelled);
    if (!bad.length) return ids;
    console.log(bad.join('\n\n'));
  }
}

async function loadActors(dir: string): Promise<LabelledRegistry> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml'));
  const entries = await Promise.all(
    names.map(async (name) => {
      const id = name.replace(/\.yaml$/, '');
      const data = parseYaml((await readFile(join(dir, name), 'utf8')).replace(/^\uFEFF/, '')).data as { name?: unknown; aliases?: unknown } | undefined;
      const actorName = typeof data?.name === 'string' ? data.name : undefined;
      const aliases = Array.isArray(data?.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
      return { id, names: actorName ? [actorName, ...aliases] : aliases, label: actorName };
    }),
  );
  return {
    registry: createRegistry(entries),
    labels: new Map(entries.flatMap((e) => (e.label ? [[e.id, e.label] as const] : []))),
  };
}

function loadCountries(): LabelledRegistry {
  const records = countryRegistry();
  return {
    registry: createRegistry(records.map((c) => ({ id: c.id, names: [c.name, c.officialName, ...c.aliases, ...c.demonyms] }))),
    labels: new Map(records.map((c) => [c.id, c.name])),
  };
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
    if (line === undefined) throw new UserError('\nNo answer (end of input); nothing was written.');
    if (!process.stdin.isTTY) process.stdout.write(`${line}\n`);
    return line;
  }

  close(): void {
    this.rl.close();
  }
}

try {
  await main();
} catch (error) {
  if (error instanceof UserError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
