/**
 * `npm run ingest` from a report's text to the files it writes: read the
 * project's registries and file names, analyse the report, plan the drafts
 * (plan.ts) and, unless it is a dry run, write them (write.ts). The script
 * (scripts/ingest.ts) parses the arguments and prints; this does the rest.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { analyseReport } from './analyse.ts';
import { IngestError } from './ingest-error.ts';
import { loadCities } from './place-stub.ts';
import { planIngest, type IngestPlan, type PlanContext } from './plan.ts';
import { loadRegistries } from './registries.ts';
import { writePlan, type WriteOutcome } from './write.ts';

export interface IngestOptions {
  text: string;
  date: string;
  /** The project root. */
  root: string;
  dirs: { briefings: string; actors: string; places: string };
  schemas: PlanContext['schemas'];
  statuses: readonly string[];
  topicIds: readonly string[];
  dryRun: boolean;
  force: boolean;
}

async function fileNames(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

const ids = (names: readonly string[]) => new Set(names.filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -'.yaml'.length)));

export async function runIngest(options: IngestOptions): Promise<{ plan: IngestPlan; outcome?: WriteOutcome }> {
  const { root, dirs } = options;
  const briefingsDir = join(root, dirs.briefings);
  if (!existsSync(briefingsDir))
    throw new IngestError(`${dirs.briefings}/ does not exist under ${root}; run this from a Sitrep project, or give its folder with --root.`);
  const [briefings, actors, places] = await Promise.all([fileNames(briefingsDir), fileNames(join(root, dirs.actors)), fileNames(join(root, dirs.places))]);
  // The registries read the content folder that holds the briefings, actors and places folders.
  const registries = await loadRegistries(join(briefingsDir, '..'));
  const analysis = analyseReport(options.text, { date: options.date, registries });
  const plan = planIngest(analysis, {
    registries,
    dirs,
    existing: { briefings, actorIds: ids(actors), placeIds: ids(places) },
    schemas: options.schemas,
    reportDate: options.date,
    statuses: options.statuses,
    topicIds: options.topicIds,
    force: options.force,
    gazetteer: loadCities,
  });
  return options.dryRun ? { plan } : { plan, outcome: await writePlan(plan, root) };
}
