/**
 * `npm run check` as a contributor and CI see it: scripts/check.ts run as a
 * child process against temp project trees. What each rule reports is covered
 * by bad-inputs.test.ts; this file covers the command itself: output format,
 * summary, exit codes, GitHub annotations and arguments.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const base = join(repo, 'tests/fixtures/bad-inputs/base');
const B = 'src/content/briefings/';
const BASE_BRIEFING = `${B}2024-11-03-un-warns-internationalisation.mdx`;

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the valid base tree, with extra files written over it. */
function project(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-check-cli-'));
  temps.push(root);
  cpSync(base, root, { recursive: true });
  mkdirSync(join(root, 'src/content/countries'), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  return runScript('check', args, { env });
}

const lines = (text: string) => text.split('\n').filter(Boolean);

/** A briefing with three mistakes: an unknown actor (line 5), an import (line 15) and a citation of a source it does not list (line 17). */
const THREE_PROBLEMS = [
  '---',
  'title: "Guterres statement"',
  'date: 2024-11-04',
  'summary: "A statement."',
  'actors: [antonio-gutteres]',
  'countries: [ua]',
  'status: confirmed',
  'sources:',
  '  - title: "Statement"',
  '    publisher: United Nations',
  '    url: https://press.un.org/en/2024/sgsm22438.doc.htm',
  '    date: 2024-11-03',
  '---',
  '',
  "import fs from 'node:fs';",
  '',
  'Text.<Cite source="2" />',
  '',
].join('\n');

const PROBLEMS = {
  [`${B}2024-11-04-three-problems.mdx`]: THREE_PROBLEMS,
  'src/content/actors/jane-doe.yaml': 'name: "Jane Doe"\nkind: person\nrole: "Spokesperson"\ndescription: "A spokesperson."\nsurname: Doe\n',
};

// Each test starts Node at least once; on a busy 2-core machine that takes seconds.
describe.concurrent('npm run check', { timeout: 30_000 }, () => {
  it('passes a valid tree, exits 0 and says what it checked', async () => {
    const { code, stdout, stderr } = await run(['--root', project()]);
    expect(stderr).toBe('');
    expect(stdout).toBe('All 1 briefing, 3 actors, 0 places and 0 country notes are valid\n');
    expect(code).toBe(0);
  });

  it('counts in the plural and counts places and country notes', async () => {
    const root = project({
      'src/content/countries/ua.yaml': 'note: "Ukraine."\n',
      'src/content/countries/kp.yaml': 'aliases: ["DPRK"]\n',
      'src/content/places/kyiv.yaml': 'name: Kyiv\nkind: city\ncountry: ua\ncoordinates: { lat: 50.45466, lon: 30.5238 }\ngeonames: 703448\n',
    });
    const copy = readFileSync(join(root, BASE_BRIEFING), 'utf8').replace(/^title: .*$/m, 'title: "Another title"');
    writeFileSync(join(root, `${B}2024-11-04-another.mdx`), copy);
    const { code, stdout } = await run(['--root', root]);
    expect(stdout).toBe('All 2 briefings, 3 actors, 1 place and 2 country notes are valid\n');
    expect(code).toBe(0);
  });

  it('prints every problem at once, one per line, sorted by file and line, then the summary; exits 1', async () => {
    const { code, stdout } = await run(['--root', project(PROBLEMS)]);
    const out = lines(stdout);
    expect(out).toHaveLength(5);
    expect(out[0]).toMatch(/^src\/content\/actors\/jane-doe\.yaml:5:1 {2}yaml\/unknown-field {2}unknown field `surname` {2}/);
    expect(out[1]).toMatch(
      /^src\/content\/briefings\/2024-11-04-three-problems\.mdx:5:10 {2}reference\/unknown-actor {2}unknown actor `antonio-gutteres` in `actors\[0\]` {2}Did you mean `antonio-guterres`\?/,
    );
    expect(out[2]).toMatch(/^src\/content\/briefings\/2024-11-04-three-problems\.mdx:15:1 {2}mdx\/no-import-export {2}/);
    expect(out[3]).toMatch(/^src\/content\/briefings\/2024-11-04-three-problems\.mdx:17:6 {2}mdx\/bad-source {2}`source="2"` on <Cite>/);
    expect(out[4]).toBe('4 problems in 2 files');
    expect(code).toBe(1);
  });

  it('adds a GitHub annotation per problem when GITHUB_ACTIONS is set', async () => {
    const { code, stdout } = await run(['--root', project(PROBLEMS)], { GITHUB_ACTIONS: 'true' });
    const annotations = lines(stdout).filter((l) => l.startsWith('::error '));
    expect(annotations).toHaveLength(4);
    expect(annotations).toContain(
      '::error file=src/content/briefings/2024-11-04-three-problems.mdx,line=15,col=1,title=mdx/no-import-export::`import` and `export` are not allowed in a briefing Delete the line; the components a briefing may use are available without importing them.',
    );
    // The plain lines are still there for people reading the log.
    expect(lines(stdout).filter((l) => l.startsWith('src/'))).toHaveLength(4);
    expect(code).toBe(1);
  });

  it('prints no annotations outside GitHub Actions', async () => {
    const { stdout } = await run(['--root', project(PROBLEMS)]);
    expect(stdout).not.toContain('::error');
  });

  it('exits 2 with a message for a --root that is not a project', async () => {
    const { code, stderr } = await run(['--root', join(tmpdir(), 'sitrep-no-such-project')]);
    expect(stderr).toContain('--root must be a Sitrep project');
    expect(code).toBe(2);
  });

  it('exits 2 with the usage for an unknown option', async () => {
    const { code, stderr } = await run(['--bogus']);
    expect(stderr).toContain("Unknown option '--bogus'");
    expect(stderr).toContain('Usage: npm run check');
    expect(code).toBe(2);
  });

  it('checks the project itself when no --root is given', async () => {
    const { code, stdout } = await run([]);
    expect(stdout).toMatch(/^All \d+ briefings?, \d+ actors?, \d+ places? and \d+ country notes? are valid\n$/);
    expect(code).toBe(0);
  });

  it('checks a folder of a few hundred briefings (its speed is measured by npm run bench, not here)', async () => {
    const root = project();
    const text = readFileSync(join(root, BASE_BRIEFING), 'utf8');
    for (let i = 0; i < 300; i++) writeFileSync(join(root, `${B}2024-11-03-copy-${i}.mdx`), text.replace(/^title: .*$/m, `title: "Copy ${i}"`));
    const { code, stdout } = await run(['--root', root]);
    expect(stdout).toBe('All 301 briefings, 3 actors, 0 places and 0 country notes are valid\n');
    expect(code).toBe(0);
  });
});
