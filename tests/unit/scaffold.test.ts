/**
 * `npm run new`: the pure helpers in src/lib/scaffold.ts, then scripts/new.ts
 * run as a child process against temp project trees. A scaffolded file must
 * pass `npm run check` as it is, so a contributor only ever sees problems of
 * their own making.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run.ts';
import { briefingSchema } from '../../src/content.config.ts';
import { todayIso } from '../../src/check/content-check.ts';
import { countryRegistry } from '../../src/data/countries.ts';
import { parseSource } from '../../src/check/frontmatter.ts';
import { createRegistry } from '../../src/check/references.ts';
import { renderBody } from '../../src/render/body.ts';
import {
  BODY_SKELETON,
  briefingFileName,
  briefingSkeleton,
  closeMatches,
  findClash,
  frontMatterText,
  isBriefingFileName,
  isIsoDate,
  PLACEHOLDERS,
  slugify,
  splitIds,
  unknownIdMessage,
  type LabelledRegistry,
  type SkeletonFields,
} from '../../src/lib/scaffold.ts';
import { site } from '../../src/site.config.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const base = join(repo, 'tests/fixtures/bad-inputs/base');
const B = 'src/content/briefings/';

const actors: LabelledRegistry = {
  registry: createRegistry([
    { id: 'mark-rutte', names: ['Mark Rutte'] },
    { id: 'volodymyr-zelensky', names: ['Volodymyr Zelensky', 'Zelenskyy'] },
    { id: 'vladimir-putin', names: ['Vladimir Putin'] },
    { id: 'united-nations', names: ['United Nations', 'UN'] },
  ]),
  labels: new Map([
    ['mark-rutte', 'Mark Rutte'],
    ['volodymyr-zelensky', 'Volodymyr Zelensky'],
  ]),
};
const records = countryRegistry();
const countries: LabelledRegistry = {
  registry: createRegistry(records.map((c) => ({ id: c.id, names: [c.name, c.officialName, ...c.aliases, ...c.demonyms] }))),
  labels: new Map(records.map((c) => [c.id, c.name])),
};

const fields = (over: Partial<SkeletonFields> = {}): SkeletonFields => ({
  title: 'Rutte urges Germany to spend more',
  date: '2024-11-04',
  actors: ['mark-rutte'],
  countries: ['de'],
  status: 'reported',
  statuses: Object.keys(site.statuses),
  topicIds: Object.keys(site.topics),
  ...over,
});

describe('slugify', () => {
  it('lowercases, drops accents and apostrophes, and joins words with single hyphens', () => {
    expect(slugify('Zelensky: “We’ll respond” — Kursk, 4 Nov.')).toBe('zelensky-well-respond-kursk-4-nov');
    expect(slugify('Stéphane Dujarric’s statement')).toBe('stephane-dujarrics-statement');
    expect(slugify('  --NATO--  ')).toBe('nato');
  });

  it('cuts a long title at a word, within the limit', () => {
    const slug = slugify('North Korean troops in Kursk: Kyiv says 11,000, expects up to 15,000 along the front');
    expect(slug).toBe('north-korean-troops-in-kursk-kyiv-says-11-000-expects-up-to');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slugify('a'.repeat(80))).toBe('a'.repeat(60));
  });

  it('is empty for a title without Latin letters or digits', () => {
    expect(slugify('Зеленський')).toBe('');
  });

  it('makes ids the file-name pattern accepts', () => {
    for (const title of ['Rutte in Berlin', 'UN: “very concerned”', '11,000 troops']) {
      expect(isBriefingFileName(briefingFileName('2024-11-04', slugify(title)))).toBe(true);
    }
  });
});

describe('briefingFileName and isIsoDate', () => {
  it('joins date and slug', () => {
    expect(briefingFileName('2024-11-04', 'rutte-in-berlin')).toBe('2024-11-04-rutte-in-berlin.mdx');
  });

  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-11-4')).toBe(false);
    expect(isIsoDate('4 November 2024')).toBe(false);
  });
});

describe('findClash', () => {
  const existing = ['2024-11-04-rutte-in-berlin.mdx', '2024-11-05-kursk.mdx', 'README.md'];
  it('finds the same file', () => {
    expect(findClash(existing, '2024-11-04-rutte-in-berlin.mdx')).toEqual({ file: '2024-11-04-rutte-in-berlin.mdx', kind: 'same-file' });
  });
  it('finds the same slug under another date', () => {
    expect(findClash(existing, '2024-11-06-kursk.mdx')).toEqual({ file: '2024-11-05-kursk.mdx', kind: 'same-slug' });
  });
  it('finds nothing for a new slug', () => {
    expect(findClash(existing, '2024-11-06-kursk-again.mdx')).toBeUndefined();
  });
});

describe('splitIds', () => {
  it('splits on commas and spaces', () => {
    expect(splitIds(' mark-rutte, volodymyr-zelensky  nato,,')).toEqual(['mark-rutte', 'volodymyr-zelensky', 'nato']);
    expect(splitIds('')).toEqual([]);
  });
});

describe('closeMatches and unknownIdMessage', () => {
  it('finds ids by a word of the id or name, by a prefix, or within a few edits', () => {
    expect(closeMatches('rute', actors)).toEqual(['mark-rutte']);
    expect(closeMatches('zelen', actors)).toEqual(['volodymyr-zelensky']);
    expect(closeMatches('Zelenskyy', actors)[0]).toBe('volodymyr-zelensky');
    expect(closeMatches('putin', actors)).toEqual(['vladimir-putin']);
  });

  it('finds countries by name, alias and demonym', () => {
    expect(closeMatches('Ukraine', countries)[0]).toBe('ua');
    expect(closeMatches('north korean', countries)[0]).toBe('kp');
    expect(closeMatches('korea', countries)).toEqual(expect.arrayContaining(['kp', 'kr']));
  });

  it('does not guess from edit distance for codes of three letters or fewer', () => {
    expect(closeMatches('xq', countries)).toEqual([]);
  });

  it('explains an unknown id with the did-you-mean the check gives, close matches and where ids come from', () => {
    expect(unknownIdMessage('country', 'uk', countries)).toBe(
      'Unknown country `uk`.\nDid you mean `gb` (United Kingdom)?\nCountry ids are lowercase ISO 3166-1 alpha-2 codes, such as `ua` or `kp`.',
    );
    const message = unknownIdMessage('actor', 'rute', actors);
    expect(message).toContain('Close matches: `mark-rutte` (Mark Rutte).');
    expect(message).toContain('src/content/actors/');
  });
});

describe('the skeleton', () => {
  it('is valid against the briefing schema, and a draft', () => {
    const parsed = parseSource(briefingSkeleton(fields()));
    expect(parsed.yamlErrors).toEqual([]);
    const result = briefingSchema.safeParse(parsed.data);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ title: 'Rutte urges Germany to spend more', date: '2024-11-04', draft: true, status: 'reported', actors: ['mark-rutte'], countries: ['de'] });
    expect(result.data?.sources).toEqual([{ title: PLACEHOLDERS.sourceTitle, publisher: PLACEHOLDERS.publisher, url: PLACEHOLDERS.url, date: '2024-11-04' }]);
  });

  it('quotes titles with colons, quotes and backslashes safely', () => {
    const title = 'Zelensky: "strong response" \\ to Kursk: #1';
    const parsed = parseSource(frontMatterText(fields({ title })));
    expect((parsed.data as { title: string }).title).toBe(title);
  });

  it('lists the statuses and topics in comments', () => {
    const text = frontMatterText(fields({ topics: ['diplomacy'] }));
    expect(text).toContain('topics: [diplomacy] # optional, any of: foreign-forces, strikes');
    expect(text).toContain('status: reported # how established the main claim is: confirmed, reported, claimed, disputed');
    expect(text).toContain('draft: true # delete this line');
  });

  it('has a body that passes the MDX policy and shows <Cite source="1" />', () => {
    expect(BODY_SKELETON).toContain('<Cite source="1" />');
    expect(renderBody(briefingSkeleton(fields()), 1).violations).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// scripts/new.ts

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
    const { code, stdout, stderr } = await run('new', ['--root', root, 'Rutte urges Germany: spend more', '--actor', 'antonio-guterres', '--actor', 'united-nations', '--country', 'de,ua', '--date', '2024-11-04', '--topic', 'diplomacy', '--status', 'claimed']);
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
    expect(stderr).toContain('A briefing must name at least one actor or country');
    expect(briefings(root)).toHaveLength(1);
  });

  it('refuses impossible and future dates, unknown statuses and topics', async () => {
    const root = project();
    const cases: [string[], string][] = [
      [['--date', '2024-02-30'], '`2024-02-30` is not a real date'],
      [['--date', '2999-01-01'], '--date 2999-01-01 is in the future'],
      [['--status', 'rumoured'], '--status must be one of confirmed, reported, claimed, disputed'],
      [['--topic', 'war'], 'Unknown topic `war`'],
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
    expect(stdout).toContain('`2024-02-30` is not a real date');
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
