/**
 * The runner of the catalogue of bad inputs (tests/unit/bad-inputs*.test.ts,
 * listed in CONTRIBUTING.md): one case for each mistake a contributor can
 * make, checked end to end through the CLI.
 *
 * Each case copies a minimal valid content tree (tests/fixtures/bad-inputs/base:
 * one real briefing and the actors it names) into a temp dir, lays the case's
 * files over it (tests/fixtures/bad-inputs/cases/<case>/), runs
 * `node scripts/check.ts --root <tmp>` as a child process and asserts the exit
 * code and the reported line: `file[:line:col]  rule  message  hint`.
 *
 * Bytes that git or an editor might "fix" (invalid UTF-8, a BOM, CRLF), and
 * text too long or too hard to see to store, are written by the test from an
 * ordinary fixture rather than stored as they are.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from './run.ts';

const fixtures = fileURLToPath(new URL('../fixtures/bad-inputs', import.meta.url));

export interface Case {
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
  /** A key part of the hint, where the hint is what the case is about. */
  hint?: string;
  /** Rewrites the bytes of `file` after copying. */
  transform?: (bytes: Buffer) => Buffer;
  /** How many problems the file has, all with this rule, when not one; the first is asserted. */
  count?: number;
}

/** An input that looks odd but is fine: it must pass, with this summary. */
export type PassingCase = Omit<Case, 'rule' | 'message' | 'at' | 'hint'> & { summary: string };

/** Replaces each `@NAME@` in a fixture with what is hard to store or to see: a control, invisible or lookalike character, or a hostile amount of text. */
export const put = (replacements: Record<string, string>) => (bytes: Buffer) =>
  Buffer.from(Object.entries(replacements).reduce((text, [name, value]) => text.replaceAll(`@${name}@`, value), bytes.toString('utf8')));

const temps: string[] = [];

/** The base tree in a temp dir, with the case's files laid over it. */
function project(c?: Pick<Case, 'name' | 'file' | 'transform'>): string {
  const root = mkdtempSync(join(tmpdir(), `sitrep-bad-${c?.name ?? 'base'}-`));
  temps.push(root);
  cpSync(join(fixtures, 'base'), root, { recursive: true });
  mkdirSync(join(root, 'src/content/countries'), { recursive: true });
  if (!c) return root;
  cpSync(join(fixtures, 'cases', c.name), root, { recursive: true });
  if (c.transform) writeFileSync(join(root, c.file), c.transform(readFileSync(join(root, c.file))));
  return root;
}

function check(root: string) {
  return runScript('check', ['--root', root]);
}

/** Registers the tests of a part of the catalogue: each failing case fails with its one problem (or `count` of them), each passing one passes. */
export function catalogue(title: string, failing: readonly Case[], passing: readonly PassingCase[] = []): void {
  afterAll(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  // Each test starts Node at least once; on a busy 2-core machine that takes seconds.
  describe.concurrent(title, { timeout: 30_000 }, () => {
    it('starts from a valid tree', async () => {
      const { code, stdout } = await check(project());
      expect(stdout.trim()).toBe('All 1 briefing, 3 actors, 0 places and 0 country notes are valid');
      expect(code).toBe(0);
    });

    it.each(failing)('$name: $what → $rule', async (c) => {
      const { code, stdout, stderr } = await check(project(c));
      const prefix = c.at === undefined ? `${c.file}  ` : c.at.includes(':') ? `${c.file}:${c.at}  ` : `${c.file}:${c.at}:`;
      const line = stdout.split('\n').find((l) => l.startsWith(prefix) && l.includes(`  ${c.rule}  `));
      expect(line, `no line starting "${prefix}" with rule ${c.rule} in:\n${stdout}${stderr}`).toBeDefined();
      expect(line).toContain(c.message);
      if (c.hint) expect(line).toContain(c.hint);
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
}
