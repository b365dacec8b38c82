/**
 * `npm run ingest`: turns a news report into draft briefings linked to the
 * project's actors, countries and places, with stubs for new actors and
 * places, and prints what it did and what needs a person (src/ingest/).
 *
 *   npm run ingest -- report.txt --date 2024-11-06             write the drafts
 *   npm run ingest -- report.txt --date 2024-11-06 --dry-run   only say what it would write
 *   cat report.txt | npm run ingest -- - --date 2024-11-06 --json
 *
 * Flags: --date YYYY-MM-DD (the report's date, required), --dry-run (write
 * nothing), --json (print only JSON on standard output), --force (write a
 * draft for a development that duplicates a briefing), --root DIR (another
 * project tree). It never overwrites a file. Exit codes: 0 done, 1 a mistake
 * in what was asked (printed without a stack, nothing written).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { text as readStream } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { actorSchema, briefingSchema, contentDirs, placeSchema } from '../src/content.config.ts';
import { todayIso } from '../src/check/index.ts';
import { IngestError } from '../src/ingest/ingest-error.ts';
import { dateProblems } from '../src/lib/scaffold.ts';
import { site } from '../src/site.config.ts';

const USAGE = 'Usage: npm run ingest -- <report file, or - for standard input> --date YYYY-MM-DD [--dry-run] [--json] [--force] [--root DIR]';

async function main(args: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        force: { type: 'boolean' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new IngestError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return console.log(USAGE);
  if (positionals.length !== 1) throw new IngestError(`Give one report: a file, or - to read standard input.\n${USAGE}`);
  const date = values.date?.trim() ?? '';
  if (!date) throw new IngestError(`Give the report's date: --date YYYY-MM-DD. Dates in the text ("the next day") are read against it.\n${USAGE}`);
  const bad = dateProblems(briefingSchema.shape, date, todayIso());
  if (bad.length) throw new IngestError(`--date ${date}: ${bad.join('\n')}`);

  const [source] = positionals as [string];
  const text = await readReport(source);
  if (!text.trim()) throw new IngestError(`The report ${source === '-' ? 'on standard input' : source} is empty; nothing was written.`);

  const dryRun = values['dry-run'] === true;
  // The analysis and its language model load only once the arguments are known to be good, so a mistake is reported at once.
  const [{ runIngest }, { ingestJson, ingestSummary }] = await Promise.all([import('../src/ingest/run.ts'), import('../src/ingest/summary.ts')]);
  const { plan, outcome } = await runIngest({
    text,
    date,
    root: values.root ? resolve(values.root) : fileURLToPath(new URL('..', import.meta.url)),
    dirs: contentDirs,
    schemas: { actor: actorSchema, place: placeSchema },
    statuses: Object.keys(site.statuses),
    topicIds: Object.keys(site.topics),
    dryRun,
    force: values.force === true,
  });
  process.stdout.write(values.json ? `${JSON.stringify(ingestJson(plan), null, 2)}\n` : ingestSummary(plan, { dryRun, existed: outcome?.existed }));
}

async function readReport(source: string): Promise<string> {
  if (source === '-') return readStream(process.stdin);
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    throw new IngestError(`Cannot read the report ${source} (${(error as NodeJS.ErrnoException).code ?? String(error)}); nothing was written.`);
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof IngestError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
