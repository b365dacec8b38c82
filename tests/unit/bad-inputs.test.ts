/**
 * The catalogue of bad inputs (listed in CONTRIBUTING.md): one case for each
 * mistake a contributor can make, checked end to end through the CLI.
 *
 * Each case copies a minimal valid content tree (tests/fixtures/bad-inputs/base:
 * one real briefing and the actors it names) into a temp dir, lays the case's
 * files over it (tests/fixtures/bad-inputs/cases/<case>/), runs
 * `node scripts/check.ts --root <tmp>` as a child process and asserts the exit
 * code and the reported line: `file[:line:col]  rule  message  hint`.
 *
 * Bytes that git or an editor might "fix" (invalid UTF-8, a BOM, CRLF) are
 * written by the test from an ordinary fixture rather than stored as they are.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(repo, 'tests/fixtures/bad-inputs');
const B = 'src/content/briefings/';
const A = 'src/content/actors/';
const C = 'src/content/countries/';

interface Case {
  /** Folder under tests/fixtures/bad-inputs/cases. */
  name: string;
  /** What the contributor did. */
  what: string;
  /** The file the problem is reported on, relative to the project root. */
  file: string;
  /** `line:column`, only the line where the column depends on the parser's stack, or undefined for a problem with the whole file. */
  at?: string;
  rule: string;
  /** A key part of the message. */
  message: string;
  /** Rewrites the bytes of `file` after copying. */
  transform?: (bytes: Buffer) => Buffer;
  /** How many problems the file has, all with this rule, when not one; the first is asserted. */
  count?: number;
}

/** Replaces each `@NAME@` in a fixture with what is hard to store or to see: a control, invisible or lookalike character, or a hostile amount of text. */
const put = (replacements: Record<string, string>) => (bytes: Buffer) =>
  Buffer.from(Object.entries(replacements).reduce((text, [name, value]) => text.replaceAll(`@${name}@`, value), bytes.toString('utf8')));

/** Every case fails with exactly this one problem, unless it says how many. */
const failing: Case[] = [
  // Front matter
  {
    name: 'malformed-yaml',
    what: 'a colon in an unquoted value',
    file: `${B}2024-11-04-malformed-yaml.mdx`,
    at: '4:10',
    rule: 'frontmatter/yaml',
    message: 'YAML syntax error: Nested mappings are not allowed in compact mappings',
  },
  {
    name: 'no-front-matter',
    what: 'no front matter at all',
    file: `${B}2024-11-04-no-front-matter.mdx`,
    at: '1:1',
    rule: 'frontmatter/missing',
    message: 'the file has no front matter',
  },
  {
    name: 'missing-field',
    what: 'no `summary`',
    file: `${B}2024-11-04-missing-field.mdx`,
    at: '2:1',
    rule: 'frontmatter/missing-field',
    message: 'missing required field `summary`',
  },
  {
    name: 'wrong-type',
    what: '`draft: "no"`, a string where a boolean belongs',
    file: `${B}2024-11-04-wrong-type.mdx`,
    at: '8:1',
    rule: 'frontmatter/invalid-value',
    message: '`draft` invalid input: expected boolean, received string',
  },
  {
    name: 'unknown-field',
    what: 'a field the model does not have (`author`)',
    file: `${B}2024-11-04-unknown-field.mdx`,
    at: '8:1',
    rule: 'frontmatter/unknown-field',
    message: 'unknown field `author`',
  },
  {
    name: 'unknown-actor',
    what: 'a misspelt actor id',
    file: `${B}2024-11-04-unknown-actor.mdx`,
    at: '5:28',
    rule: 'reference/unknown-actor',
    message: 'unknown actor `antonio-gutteres` in `actors[1]`  Did you mean `antonio-guterres`?',
  },
  {
    name: 'unknown-country',
    what: '`uk` for the United Kingdom',
    file: `${B}2024-11-04-unknown-country.mdx`,
    at: '6:17',
    rule: 'reference/unknown-country',
    message: 'unknown country `uk` in `countries[1]`  Did you mean `gb`?',
  },
  {
    name: 'duplicate-id',
    what: 'the same slug under another date',
    file: `${B}2024-11-05-un-warns-internationalisation.mdx`,
    rule: 'briefing/duplicate',
    message: `has the same id as ${B}2024-11-03-un-warns-internationalisation.mdx under another date`,
  },
  {
    name: 'duplicate-title',
    what: 'the same title as an existing briefing',
    file: `${B}2024-11-04-guterres-very-concerned.mdx`,
    rule: 'briefing/duplicate',
    message: `has the same title as ${B}2024-11-03-un-warns-internationalisation.mdx`,
  },
  {
    name: 'impossible-date',
    what: '`date: 2024-02-30`',
    file: `${B}2024-02-29-impossible-date.mdx`,
    at: '3:1',
    rule: 'frontmatter/invalid-value',
    message: '`date` must be a real date written YYYY-MM-DD',
  },
  {
    name: 'future-date',
    what: 'a date after today',
    file: `${B}2999-01-01-future-date.mdx`,
    at: '3:1',
    rule: 'briefing/future-date',
    message: '`date` 2999-01-01 is in the future',
  },
  {
    name: 'bad-url',
    what: 'a source address without https://',
    file: `${B}2024-11-04-bad-url.mdx`,
    at: '11:5',
    rule: 'frontmatter/invalid-value',
    message: '`sources[0].url` must be a full http(s) address',
  },
  {
    name: 'missing-sources',
    what: 'no `sources`',
    file: `${B}2024-11-04-missing-sources.mdx`,
    at: '2:1',
    rule: 'frontmatter/missing-field',
    message: 'missing required field `sources`',
  },
  {
    name: 'empty-sources',
    what: '`sources: []`',
    file: `${B}2024-11-04-empty-sources.mdx`,
    at: '8:1',
    rule: 'frontmatter/invalid-value',
    message: '`sources` a briefing needs at least one source',
  },
  {
    name: 'duplicate-source',
    what: 'the same source address twice',
    file: `${B}2024-11-04-duplicate-source.mdx`,
    at: '15:5',
    rule: 'briefing/duplicate-source',
    message: 'source 2 repeats source 1',
  },
  // MDX body
  {
    name: 'mdx-import',
    what: '`import Map from …`',
    file: `${B}2024-11-04-mdx-import.mdx`,
    at: '15:1',
    rule: 'mdx/no-import-export',
    message: '`import` and `export` are not allowed in a briefing',
  },
  {
    name: 'mdx-export',
    what: '`export const casualties = 42`',
    file: `${B}2024-11-04-mdx-export.mdx`,
    at: '15:1',
    rule: 'mdx/no-import-export',
    message: '`import` and `export` are not allowed in a briefing',
  },
  {
    name: 'mdx-expression',
    what: '`{new Date().getFullYear()}` in text',
    file: `${B}2024-11-04-mdx-expression.mdx`,
    at: '15:26',
    rule: 'mdx/no-expression',
    message: '`{…}` expressions are not allowed in a briefing',
  },
  {
    name: 'mdx-attribute-expression',
    what: '`<Cite source={1} />`',
    file: `${B}2024-11-04-mdx-attribute-expression.mdx`,
    at: '15:40',
    rule: 'mdx/no-attribute-expression',
    message: 'attribute `source` on <Cite> uses a `{…}` expression',
  },
  {
    name: 'mdx-spread',
    what: '`<Cite {...props} />`',
    file: `${B}2024-11-04-mdx-spread.mdx`,
    at: '15:40',
    rule: 'mdx/no-attribute-expression',
    message: '`{…}` spread attributes are not allowed on <Cite>',
  },
  {
    name: 'mdx-unknown-component',
    what: '`<Map place="Kursk" />`',
    file: `${B}2024-11-04-mdx-unknown-component.mdx`,
    at: '17:1',
    rule: 'mdx/unknown-component',
    message: '<Map> is not a component briefings may use',
  },
  {
    name: 'mdx-script',
    what: '`<script>`',
    file: `${B}2024-11-04-mdx-script.mdx`,
    at: '17:1',
    rule: 'mdx/forbidden-element',
    message: '<script> is not allowed in a briefing',
  },
  {
    name: 'mdx-style',
    what: '`<style>`',
    file: `${B}2024-11-04-mdx-style.mdx`,
    at: '17:1',
    rule: 'mdx/forbidden-element',
    message: '<style> is not allowed in a briefing',
  },
  {
    name: 'mdx-iframe',
    what: '`<iframe>`',
    file: `${B}2024-11-04-mdx-iframe.mdx`,
    at: '17:1',
    rule: 'mdx/forbidden-element',
    message: '<iframe> is not allowed in a briefing',
  },
  {
    name: 'mdx-onclick',
    what: '`onClick="…"` on an allowed element',
    file: `${B}2024-11-04-mdx-onclick.mdx`,
    at: '15:47',
    rule: 'mdx/no-event-handler',
    message: '`onClick` event handlers are not allowed',
  },
  {
    name: 'mdx-javascript-url',
    what: 'a `javascript:` link',
    file: `${B}2024-11-04-mdx-javascript-url.mdx`,
    at: '15:5',
    rule: 'mdx/unsafe-url',
    message: '`javascript:` addresses are not allowed',
  },
  {
    name: 'mdx-data-url',
    what: 'a `data:` image',
    file: `${B}2024-11-04-mdx-data-url.mdx`,
    at: '17:1',
    rule: 'mdx/unsafe-url',
    message: '`data:` addresses are not allowed',
  },
  {
    name: 'mdx-syntax',
    what: 'an HTML comment `<!-- … -->`',
    file: `${B}2024-11-04-mdx-syntax.mdx`,
    at: '15:1',
    rule: 'mdx/syntax',
    message: 'to create a comment in MDX',
  },
  {
    name: 'mdx-bad-attribute',
    what: '`<Claim status="rumoured">`',
    file: `${B}2024-11-04-mdx-bad-attribute.mdx`,
    at: '15:1',
    rule: 'mdx/bad-attribute',
    message: '`status="rumoured"` on <Claim> is not one of confirmed, reported, claimed, disputed',
  },
  {
    name: 'mdx-bad-source',
    what: '`<Cite source="2" />` with one source',
    file: `${B}2024-11-04-mdx-bad-source.mdx`,
    at: '15:40',
    rule: 'mdx/bad-source',
    message: '`source="2"` on <Cite> does not name one of this briefing\'s sources',
  },
  {
    name: 'mdx-block-component',
    what: '`<Quote>` inside a sentence',
    file: `${B}2024-11-04-mdx-block-component.mdx`,
    at: '15:20',
    rule: 'mdx/block-component',
    message: '<Quote> must stand on lines of its own',
  },
  // Files
  {
    name: 'invalid-utf8',
    what: 'a file saved as Latin-1',
    file: `${B}2024-11-04-invalid-utf8.mdx`,
    rule: 'file/encoding',
    message: 'the file is not valid UTF-8',
    transform: (bytes) => Buffer.from(bytes.toString('latin1').replace('@LATIN1@', 'Séc'), 'latin1'),
  },
  { name: 'empty-file', what: 'an empty file', file: `${B}2024-11-04-empty-file.mdx`, rule: 'file/empty', message: 'the file is empty' },
  {
    name: 'file-name',
    what: 'a file name outside the pattern',
    file: `${B}2024-11-04_Guterres_Statement.mdx`,
    rule: 'file/name',
    message: 'does not follow the naming pattern, so it would not be published',
  },
  // Actors and country notes
  {
    name: 'actor-yaml',
    what: 'an actor file with a colon in an unquoted value',
    file: `${A}jane-doe.yaml`,
    at: '3:7',
    rule: 'yaml/yaml',
    message: 'YAML syntax error',
  },
  {
    name: 'actor-missing-field',
    what: 'an actor without `kind`',
    file: `${A}jane-doe.yaml`,
    at: '1:1',
    rule: 'yaml/missing-field',
    message: 'missing required field `kind`',
  },
  {
    name: 'actor-unknown-country',
    what: 'an actor with `country: uk`',
    file: `${A}jane-doe.yaml`,
    at: '4:1',
    rule: 'reference/unknown-country',
    message: 'unknown country `uk` in `country`  Did you mean `gb`?',
  },
  {
    name: 'actor-duplicate-name',
    what: 'a second file for an existing actor',
    file: `${A}guterres.yaml`,
    at: '1:1',
    rule: 'actor/duplicate-name',
    message: '`Antonio Guterres` is already a name of actor `antonio-guterres`',
  },
  {
    name: 'country-unknown-code',
    what: 'a note for a code that is not a country',
    file: `${C}zz.yaml`,
    rule: 'reference/unknown-country',
    message: 'unknown country `zz`',
  },
  { name: 'country-unknown-field', what: '`notes:` for `note:`', file: `${C}ua.yaml`, at: '1:1', rule: 'yaml/unknown-field', message: 'unknown field `notes`' },
  // Hostile or odd input: refused with a problem, never a crash or a hang
  {
    name: 'yaml-alias-bomb',
    what: 'YAML aliases that expand exponentially ("billion laughs")',
    file: `${B}2024-11-04-yaml-alias-bomb.mdx`,
    at: '14:10',
    rule: 'frontmatter/alias',
    message: 'the alias `*a0` repeats a list or mapping',
  },
  {
    name: 'yaml-deep-nesting',
    what: '5,000 nested `[`',
    file: `${B}2024-11-04-yaml-deep-nesting.mdx`,
    at: '13',
    rule: 'frontmatter/too-deep',
    message: 'lists or mappings are nested too deeply to read',
    transform: put({ DEEP: `${'['.repeat(5000)}${']'.repeat(5000)}` }),
  },
  {
    name: 'mdx-deep-nesting',
    what: 'a quote nested 20,000 levels deep',
    file: `${B}2024-11-04-mdx-deep-nesting.mdx`,
    rule: 'mdx/too-deep',
    message: 'the body nests quotes, lists, emphasis or components too deeply to read',
    transform: put({ DEEP_QUOTE: `${'> '.repeat(20_000)}x` }),
  },
  {
    name: 'too-large',
    what: 'a 10 MB file',
    file: `${B}2024-11-04-too-large.mdx`,
    rule: 'file/too-large',
    message: 'the file is 10.0 MB; a content file may be at most 64 KB',
    transform: put({ PADDING: 'The statement was issued on 3 November.\n\n'.repeat(256 * 1024).slice(0, 10 * 1024 * 1024) }),
  },
  {
    name: 'control-character',
    what: 'a terminal escape (ESC) in the body',
    file: `${B}2024-11-04-control-character.mdx`,
    at: '15:40',
    rule: 'text/control-character',
    message: 'the file contains the control character U+001B',
    transform: put({ ESC: '\u001B' }),
  },
  {
    name: 'invisible-id',
    what: 'a zero-width space in an actor id',
    file: `${B}2024-11-04-invisible-id.mdx`,
    at: '5:28',
    rule: 'text/invisible-character',
    message: '`actors[1]` contains the invisible character U+200B (zero width space) after “united”',
    transform: put({ ZWSP: '\u200B' }),
  },
  {
    name: 'bidi-title',
    what: 'a right-to-left override in the title',
    file: `${B}2024-11-04-bidi-title.mdx`,
    at: '2:1',
    rule: 'text/invisible-character',
    message: '`title` contains the invisible character U+202E (right-to-left override) after “Guterres statement on ”',
    transform: put({ RLO: '\u202E' }),
  },
  {
    name: 'lookalike-id',
    what: 'an actor id with a Cyrillic `а`',
    file: `${B}2024-11-04-lookalike-id.mdx`,
    at: '5:10',
    rule: 'text/lookalike',
    message: '`actors[0]` `аntonio-guterres` has the Cyrillic letter `а` (U+0430), but ids are written in Latin letters',
    transform: put({ CYRILLIC_A: '\u0430' }),
  },
  {
    name: 'lookalike-name',
    what: 'an actor name with a Cyrillic `е` among Latin letters',
    file: `${A}antonio-guterres-un.yaml`,
    at: '1:1',
    rule: 'text/lookalike',
    message: '`name`: the word “Guterrеs” has the Cyrillic letter `е` (U+0435) among Latin letters',
    transform: put({ CYRILLIC_E: '\u0435' }),
  },
  {
    name: 'scaffold-published',
    what: 'the skeleton `npm run new` writes, without `draft: true`',
    file: `${B}2024-11-04-scaffold-published.mdx`,
    at: '4:1',
    rule: 'briefing/placeholder',
    message: '`summary` still holds a placeholder: “TODO: one or two sentences: what…”',
    count: 6,
  },
];

/** Inputs that look odd but are fine: they must pass. */
const passing: (Omit<Case, 'rule' | 'message' | 'at'> & { summary: string })[] = [
  {
    name: 'bom-crlf',
    what: 'a BOM and CRLF line endings (saved on Windows)',
    file: `${B}2024-11-04-bom-crlf.mdx`,
    summary: 'All 2 briefings, 3 actors and 0 country notes are valid',
    transform: (bytes) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bytes.toString('utf8').replace(/\n/g, '\r\n'))]),
  },
];

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The base tree in a temp dir, with the case's files laid over it. */
function project(c?: Pick<Case, 'name' | 'file' | 'transform'>): string {
  const root = mkdtempSync(join(tmpdir(), `sitrep-bad-${c?.name ?? 'base'}-`));
  temps.push(root);
  cpSync(join(fixtures, 'base'), root, { recursive: true });
  mkdirSync(join(root, C), { recursive: true });
  if (!c) return root;
  cpSync(join(fixtures, 'cases', c.name), root, { recursive: true });
  if (c.transform) writeFileSync(join(root, c.file), c.transform(readFileSync(join(root, c.file))));
  return root;
}

function check(root: string, env: NodeJS.ProcessEnv = {}) {
  return runScript('check', ['--root', root], { env });
}

// Each test starts Node at least once; on a busy 2-core machine that takes seconds.
describe.concurrent('the catalogue of bad inputs', { timeout: 30_000 }, () => {
  it('starts from a valid tree', async () => {
    const { code, stdout } = await check(project());
    expect(stdout.trim()).toBe('All 1 briefing, 3 actors and 0 country notes are valid');
    expect(code).toBe(0);
  });

  it.each(failing)('$name: $what → $rule', async (c) => {
    const { code, stdout, stderr } = await check(project(c));
    const prefix = c.at === undefined ? `${c.file}  ` : c.at.includes(':') ? `${c.file}:${c.at}  ` : `${c.file}:${c.at}:`;
    const line = stdout.split('\n').find((l) => l.startsWith(prefix) && l.includes(`  ${c.rule}  `));
    expect(line, `no line starting "${prefix}" with rule ${c.rule} in:\n${stdout}${stderr}`).toBeDefined();
    expect(line).toContain(c.message);
    const count = c.count ?? 1;
    expect(stdout.split('\n').filter((l) => l.includes(`  ${c.rule}  `))).toHaveLength(count);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`${count} problem${count === 1 ? '' : 's'} in 1 file`);
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it.each(passing)('$name: $what passes', async (c) => {
    const { code, stdout, stderr } = await check(project(c));
    expect(stdout.trim(), stderr).toBe(c.summary);
    expect(code).toBe(0);
  });
});
