/**
 * `npm run bench -- --briefings N`: builds a synthetic corpus of N briefings
 * with the real build, in a temporary copy of the project, and measures it.
 *
 *   --briefings N   corpus size (default 1000)
 *   --seed S        corpus seed (default 20241104); the same seed gives the same files
 *   --baseline      also build the corpus with a minimal Astro MDX site and with an Eleventy 3 site
 *                   (scripts/bench/baselines.ts), each + Pagefind CLI, and print ours/each
 *   --rebuild       after the full build, change one briefing and rebuild with the caches kept
 *   --no-browser    skip the Chromium measurements (JS per page, first search queries raw and gzipped)
 *   --relevance     compare the search page's top 10 for 20 queries with one Pagefind index over the
 *                   same documents (scripts/bench/relevance.ts); runs Chromium even with --no-browser
 *   --reuse DIR     measure the copy a run with --keep left in DIR instead of building one (the same
 *                   --briefings and --seed; the corpus is generated again only to choose queries)
 *   --patch FILE    apply a unified diff to the copy before building (repeatable): measures a
 *                   proposed change to files of the project without touching the working tree
 *   --keep          keep the temporary directories (printed at the end)
 *   --json          print the results as JSON on stdout (progress goes to stderr)
 *   --verbose       stream the builds' output to stderr
 *
 * Everything runs under /dev/shm when it exists (tmpfs, so the disk is not
 * what is measured), with the Node binary running this script (the project's
 * Node 24 under npm). See BENCHMARKS.md for the figures and what they mean.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { indexedPagesByPart } from '../src/integrations/site-audit.ts';
import { aliasLine, aliasQueries } from './bench/alias-search.ts';
import { baselines, buildBaseline, type BaselineResults } from './bench/baselines.ts';
import { DEFAULT_SEED, generateCorpus } from './bench/corpus.ts';
import { measureDist, measureInBrowser, samplePages, type BrowserStats, type DistStats } from './bench/measure.ts';
import { copyProject, dirSize, makeTempDir, writeCorpus } from './bench/project.ts';
import { buildFigures, type BuildFigures } from './bench/build-figures.ts';
import { chooseQueries } from './bench/queries.ts';
import { summarise } from './bench/relevance-compare.ts';
import { buildReferenceIndex, KEEP_DOCUMENTS, measureRelevance } from './bench/relevance.ts';
import { report } from './bench/report.ts';
import { run, type Line, type RunResult } from './bench/run.ts';

const usage =
  'Usage: npm run bench -- [--briefings N] [--seed S] [--baseline] [--rebuild] [--no-browser] [--relevance] [--reuse DIR] [--patch FILE]… [--keep] [--json] [--verbose]';
const project = fileURLToPath(new URL('..', import.meta.url));

const { values: args } = (() => {
  try {
    return parseArgs({
      options: {
        briefings: { type: 'string', default: '1000' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        baseline: { type: 'boolean', default: false },
        rebuild: { type: 'boolean', default: false },
        'no-browser': { type: 'boolean', default: false },
        relevance: { type: 'boolean', default: false },
        reuse: { type: 'string' },
        patch: { type: 'string', multiple: true, default: [] },
        keep: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
})();
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const count = Number(args.briefings);
const seed = Number(args.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error(`--briefings and --seed take whole numbers.\n${usage}`);
  process.exit(2);
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const env = (root: string): NodeJS.ProcessEnv => ({
  ...process.env,
  PATH: `${dirname(process.execPath)}:${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: '0',
  ...(args.relevance ? { [KEEP_DOCUMENTS]: documentsOf(root) } : {}),
});
/** Where a copy's build puts the search documents for the relevance measurement. */
const documentsOf = (root: string) => join(root, 'search-documents');
const echo = args.verbose ? (l: Line) => process.stderr.write(`  ${l.t.toFixed(1).padStart(6)}s ${l.text}\n`) : undefined;
const temps: string[] = [];
const cleanup = () => {
  if (args.keep) return;
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

function git(...a: string[]): string {
  try {
    return execFileSync('git', a, { cwd: project, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function fail(what: string, result: RunResult): never {
  log(`${what} failed (exit ${result.code}); its last lines:`);
  for (const l of result.lines.slice(-40)) process.stderr.write(`  ${l.text}\n`);
  cleanup();
  process.exit(1);
}

async function buildCopy(root: string, what: string, logName: string): Promise<BuildFigures> {
  const result = await run(process.execPath, ['scripts/build.ts'], { cwd: root, env: env(root), onLine: echo });
  writeFileSync(join(root, logName), result.lines.map((l) => `${l.t.toFixed(2).padStart(7)} ${l.text}`).join('\n') + '\n');
  if (result.code !== 0 || !existsSync(join(root, 'dist/index.html')) || !existsSync(join(root, 'dist/briefings'))) fail(what, result);
  return buildFigures(result);
}

const results: Record<string, unknown> = {};
const commit = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
results.commit = commit + (dirty ? '+changes' : '');
results.date = new Date().toISOString().slice(0, 10);
results.node = process.version;
// Other work on the machine slows every figure: the load average says how busy it was.
results.loadBefore = loadavg()[0];

let started = performance.now();
const corpus = generateCorpus({ briefings: count, seed });
results.corpus = {
  briefings: corpus.briefings.length,
  published: corpus.published.length,
  actors: corpus.actors.length,
  seed,
  bytes: corpus.briefings.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0),
  generateSeconds: (performance.now() - started) / 1000,
};
log(
  `generated ${count} briefings (${corpus.published.length} published) and ${corpus.actors.length} actors in ${(results.corpus as { generateSeconds: number }).generateSeconds.toFixed(1)} s`,
);

const copy = args.reuse ? resolve(args.reuse) : makeTempDir('sitrep-bench-');
const dist = join(copy, 'dist');
if (args.reuse) {
  if (!existsSync(join(dist, 'index.html'))) {
    log(`no built site in ${dist}`);
    process.exit(1);
  }
  log(`measuring the kept copy in ${copy}`);
} else {
  temps.push(copy);
  copyProject(project, copy);
  writeCorpus(copy, corpus);
  for (const patch of args.patch) {
    try {
      execFileSync('git', ['apply', '--unsafe-paths', resolve(patch)], { cwd: copy, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      log(`could not apply ${patch}: ${(error as { stderr?: Buffer }).stderr?.toString() ?? error}`);
      cleanup();
      process.exit(1);
    }
  }
  results.patches = args.patch;
  log(`project copied to ${copy}; building…`);
  const build = await buildCopy(copy, 'the build', 'bench-build.log');
  results.build = build;
  log(`built in ${build.seconds.toFixed(1)} s`);
}
const parts = indexedPagesByPart(dist);
const distStats: DistStats = measureDist(dist);
results.build = {
  ...(results.build as BuildFigures | undefined),
  indexedPages: parts && [...parts.values()].reduce((sum, n) => sum + n, 0),
  indexParts: parts?.size,
  pagefind: existsSync(join(dist, 'pagefind')) ? dirSize(join(dist, 'pagefind')) : undefined,
};
results.dist = distStats;

if (!args['no-browser']) {
  log('measuring pages in Chromium…');
  const browser: BrowserStats = await measureInBrowser(dist, samplePages(dist, distStats), corpus.searchWord, aliasQueries(corpus.aliases));
  results.browser = browser;
}

if (args.relevance) {
  const reference = await buildReferenceIndex(documentsOf(copy), dist);
  log(`one reference index of ${reference.pages} pages ready in ${reference.seconds.toFixed(1)} s; searching…`);
  const comparisons = await measureRelevance(dist, chooseQueries(corpus));
  results.relevance = { summary: summarise(comparisons), comparisons };
}

if (existsSync(join(copy, 'scripts/check.ts')) && !args.reuse) {
  log('running the content check…');
  // Cold: as on a fresh checkout (no cache); warm: with the results the build kept, as after editing one file.
  const cold = await run(process.execPath, ['scripts/check.ts', '--root', copy], { cwd: copy, env: { ...env(copy), SITREP_CHECK_CACHE: '0' } });
  if (cold.code !== 0) fail('npm run check', cold);
  const warm = await run(process.execPath, ['scripts/check.ts', '--root', copy], { cwd: copy, env: env(copy) });
  if (warm.code !== 0) fail('npm run check', warm);
  results.check = { seconds: cold.seconds, warmSeconds: warm.seconds, peakRss: cold.peakTreeRss };
}

if (args.rebuild) {
  // One briefing changes, as in a typical pull request; every cache is kept.
  const name = corpus.briefings.find((f) => f.name.includes(corpus.published[Math.floor(corpus.published.length / 2)]!))!.name;
  const file = join(copy, 'src/content/briefings', name);
  writeFileSync(file, readFileSync(file, 'utf8') + '\nA sentence added to measure a rebuild.\n');
  log(`changed ${name}; rebuilding…`);
  const rebuild = await buildCopy(copy, 'the rebuild', 'bench-rebuild.log');
  const page = readFileSync(join(dist, 'briefings', name.replace(/\.mdx$/, ''), 'index.html'), 'utf8');
  if (!page.includes('A sentence added to measure a rebuild.')) {
    log('the rebuilt page does not show the change');
    cleanup();
    process.exit(1);
  }
  results.rebuild = { ...rebuild, changed: name };
  log(`rebuilt in ${rebuild.seconds.toFixed(1)} s`);
}

if (args.baseline) {
  const ours = (results.build as BuildFigures | undefined)?.seconds;
  const figures: BaselineResults = {};
  for (const baseline of baselines) {
    const dir = makeTempDir(`sitrep-bench-${baseline.id}-`);
    temps.push(dir);
    baseline.write(project, dir, corpus);
    log(`${baseline.name} baseline in ${dir}; building…`);
    const built = await buildBaseline(baseline, dir, corpus, { env: env(dir), onLine: echo, fail });
    figures[baseline.id] = { ...built, ratio: ours === undefined ? undefined : ours / built.seconds };
    log(`${baseline.name} baseline built and indexed in ${built.seconds.toFixed(1)} s`);
  }
  results.baselines = figures;
}

cleanup();
results.loadAfter = loadavg()[0];
if (args.keep) results.kept = temps;

if (args.json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log(report(results));
}
