/**
 * `npm run check`: checks every briefing, actor, place and country note against the
 * content model and the MDX policy, without building the site. It runs the very
 * validators the build runs (checkSiteContent), prints every problem at once,
 * one per line, and exits 1 if there is any.
 *
 *   npm run check                  the project this script belongs to
 *   npm run check -- --root DIR    another project tree (tests, benchmarks)
 *
 * Under GitHub Actions (GITHUB_ACTIONS set) each problem is also printed as a
 * workflow command, so it shows on the line of the pull request's diff.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { contentDirs } from '../src/content.config.ts';
import { checkSiteContent } from '../src/check/site.ts';
import { formatProblem, githubAnnotation, sortProblems } from '../src/check/problems.ts';

const usage = 'Usage: npm run check [-- --root DIR]';

let root: string;
try {
  const { values } = parseArgs({ options: { root: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: false });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  root = values.root ? resolve(values.root) : fileURLToPath(new URL('..', import.meta.url));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}

if (!existsSync(join(root, contentDirs.briefings))) {
  console.error(`${join(root, contentDirs.briefings)} does not exist: --root must be a Sitrep project, the folder that holds src/content/.`);
  process.exit(2);
}

const problems = sortProblems(await checkSiteContent(root));
const out: string[] = problems.map(formatProblem);
if (process.env.GITHUB_ACTIONS) out.push(...problems.map(githubAnnotation));

if (problems.length) {
  const files = new Set(problems.map((p) => p.file)).size;
  out.push('', `${plural(problems.length, 'problem')} in ${plural(files, 'file')}`);
} else {
  const [briefings, actors, places, countries] = await Promise.all(
    [contentDirs.briefings, contentDirs.actors, contentDirs.places, contentDirs.countries].map((dir) => countFiles(join(root, dir))),
  );
  out.push(
    `All ${plural(briefings!, 'briefing')}, ${plural(actors!, 'actor')}, ${plural(places!, 'place')} and ${plural(countries!, 'country note')} are valid`,
  );
}
// One write, so a large report is not interleaved or cut short by process.exit.
process.stdout.write(out.join('\n') + '\n', () => process.exit(problems.length ? 1 : 0));

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((d) => d.isFile() && !d.name.startsWith('.')).length;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
