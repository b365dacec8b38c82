/**
 * The sites `npm run bench -- --baseline` compares Sitrep with, each building
 * the same corpus and then indexing it with the Pagefind CLI: the minimal
 * Astro MDX site (baseline.ts) and Eleventy 3 with Sitrep's pages
 * (eleventy-baseline.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeBaseline } from './baseline.ts';
import type { Corpus } from './corpus.ts';
import { ELEVENTY_BIN, ELEVENTY_OUTPUT, writeEleventyBaseline } from './eleventy-baseline.ts';
import { dirSize } from './project.ts';
import { findLine, run, type Line, type RunResult } from './run.ts';

export interface Baseline {
  /** Its key in the results. */
  id: 'astro' | 'eleventy';
  /** What it is, as the report names it ("ours / Eleventy 3"). */
  name: string;
  /** Writes the site and the corpus into `dir`, with node_modules linked to `project`'s. */
  write(project: string, dir: string, corpus: Corpus): void;
  /** The site's build: a Node script and its arguments, run in the site's directory. */
  build: readonly string[];
  /** The folder the build writes and Pagefind indexes. */
  output: string;
  /** How many pages its search index must hold: a page per briefing it publishes. */
  indexed(corpus: Corpus): number;
}

export const baselines: readonly Baseline[] = [
  {
    id: 'astro',
    name: 'minimal Astro',
    write: writeBaseline,
    build: ['node_modules/astro/bin/astro.mjs', 'build'],
    output: 'dist',
    // Its collection has no schema, so drafts are published too.
    indexed: (corpus) => corpus.briefings.length,
  },
  {
    id: 'eleventy',
    name: 'Eleventy 3',
    write: writeEleventyBaseline,
    build: [ELEVENTY_BIN, '--quiet'],
    output: ELEVENTY_OUTPUT,
    indexed: (corpus) => corpus.published.length,
  },
];

export interface BaselineFigures {
  /** Site and index, one after the other. */
  seconds: number;
  siteSeconds: number;
  indexSeconds: number;
  peakTreeRss: number;
  maxProcessRss: number;
  dist: { bytes: number; files: number };
  htmlPages: number;
  indexedPages: number;
}

/** What `--baseline` adds to the results: each baseline's figures and ours over them (none when the run built nothing, with --reuse). */
export type BaselineResults = Partial<Record<Baseline['id'], BaselineFigures & { ratio?: number }>>;

export interface BaselineRun {
  env: NodeJS.ProcessEnv;
  onLine?: (line: Line) => void;
  /** Reports a failed step and ends the benchmark. */
  fail(what: string, result: RunResult): never;
}

/** Builds the baseline written in `dir`, then indexes its output with the Pagefind CLI, and checks the index holds its briefings. */
export async function buildBaseline(baseline: Baseline, dir: string, corpus: Corpus, options: BaselineRun): Promise<BaselineFigures> {
  const { env, onLine, fail } = options;
  const [script, ...args] = baseline.build;
  const site = await run(process.execPath, [join(dir, script!), ...args], { cwd: dir, env, onLine });
  const pages = htmlPages(join(dir, baseline.output));
  if (site.code !== 0 || pages === 0) fail(`the ${baseline.name} baseline`, site);
  const pagefind = await run(process.execPath, [join(dir, 'node_modules/.bin/pagefind'), '--site', baseline.output], { cwd: dir, env, onLine });
  if (pagefind.code !== 0) fail(`the ${baseline.name} baseline's Pagefind run`, pagefind);
  const indexedPages = Number(findLine(pagefind.lines, /Indexed \d+ pages?/)?.text.match(/Indexed (\d+)/)?.[1] ?? NaN);
  if (indexedPages !== baseline.indexed(corpus)) {
    fail(`the ${baseline.name} baseline's search index (${indexedPages} pages indexed, ${baseline.indexed(corpus)} expected)`, pagefind);
  }
  return {
    seconds: site.seconds + pagefind.seconds,
    siteSeconds: site.seconds,
    indexSeconds: pagefind.seconds,
    peakTreeRss: Math.max(site.peakTreeRss, pagefind.peakTreeRss),
    maxProcessRss: Math.max(site.maxProcessRss, pagefind.maxProcessRss),
    dist: dirSize(join(dir, baseline.output)),
    htmlPages: pages,
    indexedPages,
  };
}

/** The HTML pages under `dir`, 0 if there is no `dir`. */
export function htmlPages(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html')).length;
}

/** The report's lines for the baselines: each one's figures, then Sitrep's full build over each. */
export function baselineLines(results: BaselineResults): string[] {
  const s = (n: number) => `${n.toFixed(1)} s`;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  const lines: string[] = [];
  for (const { id, name } of baselines) {
    const figures = results[id];
    if (!figures) continue;
    lines.push(
      `${name} + Pagefind`.padEnd(34) +
        `${s(figures.seconds)} (site ${s(figures.siteSeconds)}, Pagefind ${s(figures.indexSeconds)}; ${figures.htmlPages} pages, ${figures.indexedPages} indexed; peak ${mb(figures.peakTreeRss)})`,
    );
  }
  for (const { id, name } of baselines) {
    const ratio = results[id]?.ratio;
    if (ratio !== undefined) lines.push(`ours / ${name}`.padEnd(34) + ratio.toFixed(2));
  }
  return lines;
}
