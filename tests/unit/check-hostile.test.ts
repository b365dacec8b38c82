/**
 * Hostile input to the content check: YAML that expands exponentially or
 * nests thousands deep, bodies nested beyond the renderer's recursion, files
 * too large to read and control characters. Each is a problem in its file,
 * never an exception or a hang.
 */
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { MAX_FILE_BYTES } from '../../src/check/files.ts';
import { parseYaml } from '../../src/check/frontmatter.ts';
import { A, actor, ACTOR, BODY_LINE, BRIEFING, briefing, check, makeTree, options, removeTrees } from '../helpers/check-tree.ts';

afterAll(removeTrees);

/** Ten levels of ten aliases each: 10^10 strings once expanded. */
const LAUGHS = [
  'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...Array.from({ length: 10 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`),
].join('\n');

/** An actor no briefing names, so that its problems are the only ones. */
const JANE = `${A}jane-doe.yaml`;

const rules = async (changes: Parameters<typeof check>[0]) => (await check(changes)).map((p) => `${p.file}:${p.line ?? '-'}  ${p.rule}  ${p.message}`);

describe('checkContent: YAML aliases', () => {
  it('refuses an alias bomb in front matter at its first alias, without expanding it', async () => {
    const text = briefing({}).replace('\n---\n\n', `\n${LAUGHS}\n---\n\n`);
    expect(await check({ [BRIEFING]: text })).toEqual([
      {
        file: BRIEFING,
        line: 16,
        column: 10,
        rule: 'frontmatter/alias',
        message: 'the alias `*a0` repeats a list or mapping',
        hint: 'Write the values out: content files do not use YAML anchors (`&name`) and aliases (`*name`) for lists or mappings.',
      },
    ]);
  });

  it('refuses an alias bomb in an actor file as yaml/alias', async () => {
    expect(await rules({ [JANE]: `${actor()}${LAUGHS}\n` })).toEqual([`${JANE}:9  yaml/alias  the alias \`*a0\` repeats a list or mapping`]);
  });

  it('refuses a list that contains itself, and a merge key that repeats a mapping', async () => {
    expect(await rules({ [JANE]: `${actor()}loop: &l [*l]\n` })).toEqual([`${JANE}:8  yaml/alias  the alias \`*l\` repeats a list or mapping`]);
    expect(await rules({ [JANE]: `${actor()}m: &m {a: 1}\n<<: *m\n` })).toEqual([`${JANE}:9  yaml/alias  the alias \`*m\` repeats a list or mapping`]);
  });

  it('allows an alias of a single value, which cannot grow', () => {
    expect(parseYaml('a: &t Kyiv\nb: *t\nc: *t').data).toEqual({ a: 'Kyiv', b: 'Kyiv', c: 'Kyiv' });
  });

  it('refuses keys that are mappings nested 150 deep, which yaml would turn into text in time growing without bound', async () => {
    expect(await rules({ [JANE]: `${'? '.repeat(150)}x\n${actor()}` })).toEqual([
      `${JANE}:1  yaml/yaml  YAML syntax error: a list or mapping is used as a key; a key is a field name`,
    ]);
  });

  it('refuses a value aliased thousands of times where js-yaml gives up (over 100 levels) and yaml reads it', async () => {
    // yaml resolves each alias by searching the whole document: 20,000 of them took seconds before its limit applied.
    const aliases = `a: &t x\nb: [${Array(16_000).fill('*t').join(', ')}]\n`;
    expect(await rules({ [JANE]: `${aliases}c: ${'['.repeat(150)}${']'.repeat(150)}\n` })).toEqual([
      `${JANE}:1  yaml/alias  aliases repeat values too many times`,
    ]);
    expect(parseYaml(`${aliases}c: 1`).yamlErrors).toEqual([]);
  });
});

describe('checkContent: nesting', () => {
  it.each([
    ['5,000 nested [', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ['5,000 nested {', `${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`],
    ['an unclosed run of 20,000 [', '['.repeat(20_000)],
  ])('refuses %s in front matter as too deep, once', async (_, value) => {
    const problems = await check({ [BRIEFING]: briefing({ places: value }) });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: BRIEFING, line: 15, rule: 'frontmatter/too-deep', message: 'lists or mappings are nested too deeply to read' });
  });

  it('refuses 20,000 nested block lists in an actor file', async () => {
    expect((await check({ [JANE]: `${actor()}extra:\n${'- '.repeat(20_000)}x\n` })).map((p) => p.rule)).toEqual(['yaml/too-deep']);
  });

  it.each([
    ['quotes', `${'> '.repeat(20_000)}x`],
    ['emphasis', `${'*'.repeat(30_000)}x${'*'.repeat(30_000)}`],
    ['components', `${'<sub>'.repeat(5000)}x${'</sub>'.repeat(5000)}`],
  ])('refuses a body of deeply nested %s as mdx/too-deep', async (_, body) => {
    expect(await check({ [BRIEFING]: briefing({}, `${body}\n`) })).toEqual([
      {
        file: BRIEFING,
        rule: 'mdx/too-deep',
        message: 'the body nests quotes, lists, emphasis or components too deeply to read',
        hint: 'Nothing in a briefing nests more than a few levels: remove the extra `>`, indentation, `*` or tags.',
      },
    ]);
  });
});

describe('checkContent: expressions the MDX parser cannot take', () => {
  it('refuses an expression holding many tags before parsing it (the parser would take minutes)', async () => {
    expect(await check({ [BRIEFING]: briefing({}, `Text {${'<a b="c">'.repeat(40)}\n`) })).toEqual([
      {
        file: BRIEFING,
        line: BODY_LINE,
        column: 6,
        rule: 'mdx/no-expression',
        message: '`{…}` expressions are not allowed in a briefing, and this one holds 40 tags, too many to read',
        hint: 'Write the text itself; to show a literal brace, escape it as `\\{`.',
      },
    ]);
  });

  it('leaves an expression with a few tags, or an escaped brace before many, to the parser', async () => {
    expect((await check({ [BRIEFING]: briefing({}, 'Text {<a b="c" />}\n') }))[0]).toMatchObject({
      rule: 'mdx/no-expression',
      message: '`{…}` expressions are not allowed in a briefing',
    });
    expect(await check({ [BRIEFING]: briefing({}, `Text \\{ and ${'<sub>x</sub> '.repeat(20)}<Cite source="1" />\n`) })).toEqual([]);
  });

  // Sätteri 0.10 panics on this and aborts the process (src/render/body.ts); a test process that dies fails this file.
  it('reports a file ending in a backslash after ESM and a closing tag, on which the parser would abort the process', async () => {
    expect((await check({ [BRIEFING]: briefing({}, 'export const a = 1\n</a>\\') })).map((p) => p.rule)).toEqual(['mdx/no-import-export']);
  });
});

describe('checkContent: size', () => {
  it(`refuses a file over ${MAX_FILE_BYTES} bytes by its size, with the limit, and reads one at the limit`, async () => {
    const text = briefing({});
    const at = text + ' '.repeat(MAX_FILE_BYTES - Buffer.byteLength(text));
    expect(await check({ [BRIEFING]: at })).toEqual([]);
    expect(await check({ [BRIEFING]: `${at} ` })).toEqual([
      {
        file: BRIEFING,
        rule: 'file/too-large',
        message: 'the file is 65 KB; a content file may be at most 64 KB',
        hint: 'Shorten it: a briefing is a short text. A file this size is usually something pasted or saved by mistake.',
      },
    ]);
  });

  it('refuses a 3 GB file without reading it', async () => {
    const root = makeTree({ [ACTOR]: actor() });
    const file = `${A}huge.yaml`;
    writeFileSync(join(root, file), '');
    // Sparse: no disk is used, and a read would fail (Node reads at most 2 GB into one buffer) or fill the memory.
    truncateSync(join(root, file), 3 * 1024 ** 3);
    const before = process.memoryUsage().rss;
    expect(await checkContent(options(root))).toEqual([
      expect.objectContaining({ file, rule: 'file/too-large', message: 'the file is 3072.0 MB; a content file may be at most 64 KB' }),
    ]);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
  });
});

describe('checkContent: control characters', () => {
  it('refuses a control character anywhere in the file, at its line and column', async () => {
    expect(await check({ [BRIEFING]: briefing({}, 'Body \u001b[2Ktext <Cite source="1" />.\n') })).toEqual([
      {
        file: BRIEFING,
        line: BODY_LINE,
        column: 6,
        rule: 'text/control-character',
        message: 'the file contains the control character U+001B',
        hint: 'Delete it: it usually comes from a paste or a conversion. Tabs and line breaks are fine.',
      },
    ]);
    expect(await rules({ [JANE]: actor({ role: 'Minister\u0000' }) })).toEqual([
      `${JANE}:3  text/control-character  the file contains the control character U+0000`,
    ]);
    expect(await rules({ [JANE]: actor({ role: 'Minister\u0085' }) })).toEqual([
      `${JANE}:3  text/control-character  the file contains the control character U+0085`,
    ]);
  });

  it('counts the column after a BOM and CRLF line ends as the parsers do', async () => {
    const text = '\uFEFF' + briefing({}, 'Body \u0007text <Cite source="1" />.\n').replace(/\n/g, '\r\n');
    expect(await check({ [BRIEFING]: text })).toEqual([expect.objectContaining({ line: BODY_LINE, column: 6 })]);
  });

  it('refuses a control character that a YAML escape puts in a value, at its field', async () => {
    expect(await check({ [BRIEFING]: briefing({ summary: '"Troops\\e[2K are in Kursk."' }) })).toEqual([
      {
        file: BRIEFING,
        line: 4,
        column: 1,
        rule: 'text/control-character',
        message: '`summary` contains the control character U+001B after “Troops”',
        hint: 'Delete it: it usually comes from a paste or from a YAML escape such as `\\a`. Tabs and line breaks are fine.',
      },
    ]);
  });

  it('accepts tabs, line breaks and an escaped tab', async () => {
    expect(await check({ [BRIEFING]: briefing({ summary: '"Troops\\tare in Kursk."' }, 'Body\ttext <Cite source="1" />.\r\n') })).toEqual([]);
  });
});
