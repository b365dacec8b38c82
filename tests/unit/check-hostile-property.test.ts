/**
 * Random front matter, random MDX and random file names through the content
 * check (checkContent on temp trees), built from the pieces that break
 * parsers: anchors and aliases, brackets by the thousand, quotes and escapes,
 * control, invisible and lookalike characters, components, expressions and
 * comments. Whatever comes in, no exception escapes, every problem names one
 * of the files and says how to fix it on one line, and the heap stays
 * bounded.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { formatProblem } from '../../src/check/problems.ts';
import { A, actor, ACTOR, B, BRIEFING, briefing, C, makeTree, options, removeTrees } from '../helpers/check-tree.ts';

afterAll(removeTrees);

const YAML_PIECES = [
  '\n',
  '\n  ',
  '\n- ',
  ': ',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ', ',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '<<: ',
  '? ',
  '"',
  "'",
  '\\',
  '\\e',
  '\\x00',
  '\\u202E',
  '\\ud800',
  '#',
  '|',
  '>',
  '!!str ',
  '!!binary ',
  '!custom ',
  '---',
  '...',
  '%YAML 1.2',
  'title',
  'date',
  'summary',
  'actors',
  'countries',
  'sources',
  'status',
  'draft',
  'true',
  'TODO',
  '2024-11-04',
  'rustem-umerov',
  'ua',
  '\u200B',
  '\u202E',
  '\u0430',
  '\u0000',
  '\u001b',
  '\uFEFF',
  '\r',
  '\t',
];
const BODY_PIECES = [
  '\n',
  '\n\n',
  '<Cite source="1" />',
  '<Claim status="claimed" source="1">',
  '</Claim>',
  '<Quote by="x" source="1">',
  '</Quote>',
  '<Figure src="/a.jpg" alt="a" credit="b">',
  '</Figure>',
  '<',
  '>',
  '{',
  '}',
  '{...x}',
  'import x from "y"\n',
  'export const a = 1\n',
  '<!--',
  '-->',
  '*',
  '_',
  '`',
  '```\n',
  '[a](',
  '](https://x.org)',
  'javascript:alert(1)',
  ')',
  '#',
  '- ',
  '1. ',
  '> ',
  '|',
  '&#x202E;',
  '&amp;',
  '<script>',
  '<sub>',
  '</sub>',
  '\\',
  'TODO',
  '\u200B',
  '\u202E',
  '\u0000',
  '$$',
];

/** A piece, a random string, or a piece repeated up to `repeat` times (nesting thousands deep, or long runs). */
function piece(pieces: string[], repeat: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...pieces) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...pieces), fc.integer({ min: 2, max: repeat })).map(([p, n]) => p.repeat(n)) },
  );
}
const text = (pieces: string[], parts: number, repeat: number) => fc.array(piece(pieces, repeat), { maxLength: parts }).map((all) => all.join(''));

/** What nests: thousands of these are deeper than a parser's or the renderer's recursion goes, or (with `{`) than the parser can take. */
const DEEP_PIECES = ['> ', '- ', '1. ', '*', '[', '<sub>', '<Claim status="claimed" source="1">', '{<a b="c">', '{<>', '{<Cite source="1">\n'];

const yaml = text(YAML_PIECES, 30, 5000);
// The MDX parser is quadratic in a paragraph's length on some inputs (files.ts): runs stay short enough to keep each check fast, but for nesting.
const deep = fc.tuple(fc.constantFrom(...DEEP_PIECES), fc.integer({ min: 2, max: 5000 })).map(([p, n]) => p.repeat(n));
const body = fc
  .array(fc.oneof({ weight: 6, arbitrary: piece(BODY_PIECES, 300) }, { weight: 1, arbitrary: deep }), { maxLength: 30 })
  .map((all) => all.join(''));
const value = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => JSON.stringify(s)),
  yaml,
);

/** A briefing file: random front matter and body, a valid one with random values, or no front matter at all. */
const briefingText = fc.oneof(
  fc.tuple(yaml, body).map(([y, b]) => `---\n${y}\n---\n${b}`),
  fc.tuple(value, value, value, body).map(([title, summary, actors, b]) => briefing({ title, summary, actors }, b)),
  text([...YAML_PIECES, ...BODY_PIECES], 40, 1000),
);
const actorText = fc.oneof(
  yaml,
  fc.tuple(value, value).map(([name, aliases]) => actor({ name, aliases })),
);
/** A name a file system accepts: no slash or NUL, at most 255 bytes. */
const fileName = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 40 })
  .filter((n) => !/[/\0]/.test(n) && n !== '.' && n !== '..' && Buffer.byteLength(n) <= 255);

const HEAP_BOUND = 512 * 1024 * 1024;

/**
 * A new seed on every run, so each run tries new input; SITREP_FC_SEED replays one. It is written to stderr before
 * the run, because an input that crashes the parser's native code kills the test process before fast-check can say
 * which input it was.
 */
const seed = Number(process.env.SITREP_FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
process.stderr.write(
  `check-hostile-property: fast-check seed ${seed} (replay: SITREP_FC_SEED=${seed} npx vitest run tests/unit/check-hostile-property.test.ts)\n`,
);

describe('the content check on random input', () => {
  it('never throws, names a file in every problem, and keeps the heap bounded', { timeout: 60_000 }, async () => {
    const start = process.memoryUsage().heapUsed;
    let peak = 0;
    await fc.assert(
      fc.asyncProperty(briefingText, actorText, fileName, briefingText, async (brief, act, name, extra) => {
        const changes = { [BRIEFING]: brief, [`${A}jane-doe.yaml`]: act, [`${B}${name}`]: extra };
        const files = new Set([BRIEFING, ACTOR, `${C}ua.yaml`, ...Object.keys(changes)]);
        const problems = await checkContent(options(makeTree({ [BRIEFING]: '', [ACTOR]: actor(), [`${C}ua.yaml`]: 'note: x\n', ...changes })));
        for (const p of problems) {
          expect(files, formatProblem(p)).toContain(p.file);
          expect(p.rule).toMatch(/^[a-z]+\/[a-z-]+$/);
          expect(p.message.length).toBeGreaterThan(0);
          expect(p.hint?.length, formatProblem(p)).toBeGreaterThan(0);
          expect(formatProblem(p)).not.toMatch(/[\n\r\u0000-\u0008\u001b\u200B\u202E]/);
        }
        peak = Math.max(peak, process.memoryUsage().heapUsed - start);
      }),
      { numRuns: 400, seed },
    );
    expect(peak).toBeLessThan(HEAP_BOUND);
    removeTrees();
  });
});
