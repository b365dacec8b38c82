/**
 * `npm run bench:ingest -- [--runs N] [--no-process]`: how long `npm run ingest`
 * takes on each labelled report in tests/fixtures/reports/ (a folder with a
 * `labels.json`, which gives the report's file and date). For each report it
 * times, over N runs (default 5):
 *
 * - `analyseReport` alone, in this process, against the fixture registries the
 *   accuracy test uses (loaded once, and one analysis run first to warm up, so
 *   that loading compromise and chrono is not counted);
 * - the whole command, `scripts/ingest.ts <report> --date D --dry-run --json`
 *   with this script's Node binary (what `npm run ingest` runs), start to end
 *   in a new process: loading, registries, analysis, plan, JSON.
 *
 * It prints min/median/max in milliseconds, with the report's word count.
 * Speed is measured here, not asserted in tests: a timed test fails on a
 * loaded machine. Only figures are printed, never a report's text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyseReport } from '../../src/ingest/analyse.ts';
import { loadRegistries } from '../../src/ingest/registries.ts';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const corpus = join(root, 'tests/fixtures/reports');
const contentRoot = join(root, 'tests/fixtures/site/src/content');

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, 'no-process': { type: 'boolean', default: false } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not ${values.runs}`);

interface Report {
  name: string;
  file: string;
  date: string;
  text: string;
}

const reports: Report[] = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(corpus, entry.name, 'labels.json')))
  .map((entry) => {
    const labels = JSON.parse(readFileSync(join(corpus, entry.name, 'labels.json'), 'utf8')) as { report: string; date: string };
    const file = join(corpus, entry.name, labels.report);
    return { name: entry.name, file, date: labels.date, text: readFileSync(file, 'utf8') };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

/** Milliseconds each of `runs` calls of `task` takes. */
function time(task: () => void): number[] {
  return Array.from({ length: runs }, () => {
    const started = performance.now();
    task();
    return performance.now() - started;
  });
}

function spread(ms: readonly number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return [sorted[0]!, median, sorted.at(-1)!].map((n) => Math.round(n)).join(' / ');
}

const registries = await loadRegistries(contentRoot);
if (reports[0]) analyseReport(reports[0].text, { date: reports[0].date, registries });

const rows = reports.map(({ name, file, date, text }) => {
  const analysis = time(() => analyseReport(text, { date, registries }));
  const command = values['no-process']
    ? undefined
    : time(() =>
        execFileSync(process.execPath, [join(root, 'scripts/ingest.ts'), file, '--date', date, '--dry-run', '--json'], { cwd: root, stdio: 'ignore' }),
      );
  return {
    report: name,
    words: text.split(/\s+/).filter(Boolean).length,
    'analyseReport ms min / median / max': spread(analysis),
    ...(command && { 'npm run ingest ms min / median / max': spread(command) }),
  };
});
console.log(`${runs} runs each, Node ${process.version}`);
console.table(rows);
