import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actorSchema, briefingSchema, contentDirs, countryNoteSchema } from '../../src/content.config.ts';
import { BRIEFING_FILE, checkContent, fieldPath, todayIso, type CheckOptions } from '../../src/check/content-check.ts';
import { sortProblems, type Problem } from '../../src/check/problems.ts';

const B = `${contentDirs.briefings}/`;
const A = `${contentDirs.actors}/`;
const C = `${contentDirs.countries}/`;
const BRIEFING = `${B}2024-11-04-nk-troops.mdx`;
const ACTOR = `${A}rustem-umerov.yaml`;

// ---------------------------------------------------------------------------
// Helpers

/** One source entry, as the YAML lines under `sources:`. */
const source = (url = 'https://www.reuters.com/a', title = 'Report') =>
  `\n  - title: ${title}\n    publisher: Reuters\n    url: ${url}\n    date: 2024-11-04`;

/**
 * A briefing's fields as YAML values, in file order. With these defaults the
 * file's lines are:
 *   1 ---            6   - rustem-umerov     11   - title: Report
 *   2 title          7 countries:            12     publisher
 *   3 date           8   - ua                13     url
 *   4 summary        9 status                14     date
 *   5 actors:       10 sources:              15 (first added field, or ---)
 * and, without added fields, the body starts on line 17.
 */
const BRIEFING_FIELDS: Record<string, string> = {
  title: 'North Korean troops deployed to Kursk',
  date: '2024-11-04',
  summary: 'Ukraine says North Korean troops are fighting in the Kursk region.',
  actors: '\n  - rustem-umerov',
  countries: '\n  - ua',
  status: 'reported',
  sources: source(),
};
const BODY_LINE = 17;

/** Fields set to undefined are left out; new fields go after `sources`. */
function briefing(fields: Record<string, string | undefined> = {}, body = 'Body text <Cite source="1" />.\n'): string {
  const yaml = Object.entries({ ...BRIEFING_FIELDS, ...fields })
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}:${value.startsWith('\n') ? '' : ' '}${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}`;
}

/** An actor file. Lines: 1 name, 2 kind, 3 role, 4 country, 5 aliases:, 6 - first alias, 7 description. */
function actor(fields: Record<string, string | undefined> = {}): string {
  const all: Record<string, string | undefined> = {
    name: 'Rustem Umerov',
    kind: 'person',
    role: 'Minister of Defence of Ukraine',
    country: 'ua',
    aliases: '\n  - Umerov',
    description: 'Ukrainian politician, minister of defence since 2023.',
    ...fields,
  };
  return Object.entries(all)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}:${value.startsWith('\n') ? '' : ' '}${value}\n`)
    .join('');
}

/** The smallest valid tree: one briefing, the actor it names, and a country note. */
const VALID: Record<string, string | Buffer> = {
  [BRIEFING]: briefing(),
  [ACTOR]: actor(),
  [`${C}ua.yaml`]: 'note: Invaded by Russia in 2014 and 2022.\n',
};

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Writes the files (paths relative to the project root) into a fresh temp dir. */
function makeTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-check-'));
  roots.push(root);
  for (const dir of Object.values(contentDirs)) mkdirSync(join(root, dir), { recursive: true });
  for (const [path, content] of Object.entries(files)) writeFileSync(join(root, path), content);
  return root;
}

function options(root: string): CheckOptions {
  return { root, dirs: contentDirs, schemas: { briefing: briefingSchema, actor: actorSchema, countryNote: countryNoteSchema }, today: '2026-01-01' };
}

/** Checks the valid tree with some files changed, added, or (undefined) removed. */
function check(changes: Record<string, string | Buffer | undefined> = {}): Promise<Problem[]> {
  const files = Object.fromEntries(Object.entries({ ...VALID, ...changes }).filter((entry): entry is [string, string | Buffer] => entry[1] !== undefined));
  return checkContent(options(makeTree(files)));
}

// ---------------------------------------------------------------------------

describe('checkContent: valid content', () => {
  it('finds no problems in a valid tree', async () => {
    expect(await check()).toEqual([]);
  });

  it('finds no problems in empty or missing folders', async () => {
    expect(await checkContent(options(makeTree({})))).toEqual([]);
    const bare = mkdtempSync(join(tmpdir(), 'sitrep-check-'));
    roots.push(bare);
    expect(await checkContent(options(bare))).toEqual([]);
  });

  it('accepts a briefing and an actor saved with a BOM and CRLF line ends', async () => {
    const crlf = (text: string) => '\uFEFF' + text.replace(/\n/g, '\r\n');
    const body = 'Text <Cite source="1" />.\n\n<Quote by="Rustem Umerov" source="1">\nWe see them.\n</Quote>\n';
    expect(await check({ [BRIEFING]: crlf(briefing({}, body)), [ACTOR]: crlf(actor()), [`${C}ua.yaml`]: crlf('note: x\n') })).toEqual([]);
  });

  it('ignores dot files', async () => {
    expect(await check({ [`${B}.DS_Store`]: 'x', [`${A}.gitkeep`]: '' })).toEqual([]);
  });
});

describe('checkContent: references', () => {
  it('reports an unknown actor with a did-you-mean hint', async () => {
    expect(await check({ [BRIEFING]: briefing({ actors: '\n  - rustem-umierov' }) })).toEqual([
      {
        file: BRIEFING,
        line: 6,
        column: 5,
        rule: 'reference/unknown-actor',
        message: 'unknown actor `rustem-umierov` in `actors[0]`',
        hint: 'Did you mean `rustem-umerov`? Otherwise add src/content/actors/rustem-umierov.yaml if it is a new actor.',
      },
    ]);
  });

  it('reports an unknown actor without a hint when nothing is close', async () => {
    const [problem] = await check({ [BRIEFING]: briefing({ actors: '\n  - rustem-umerov\n  - emmanuel-macron' }) });
    expect(problem).toMatchObject({ line: 7, rule: 'reference/unknown-actor', message: 'unknown actor `emmanuel-macron` in `actors[1]`' });
    expect(problem!.hint).toBe('Add src/content/actors/emmanuel-macron.yaml if it is a new actor.');
  });

  it('reports an unknown country code, suggesting one by alias', async () => {
    expect(await check({ [BRIEFING]: briefing({ countries: '\n  - uk' }) })).toEqual([
      {
        file: BRIEFING,
        line: 8,
        column: 5,
        rule: 'reference/unknown-country',
        message: 'unknown country `uk` in `countries[0]`',
        hint: 'Did you mean `gb`? Otherwise use a lowercase ISO 3166-1 alpha-2 code.',
      },
    ]);
  });

  it("reports an unknown country in a place, at the place's line", async () => {
    expect(await check({ [BRIEFING]: briefing({ places: '\n  - name: Kursk\n    country: ru\n  - name: Nowhere\n    country: xx' }) })).toEqual([
      {
        file: BRIEFING,
        line: 19,
        column: 5,
        rule: 'reference/unknown-country',
        message: 'unknown country `xx` in `places[1].country`',
        hint: 'Use a lowercase ISO 3166-1 alpha-2 code.',
      },
    ]);
  });

  it('reports an actor whose country is unknown', async () => {
    expect(await check({ [ACTOR]: actor({ country: 'xx' }) })).toEqual([
      {
        file: ACTOR,
        line: 4,
        column: 1,
        rule: 'reference/unknown-country',
        message: 'unknown country `xx` in `country`',
        hint: 'Use a lowercase ISO 3166-1 alpha-2 code.',
      },
    ]);
  });

  it('reports a country note file for an unknown code', async () => {
    expect(await check({ [`${C}xx.yaml`]: 'note: x\n' })).toEqual([
      {
        file: `${C}xx.yaml`,
        rule: 'reference/unknown-country',
        message: 'unknown country `xx` in `the file name`',
        hint: 'Use a lowercase ISO 3166-1 alpha-2 code.',
      },
    ]);
  });
});

describe('checkContent: front matter', () => {
  it('reports an unknown field at its line', async () => {
    expect(await check({ [BRIEFING]: briefing({ tags: '[troops]' }) })).toEqual([
      {
        file: BRIEFING,
        line: 15,
        column: 1,
        rule: 'frontmatter/unknown-field',
        message: 'unknown field `tags`',
        hint: 'Remove it or correct its spelling; CONTRIBUTING.md lists the fields.',
      },
    ]);
  });

  it('reports an unknown field inside a source', async () => {
    const [problem] = await check({ [BRIEFING]: briefing({ sources: `${source()}\n    author: Jane` }) });
    expect(problem).toMatchObject({ file: BRIEFING, line: 15, column: 5, rule: 'frontmatter/unknown-field', message: 'unknown field `sources[0].author`' });
  });

  it('reports a missing field', async () => {
    expect(await check({ [BRIEFING]: briefing({ summary: undefined }) })).toEqual([
      {
        file: BRIEFING,
        line: 2,
        column: 1,
        rule: 'frontmatter/missing-field',
        message: 'missing required field `summary`',
        hint: 'Add it; CONTRIBUTING.md lists the fields and shows an example.',
      },
    ]);
  });

  it('reports an invalid value with the schema message', async () => {
    expect(await check({ [BRIEFING]: briefing({ date: '2024-02-30' }) })).toEqual([
      {
        file: BRIEFING,
        line: 3,
        column: 1,
        rule: 'frontmatter/invalid-value',
        message: '`date` must be a real date written YYYY-MM-DD, such as 2024-11-04',
        hint: 'CONTRIBUTING.md lists each field and its format.',
      },
    ]);
  });

  it('reports a source url that is not http(s) at its line', async () => {
    const [problem] = await check({ [BRIEFING]: briefing({ sources: source('ftp://example.org/a') }) });
    expect(problem).toMatchObject({
      file: BRIEFING,
      line: 13,
      column: 5,
      rule: 'frontmatter/invalid-value',
      message: '`sources[0].url` must be a full http(s) address, such as https://example.org/article',
    });
  });

  it('reports a value of the wrong type at its line', async () => {
    const problems = await check({ [BRIEFING]: briefing({ draft: 'maybe' }) });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: BRIEFING, line: 15, column: 1 });
    expect(problems[0]!.message).toContain('`draft`');
  });

  it('reports a value of the wrong type as an invalid value, not a missing field', async () => {
    const [problem] = await check({ [BRIEFING]: briefing({ title: '42' }) });
    expect(problem).toMatchObject({ line: 2, rule: 'frontmatter/invalid-value', message: '`title` invalid input: expected string, received number' });
  });

  it('reports a YAML syntax error at its line and column in the file', async () => {
    expect(await check({ [BRIEFING]: briefing({ title: 'Troops: in Kursk' }) })).toEqual([
      {
        file: BRIEFING,
        line: 2,
        column: 8,
        rule: 'frontmatter/yaml',
        message: 'YAML syntax error: Nested mappings are not allowed in compact mappings',
        hint: 'Check indentation and quoting; put text containing a colon in quotes.',
      },
    ]);
  });

  it('reports a file without front matter', async () => {
    expect(await check({ [BRIEFING]: 'Just a body <Cite source="1" />.\n' })).toEqual([
      {
        file: BRIEFING,
        line: 1,
        column: 1,
        rule: 'frontmatter/missing',
        message: 'the file has no front matter',
        hint: 'Start the file with a `---` line, the fields, and another `---` line; `npm run new` writes a valid skeleton.',
      },
    ]);
  });

  it('reports empty front matter as missing front matter', async () => {
    const [problem] = await check({ [BRIEFING]: '---\n---\n\nJust a body.\n' });
    expect(problem).toMatchObject({ line: 1, rule: 'frontmatter/missing' });
  });

  it('reports problems in actor files with the yaml/ rule prefix', async () => {
    expect(await check({ [BRIEFING]: undefined, [ACTOR]: actor({ role: undefined, born: '1982' }) })).toEqual([
      expect.objectContaining({ file: ACTOR, line: 1, column: 1, rule: 'yaml/missing-field', message: 'missing required field `role`' }),
      expect.objectContaining({ file: ACTOR, line: 7, column: 1, rule: 'yaml/unknown-field', message: 'unknown field `born`' }),
    ]);
    expect(await check({ [BRIEFING]: undefined, [ACTOR]: `${actor()}role: again\n` })).toEqual([
      expect.objectContaining({ file: ACTOR, line: 8, column: 1, rule: 'yaml/yaml', message: 'YAML syntax error: Map keys must be unique' }),
    ]);
  });

  it('reports an unknown field in a country note', async () => {
    expect(await check({ [`${C}ua.yaml`]: 'notes: typo\n' })).toEqual([
      expect.objectContaining({ file: `${C}ua.yaml`, line: 1, column: 1, rule: 'yaml/unknown-field', message: 'unknown field `notes`' }),
    ]);
  });
});

describe('checkContent: files', () => {
  it.each([
    ['an empty file', ''],
    ['a file of whitespace and a BOM', '\uFEFF \n\n'],
  ])('reports %s', async (_, text) => {
    expect(await check({ [BRIEFING]: text })).toEqual([
      { file: BRIEFING, rule: 'file/empty', message: 'the file is empty', hint: 'Fill it in (`npm run new` writes a valid skeleton) or delete it.' },
    ]);
  });

  it('reports a file that is not valid UTF-8', async () => {
    expect(await check({ [BRIEFING]: Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0xfd, 0x0a]) })).toEqual([
      { file: BRIEFING, rule: 'file/encoding', message: 'the file is not valid UTF-8', hint: 'Save it as UTF-8 (in most editors: "Save with encoding" → UTF-8).' },
    ]);
  });

  it('reports files outside the naming pattern in each folder', async () => {
    const problems = await check({ [`${B}Notes.md`]: 'x', [`${B}2024-11-04_Bad.mdx`]: briefing(), [`${A}Rustem.yaml`]: actor(), [`${C}UA.yaml`]: 'note: x\n' });
    expect(problems).toEqual([
      {
        file: `${B}2024-11-04_Bad.mdx`,
        rule: 'file/name',
        message: '`2024-11-04_Bad.mdx` does not follow the naming pattern, so it would not be published',
        hint: 'Name it YYYY-MM-DD-short-title.mdx, such as 2024-11-04-north-korean-troops-kursk.mdx.',
      },
      {
        file: `${B}Notes.md`,
        rule: 'file/name',
        message: '`Notes.md` does not follow the naming pattern, so it would not be published',
        hint: 'Name it YYYY-MM-DD-short-title.mdx, such as 2024-11-04-north-korean-troops-kursk.mdx.',
      },
      {
        file: `${A}Rustem.yaml`,
        rule: 'file/name',
        message: '`Rustem.yaml` does not follow the naming pattern, so it would not be published',
        hint: 'Name it the actor id and .yaml, such as rustem-umerov.yaml.',
      },
      {
        file: `${C}UA.yaml`,
        rule: 'file/name',
        message: '`UA.yaml` does not follow the naming pattern, so it would not be published',
        hint: 'Name it the lowercase ISO code and .yaml, such as ua.yaml.',
      },
    ]);
  });
});

describe('checkContent: briefings', () => {
  it('reports a date in the future', async () => {
    const file = `${B}2026-02-01-nk-troops.mdx`;
    expect(await check({ [BRIEFING]: undefined, [file]: briefing({ date: '2026-02-01' }) })).toEqual([
      {
        file,
        line: 3,
        column: 1,
        rule: 'briefing/future-date',
        message: '`date` 2026-02-01 is in the future (today is 2026-01-01)',
        hint: 'Use the date on which the event happened or was announced.',
      },
    ]);
  });

  it('reports an `updated` date in the future and accepts today', async () => {
    expect(await check({ [BRIEFING]: briefing({ updated: '2026-01-02' }) })).toEqual([
      expect.objectContaining({ line: 15, column: 1, rule: 'briefing/future-date', message: '`updated` 2026-01-02 is in the future (today is 2026-01-01)' }),
    ]);
    expect(await check({ [BRIEFING]: briefing({ updated: '2026-01-01' }) })).toEqual([]);
  });

  it('reports a second briefing with the same title, ignoring case and punctuation', async () => {
    const second = `${B}2024-11-05-troops-again.mdx`;
    expect(await check({ [second]: briefing({ title: 'North Korean Troops Deployed to Kursk!' }) })).toEqual([
      {
        file: second,
        rule: 'briefing/duplicate',
        message: `has the same title as ${BRIEFING}`,
        hint: 'Correct the existing briefing instead of filing it again, or give this one a distinct title.',
      },
    ]);
  });

  it('reports the same slug under another date', async () => {
    const second = `${B}2024-11-05-nk-troops.mdx`;
    expect(await check({ [second]: briefing({ title: 'Something else entirely' }) })).toEqual([
      {
        file: second,
        rule: 'briefing/duplicate',
        message: `has the same id as ${BRIEFING} under another date`,
        hint: 'Correct the existing briefing instead of filing it again, or rename this file.',
      },
    ]);
  });

  it('reports a source URL listed twice, at the second url', async () => {
    expect(await check({ [BRIEFING]: briefing({ sources: `${source()}${source('https://example.org/b', 'Other')}${source()}` }) })).toEqual([
      {
        file: BRIEFING,
        line: 21,
        column: 5,
        rule: 'briefing/duplicate-source',
        message: 'source 3 repeats source 1 (https://www.reuters.com/a)',
        hint: 'Cite each page once and refer to it by its number.',
      },
    ]);
  });

  it('reports an MDX violation at its line in the file', async () => {
    expect(await check({ [BRIEFING]: briefing({}, 'Body text <Cite source="1" />.\n\nSee <Cite source="2" />.\n') })).toEqual([
      {
        file: BRIEFING,
        line: BODY_LINE + 2,
        column: 5,
        rule: 'mdx/bad-source',
        message: "`source=\"2\"` on <Cite> does not name one of this briefing's sources (it lists 1)",
        hint: 'Use the number of the source in front-matter `sources`, counting from 1.',
      },
    ]);
  });

  it('reports an import in the body at its line in the file', async () => {
    expect(await check({ [BRIEFING]: briefing({}, 'import fs from "node:fs"\n\nText.\n') })).toEqual([
      expect.objectContaining({ file: BRIEFING, line: BODY_LINE, column: 1, rule: 'mdx/no-import-export' }),
    ]);
  });
});

describe('checkContent: actors', () => {
  it('reports a name that is already an alias of another actor, at the name', async () => {
    // Files are read in name order, so rustem-umerov.yaml claims its names first.
    const other = `${A}umerov.yaml`;
    expect(await check({ [other]: actor({ name: 'Umerov', aliases: undefined }) })).toEqual([
      {
        file: other,
        line: 1,
        column: 1,
        rule: 'actor/duplicate-name',
        message: '`Umerov` is already a name of actor `rustem-umerov`',
        hint: 'If they are the same actor, keep one file and list the other spelling in its aliases.',
      },
    ]);
  });

  it('reports an alias that is already a name of another actor, at the alias, ignoring case and accents', async () => {
    const other = `${A}umerov.yaml`;
    expect(await check({ [other]: actor({ name: 'R. Umerov', aliases: '\n  - Ümerov' }) })).toEqual([
      expect.objectContaining({ file: other, line: 6, column: 5, rule: 'actor/duplicate-name', message: '`Ümerov` is already a name of actor `rustem-umerov`' }),
    ]);
  });

  it('allows an actor to repeat its own name among its aliases', async () => {
    expect(await check({ [ACTOR]: actor({ aliases: '\n  - Rustem Umerov\n  - Umerov' }) })).toEqual([]);
  });

  it('resolves a briefing reference to an actor that failed validation as unknown', async () => {
    const problems = await check({ [ACTOR]: actor({ kind: 'minister' }) });
    expect(problems.map((p) => [p.file, p.rule])).toEqual([
      [ACTOR, 'yaml/invalid-value'],
      [BRIEFING, 'reference/unknown-actor'],
    ]);
  });
});

describe('checkContent: many problems', () => {
  it('reports every problem of every file at once', async () => {
    const other = `${B}2024-11-06-other.mdx`;
    const problems = await check({
      [BRIEFING]: briefing({ actors: '\n  - rustem-umierov' }, 'Body <Cite source="2" /> and {x}.\n'),
      // Without `summary` the lines move up one: `tags` is on line 14.
      [other]: briefing({ title: 'Other', summary: undefined, tags: 'x' }),
      [`${B}notes.txt`]: 'x',
      [ACTOR]: actor({ country: 'xx' }),
      [`${C}zz.yaml`]: 'note: x\n',
    });
    expect(sortProblems(problems).map((p) => [p.file, p.line, p.column, p.rule])).toEqual([
      [ACTOR, 4, 1, 'reference/unknown-country'],
      [BRIEFING, 6, 5, 'reference/unknown-actor'],
      [BRIEFING, BODY_LINE, 6, 'mdx/bad-source'],
      [BRIEFING, BODY_LINE, 30, 'mdx/no-expression'],
      [other, 2, 1, 'frontmatter/missing-field'],
      [other, 14, 1, 'frontmatter/unknown-field'],
      [`${B}notes.txt`, undefined, undefined, 'file/name'],
      [`${C}zz.yaml`, undefined, undefined, 'reference/unknown-country'],
    ]);
  });
});

describe('helpers', () => {
  it('BRIEFING_FILE matches date-slug.mdx only', () => {
    expect(BRIEFING_FILE.test('2024-11-04-north-korean-troops-kursk.mdx')).toBe(true);
    for (const name of ['2024-11-04-Troops.mdx', '2024-11-04_troops.mdx', '2024-11-04-troops.md', '2024-11-04--troops.mdx', 'troops.mdx', '2024-11-04-.mdx']) {
      expect(BRIEFING_FILE.test(name), name).toBe(false);
    }
  });

  it('fieldPath writes paths the way a contributor reads them', () => {
    expect(fieldPath(['sources', 0, 'url'])).toBe('sources[0].url');
    expect(fieldPath(['actors', 2])).toBe('actors[2]');
    expect(fieldPath([])).toBe('');
  });

  it('todayIso gives the UTC date', () => {
    expect(todayIso(new Date('2024-11-04T23:30:00Z'))).toBe('2024-11-04');
  });
});
