/**
 * `npm run ingest` as a contributor runs it: scripts/ingest.ts as a child
 * process on the first report, against temp copies of the fixture site. The
 * first report is already briefed there, so it writes no draft unless forced;
 * forced, its drafts and stubs pass the content check as drafts, and the
 * check refuses a draft published with its markers. The time a run takes is
 * measured by hand (see the closing note), not asserted here.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IngestJson } from '../../src/ingest/summary.ts';
import { removeTrees } from '../helpers/check-tree.ts';
import { checkTree, fixtureTree, REPORT_1, REPORT_1_DEVELOPMENTS, repo } from '../helpers/ingest.ts';

afterAll(removeTrees);

function ingest(args: string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/ingest.ts', ...args], { cwd: repo });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const files = (root: string, dir: string) => readdirSync(join(root, 'src/content', dir)).sort();
const REPORT_ARGS = [REPORT_1, '--date', '2024-11-06'];

/** A report no fixture briefing covers, written for this test: a new actor, a quote, figures. */
const NEW_REPORT = [
  'Russian drones struck the port of Odesa overnight, damaging a grain terminal, regional governor Oleh Kiper said on Telegram. He said two people were injured.',
  '',
  'British Prime Minister Keir Starmer met Zelensky in Kyiv on 5 November. "We will stand with Ukraine for as long as it takes," Starmer said.',
  '',
].join('\n');

// Each test starts Node once or twice; on a busy 2-core machine that takes seconds.
describe.concurrent('npm run ingest', { timeout: 120_000 }, () => {
  it('finds every development of the first report already briefed: --dry-run --json prints only JSON and writes nothing', async () => {
    const root = fixtureTree();
    const before = files(root, 'briefings');
    const { code, stdout, stderr } = await ingest([...REPORT_ARGS, '--dry-run', '--json', '--root', root]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as IngestJson;
    expect(json.drafts.map((d) => d.duplicateOf)).toEqual(REPORT_1_DEVELOPMENTS.map((d) => d.covers));
    expect(json.drafts.every((d) => d.file === null)).toBe(true);
    expect(json.drafts[0]).toMatchObject({
      date: '2024-11-06',
      actors: ['volodymyr-zelensky', 'rustem-umerov'],
      countries: expect.arrayContaining(['kp', 'ru', 'ua']),
      sentences: REPORT_1_DEVELOPMENTS[0]!.development.sentences,
    });
    expect(json.unused.map((u) => u.reason)).toContain('conclusion');
    expect(files(root, 'briefings')).toEqual(before);
  });

  it('writes no draft of the first report without --force, and says which briefing each duplicates', async () => {
    const root = fixtureTree();
    const before = [files(root, 'briefings'), files(root, 'actors'), files(root, 'places')];
    const { code, stdout } = await ingest([...REPORT_ARGS, '--root', root]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^8 developments: wrote 0 drafts, 0 actor stubs and 0 place files; 8 duplicates; 5 paragraphs not used\.\n/);
    expect(stdout).toContain('    duplicates 2024-11-04-north-korean-troops-kursk (score ');
    expect(stdout).toMatch(/Not used:\n {2}paragraph 1 \(title\): “Escalation in Ukraine Conflict/);
    expect([files(root, 'briefings'), files(root, 'actors'), files(root, 'places')]).toEqual(before);
  });

  it('with --force, writes drafts that pass the check as drafts, and the check refuses one published with its markers', async () => {
    const root = fixtureTree();
    const { code, stdout } = await ingest([...REPORT_ARGS, '--force', '--json', '--root', root]);
    expect(code).toBe(0);
    const written = (JSON.parse(stdout) as IngestJson).drafts.map((d) => d.file!);
    expect(written).toHaveLength(8);
    expect(written.every((file) => readFileSync(join(root, file), 'utf8').includes('\ndraft: true'))).toBe(true);
    expect(await checkTree(root)).toEqual([]);

    const [first] = written as [string];
    writeFileSync(join(root, first), readFileSync(join(root, first), 'utf8').replace(/^draft: true.*\n/m, ''));
    const problems = await checkTree(root);
    expect(new Set(problems.map((p) => `${p.file} ${p.rule}`))).toEqual(new Set([`${first} briefing/placeholder`]));
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^`title` still needs review/),
        expect.stringMatching(/^the body still needs a source for the figure or claim before it: “.*asserted \[TODO\(source\)\]”$/),
        expect.stringMatching(/^the body still needs a citation for the sentence before it/),
      ]),
    );
  });

  it('writes a genuinely new development, with its new actor’s stub, and never overwrites: a second run finds its own drafts', async () => {
    const root = fixtureTree();
    const first = await ingest(['-', '--date', '2024-11-06', '--json', '--root', root], NEW_REPORT);
    const json = JSON.parse(first.stdout) as IngestJson;
    expect(json.drafts.map((d) => d.duplicateOf)).toEqual([null, null]);
    expect(json.drafts.every((d) => d.file)).toBe(true);
    expect(json.actorStubs).toEqual(expect.arrayContaining(['src/content/actors/keir-starmer.yaml']));
    expect(await checkTree(root)).toEqual([]);
    const texts = json.drafts.map((d) => readFileSync(join(root, d.file!), 'utf8'));

    const again = JSON.parse((await ingest(['-', '--date', '2024-11-06', '--json', '--root', root], NEW_REPORT)).stdout) as IngestJson;
    expect(again.drafts.map((d) => [d.file, d.duplicateOf])).toEqual(json.drafts.map((d) => [null, d.file!.replace(/^.*\/|\.mdx$/g, '')]));
    expect(json.drafts.map((d) => readFileSync(join(root, d.file!), 'utf8'))).toEqual(texts);
  });

  it('refuses, without a stack and without writing, a missing or impossible date, an unreadable report and an unknown option', async () => {
    const cases: [string[], RegExp][] = [
      [[REPORT_1], /^Give the report's date: --date YYYY-MM-DD/],
      [[REPORT_1, '--date', '2024-02-30'], /^--date 2024-02-30: .*YYYY-MM-DD/],
      [[REPORT_1, '--date', '2999-01-01'], /^--date 2999-01-01: `date` 2999-01-01 is in the future/],
      [['no-such-report.txt', '--date', '2024-11-06'], /^Cannot read the report no-such-report\.txt \(ENOENT\); nothing was written\.$/m],
      [[REPORT_1, '--date', '2024-11-06', '--bogus'], /^Unknown option '--bogus'/],
      [['--date', '2024-11-06'], /^Give one report: a file, or - to read standard input\./],
    ];
    const results = await Promise.all(cases.map(([args]) => ingest(args)));
    for (const [i, { code, stdout, stderr }] of results.entries()) {
      const [args, message] = cases[i]!;
      expect(stderr, args.join(' ')).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stdout).toBe('');
      expect(code).toBe(1);
    }
  });
});
