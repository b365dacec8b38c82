/**
 * `npm run bench -- --briefings N`: builds a synthetic corpus of N briefings
 * with the real build, in a temporary copy of the project, and measures it.
 *
 *   --briefings N   corpus size (default 1000)
 *   --seed S        corpus seed (default 20241104); the same seed gives the same files
 *   --baseline      also build the corpus with a minimal MDX site + Pagefind CLI, and print ours/baseline
 *   --rebuild       after the full build, change one briefing and rebuild with the caches kept
 *   --no-browser    skip the Chromium measurements (JS per page, first search query)
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
import { writeBaseline } from './bench/baseline.ts';
import { DEFAULT_SEED, generateCorpus } from './bench/corpus.ts';
import { measureDist, measureInBrowser, samplePages, type BrowserStats, type DistStats } from './bench/measure.ts';
import { copyProject, dirSize, makeTempDir, writeCorpus } from './bench/project.ts';
import { buildFigures, type BuildFigures } from './bench/build-figures.ts';
import { run, type Line, type RunResult } from './bench/run.ts';

const usage = 'Usage: npm run bench -- [--briefings N] [--seed S] [--baseline] [--rebuild] [--no-browser] [--patch FILE]… [--keep] [--json] [--verbose]';
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
});
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

const copy = makeTempDir('sitrep-bench-');
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
const dist = join(copy, 'dist');
const parts = indexedPagesByPart(dist);
const indexed = parts && [...parts.values()].reduce((sum, n) => sum + n, 0);
const distStats: DistStats = measureDist(dist);
const pagefindSize = existsSync(join(dist, 'pagefind')) ? dirSize(join(dist, 'pagefind')) : undefined;
results.build = { ...build, indexedPages: indexed, indexParts: parts?.size, pagefind: pagefindSize };
results.dist = distStats;
log(`built in ${build.seconds.toFixed(1)} s`);

if (!args['no-browser']) {
  log('measuring pages in Chromium…');
  const browser: BrowserStats = await measureInBrowser(dist, samplePages(dist, distStats), corpus.searchWord, aliasQueries(corpus.aliases));
  results.browser = browser;
}

if (existsSync(join(copy, 'scripts/check.ts'))) {
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
  const base = makeTempDir('sitrep-bench-baseline-');
  temps.push(base);
  writeBaseline(project, base, corpus);
  log(`baseline site in ${base}; building…`);
  const astro = await run(process.execPath, [join(base, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: base, env: env(base), onLine: echo });
  if (astro.code !== 0 || !existsSync(join(base, 'dist'))) fail('the baseline build', astro);
  const pagefind = await run(process.execPath, [join(base, 'node_modules/.bin/pagefind'), '--site', 'dist'], { cwd: base, env: env(base), onLine: echo });
  if (pagefind.code !== 0) fail('the baseline Pagefind run', pagefind);
  const seconds = astro.seconds + pagefind.seconds;
  results.baseline = {
    seconds,
    siteSeconds: astro.seconds,
    indexSeconds: pagefind.seconds,
    peakTreeRss: Math.max(astro.peakTreeRss, pagefind.peakTreeRss),
    maxProcessRss: Math.max(astro.maxProcessRss, pagefind.maxProcessRss),
    dist: dirSize(join(base, 'dist')),
    ratio: build.seconds / seconds,
  };
  log(`baseline built in ${seconds.toFixed(1)} s`);
}

cleanup();
results.loadAfter = loadavg()[0];
if (args.keep) results.kept = temps;

if (args.json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log(report(results));
}

function report(r: Record<string, unknown>): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  const s = (n: number | undefined) => (n === undefined ? 'n/a' : `${n.toFixed(1)} s`);
  const c = r.corpus as { briefings: number; published: number; actors: number; seed: number };
  const b = r.build as BuildFigures & { indexedPages?: number; indexParts?: number; pagefind?: { bytes: number; files: number } };
  const d = r.dist as DistStats;
  const out: string[] = [];
  out.push(
    `Sitrep benchmark: ${c.briefings} briefings (${c.published} published), ${c.actors} actors, seed ${c.seed}; commit ${r.commit}, ${r.date}, Node ${r.node}`,
  );
  out.push(
    `load average ${(r.loadBefore as number).toFixed(1)} before, ${(r.loadAfter as number).toFixed(1)} after${(r.patches as string[]).length ? `; patches: ${(r.patches as string[]).join(', ')}` : ''}`,
  );
  out.push('');
  out.push(`full build (site + search index)  ${s(b.seconds)}`);
  out.push(`  site                            ${s(b.siteSeconds)}`);
  out.push(
    `  search index (Pagefind)         ${b.indexSeconds === undefined ? 'not logged by the Pagefind integration: included in the site figure' : `${s(b.indexSeconds)}, while the pages render; then the build waited ${s(b.indexWaitSeconds ?? 0)} for it`}`,
  );
  for (const [name, value] of Object.entries(b.phases)) {
    const m = b.memory[name];
    out.push(`    ${name.padEnd(50)} ${s(value).padStart(8)}${m ? `   peak ${mb(m.largest)} largest process, ${mb(m.tree)} tree` : ''}`);
  }
  const byCommand = Object.entries(b.peakByCommand ?? {})
    .sort(([, x], [, y]) => y - x)
    .map(([name, rss]) => `${name === 'MainThread' ? 'node' : name} ${mb(rss)}`)
    .join(', ');
  out.push(
    `peak memory                       ${mb(b.peakTreeRss)} (process tree), ${mb(b.maxProcessRss)} (largest process)${byCommand ? `; by process: ${byCommand}` : ''}`,
  );
  out.push(`pages written                     ${d.htmlPages} HTML pages (${d.briefingPages} briefings); ${d.files} files in dist/, ${mb(d.bytes)}`);
  if (b.pagefind)
    out.push(
      `search index                      ${b.indexedPages ?? '?'} pages indexed in ${b.indexParts ?? '?'} part(s); ${b.pagefind.files} files, ${mb(b.pagefind.bytes)}`,
    );
  out.push(
    `median briefing page              ${kb(d.medianBriefing.rawBytes)} raw, ${kb(d.medianBriefing.gzipBytes)} gzip (HTML ${kb(d.medianBriefing.htmlBytes)} + CSS ${kb(d.medianBriefing.cssBytes)} raw)`,
  );
  out.push(`largest briefing page             ${kb(d.largestBriefing.gzipBytes)} gzip (${d.largestBriefing.path})`);
  for (const [type, page] of Object.entries(d.largestListing)) {
    if (page) out.push(`largest ${type} page`.padEnd(34) + `${kb(page.htmlBytes)} raw HTML, ${kb(page.gzipBytes)} gzip (${page.path})`);
  }
  const br = r.browser as BrowserStats | undefined;
  if (br) {
    out.push(
      `JS per page                       ${Object.entries(br.js)
        .map(([t, v]) => `${t} ${kb(v.bytes)}`)
        .join(', ')}`,
    );
    const q = br.search;
    out.push(`first search query ("${q.query}")  ${kb(q.total)} in ${q.requests} requests, ${q.results} results shown`);
    out.push(
      `  ${Object.entries(q.byKind)
        .filter(([, v]) => v > 0)
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', ')} (${q.fragments} fragments)`,
    );
    if (q.largest?.length) out.push(`  largest: ${q.largest.map(([p, v]) => `${p} ${kb(v)}`).join(', ')}`);
    if (br.aliases?.length) out.push(aliasLine(br.aliases));
  }
  const ch = r.check as { seconds: number; warmSeconds: number } | undefined;
  if (ch) out.push(`npm run check                     ${s(ch.seconds)} without cache, ${s(ch.warmSeconds)} with the build's cache`);
  const rb = r.rebuild as (BuildFigures & { changed: string }) | undefined;
  if (rb) {
    out.push(`rebuild after changing one file   ${s(rb.seconds)} (index ${s(rb.indexSeconds)}; peak ${mb(rb.peakTreeRss)})`);
    for (const [name, value] of Object.entries(rb.phases)) out.push(`    ${name.padEnd(50)} ${s(value)}`);
  }
  const bl = r.baseline as { seconds: number; siteSeconds: number; indexSeconds: number; peakTreeRss: number; ratio: number } | undefined;
  if (bl) {
    out.push(
      `baseline (minimal MDX + Pagefind) ${s(bl.seconds)} (astro build ${s(bl.siteSeconds)}, pagefind ${s(bl.indexSeconds)}; peak ${mb(bl.peakTreeRss)})`,
    );
    out.push(`ours / baseline                   ${bl.ratio.toFixed(2)}`);
  }
  if (r.kept) out.push(`kept: ${(r.kept as string[]).join(' ')}`);
  return out.join('\n');
}
