/**
 * The content check end to end on small trees (tests/helpers/check-tree.ts):
 * valid content, the files themselves, and many problems at once. The rules
 * are in check-frontmatter.test.ts and check-rules.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BRIEFING_FILE, checkContent, fieldPath, todayIso } from '../../src/check/index.ts';
import { sortProblems } from '../../src/check/problems.ts';
import { A, actor, ACTOR, B, BODY_LINE, BRIEFING, briefing, C, check, emptyRoot, makeTree, options, P, place, removeTrees } from '../helpers/check-tree.ts';

afterAll(removeTrees);

describe('checkContent: valid content', () => {
  it('finds no problems in a valid tree', async () => {
    expect(await check()).toEqual([]);
  });

  it('finds no problems in empty or missing folders', async () => {
    expect(await checkContent(options(makeTree({})))).toEqual([]);
    expect(await checkContent(options(emptyRoot()))).toEqual([]);
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
      {
        file: BRIEFING,
        rule: 'file/encoding',
        message: 'the file is not valid UTF-8',
        hint: 'Save it as UTF-8 (in most editors: "Save with encoding" → UTF-8).',
      },
    ]);
  });

  it('reports files outside the naming pattern in each folder', async () => {
    const problems = await check({
      [`${B}Notes.md`]: 'x',
      [`${B}2024-11-04_Bad.mdx`]: briefing(),
      [`${A}Rustem.yaml`]: actor(),
      [`${C}UA.yaml`]: 'note: x\n',
      [`${P}kursk_oblast.yaml`]: place(),
    });
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
      {
        file: `${P}kursk_oblast.yaml`,
        rule: 'file/name',
        message: '`kursk_oblast.yaml` does not follow the naming pattern, so it would not be published',
        hint: 'Name it the place id and .yaml, such as kursk-oblast.yaml.',
      },
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
