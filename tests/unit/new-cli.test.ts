/**
 * `npm run new` as a contributor runs it: scripts/new.ts as a child process
 * against temp project trees. A scaffolded file must pass `npm run check` as
 * it is, so a contributor only ever sees problems of their own making. The
 * helpers it is built from are covered by scaffold.test.ts.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run.ts';
import { todayIso } from '../../src/check/index.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const base = join(repo, 'tests/fixtures/bad-inputs/base');
const B = 'src/content/briefings/';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-new-'));
  temps.push(root);
  cpSync(base, root, { recursive: true });
  mkdirSync(join(root, 'src/content/countries'), { recursive: true });
  return root;
}

function run(script: 'new' | 'check', args: string[], input?: string) {
  return runScript(script, args, { input });
}

const briefings = (root: string) => readdirSync(join(root, B)).sort();

// Each test starts Node at least once; on a busy 2-core machine that takes seconds.
describe.concurrent('npm run new', { timeout: 30_000 }, () => {
  it('writes a draft that passes npm run check, and prints the path and next steps', async () => {
    const root = project();
    const { code, stdout, stderr } = await run('new', [
      '--root',
      root,
      'Rutte urges Germany: spend more',
      '--actor',
      'antonio-guterres',
      '--actor',
      'united-nations',
      '--country',
      'de,ua',
      '--date',
      '2024-11-04',
      '--topic',
      'diplomacy',
      '--status',
      'claimed',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const file = `${B}2024-11-04-rutte-urges-germany-spend-more.mdx`;
    expect(stdout).toContain(`Created ${file}`);
    expect(stdout).toContain('Next steps:');
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).toContain('title: "Rutte urges Germany: spend more"');
    expect(text).toContain('actors: [antonio-guterres, united-nations]');
    expect(text).toContain('countries: [de, ua]');
    expect(text).toContain('topics: [diplomacy]');
    expect(text).toContain('status: claimed');
    expect(text).toContain('draft: true');
    const check = await run('check', ['--root', root]);
    expect(check.stdout).toBe('All 2 briefings, 3 actors and 0 country notes are valid\n');
    expect(check.code).toBe(0);
  });

  it('dates the briefing today by default', async () => {
    const root = project();
    const { code } = await run('new', ['--root', root, 'UN', 'statement', 'today', '--country', 'ua']);
    expect(code).toBe(0);
    expect(briefings(root)).toContain(`${todayIso()}-un-statement-today.mdx`);
  });

  it('refuses to overwrite an existing file', async () => {
    const root = project();
    const args = ['--root', root, 'UN warns again', '--country', 'ua', '--date', '2024-11-04'];
    expect((await run('new', args)).code).toBe(0);
    const file = join(root, `${B}2024-11-04-un-warns-again.mdx`);
    writeFileSync(file, 'edited by hand');
    const { code, stderr } = await run('new', args);
    expect(code).toBe(1);
    expect(stderr).toContain(`${B}2024-11-04-un-warns-again.mdx already exists; nothing was written.`);
    expect(readFileSync(file, 'utf8')).toBe('edited by hand');
  });

  it('refuses the same id under another date', async () => {
    const root = project();
    const { code, stderr } = await run('new', ['--root', root, 'UN warns internationalisation', '--country', 'ua', '--date', '2024-11-04']);
    expect(code).toBe(1);
    expect(stderr).toContain(`${B}2024-11-03-un-warns-internationalisation.mdx already has the id \`un-warns-internationalisation\``);
    expect(briefings(root)).toHaveLength(1);
  });

  it('refuses unknown actor and country ids, suggesting the right ones', async () => {
    const root = project();
    const { code, stderr } = await run('new', ['--root', root, 'Title', '--actor', 'guterres', '--country', 'ukraine', '--country', 'uk']);
    expect(code).toBe(1);
    expect(stderr).toContain('Unknown actor `guterres`.');
    expect(stderr).toContain('`antonio-guterres` (António Guterres)');
    expect(stderr).toContain('Unknown country `ukraine`.\nDid you mean `ua` (Ukraine)?');
    expect(stderr).toContain('Unknown country `uk`.\nDid you mean `gb` (United Kingdom)?');
    expect(briefings(root)).toHaveLength(1);
  });

  it('refuses a briefing that names no actor and no country', async () => {
    const root = project();
    const { code, stderr } = await run('new', ['--root', root, 'Title only']);
    expect(code).toBe(1);
    expect(stderr).toContain('`actors` a briefing must name at least one actor or country');
    expect(briefings(root)).toHaveLength(1);
  });

  it('refuses impossible and future dates, unknown statuses and topics', async () => {
    const root = project();
    const cases: [string[], string][] = [
      [['--date', '2024-02-30'], '--date 2024-02-30: `date` must be a real date written YYYY-MM-DD'],
      [['--date', '2999-01-01'], '--date 2999-01-01: `date` 2999-01-01 is in the future'],
      [['--status', 'rumoured'], '--status rumoured: `status` invalid option: expected one of "confirmed"|"reported"|"claimed"|"disputed"'],
      [['--topic', 'war'], '--topic war: `topics[0]` invalid option: expected one of "foreign-forces"'],
      [['--slug', 'Bad Slug'], '--slug must be lowercase letters'],
    ];
    const results = await Promise.all(cases.map(([args]) => run('new', ['--root', root, 'Title', '--country', 'ua', ...args])));
    results.forEach(({ code, stderr }, i) => {
      expect(stderr).toContain(cases[i]![1]);
      expect(code).toBe(1);
    });
    expect(briefings(root)).toHaveLength(1);
  });

  it('asks for --slug when the title gives no file name', async () => {
    const root = project();
    const refused = await run('new', ['--root', root, 'Зеленський', '--country', 'ua']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('add --slug');
    const { code } = await run('new', ['--root', root, 'Зеленський', '--country', 'ua', '--slug', 'zelensky-address', '--date', '2024-11-04']);
    expect(code).toBe(0);
    expect(existsSync(join(root, `${B}2024-11-04-zelensky-address.mdx`))).toBe(true);
  });

  it('asks for title, date, actors and countries interactively, re-asking after a mistake', async () => {
    const root = project();
    const answers = ['Guterres repeats call for peace', '2024-02-30', '2024-11-05', 'guterres', 'antonio-guterres', 'uk', 'gb, ua', ''].join('\n');
    const { code, stdout, stderr } = await run('new', ['--root', root, '--interactive'], answers);
    expect(stderr).toBe('');
    expect(stdout).toContain('Title: ');
    expect(stdout).toContain('`date` must be a real date written YYYY-MM-DD');
    expect(stdout).toContain('Unknown actor `guterres`.');
    expect(stdout).toContain('Did you mean `gb` (United Kingdom)?');
    expect(stdout).toContain(`Created ${B}2024-11-05-guterres-repeats-call-for-peace.mdx`);
    expect(code).toBe(0);
    const text = readFileSync(join(root, `${B}2024-11-05-guterres-repeats-call-for-peace.mdx`), 'utf8');
    expect(text).toContain('actors: [antonio-guterres]');
    expect(text).toContain('countries: [gb, ua]');
  });

  it('stops without writing when the answers run out', async () => {
    const root = project();
    const { code, stderr } = await run('new', ['--root', root, '--interactive'], 'A title\n');
    expect(code).toBe(1);
    expect(stderr).toContain('nothing was written');
    expect(briefings(root)).toHaveLength(1);
  });
});
