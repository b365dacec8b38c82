/**
 * The real `npm run build` refuses bad content: four representative cases
 * from the catalogue of bad inputs (an unknown actor, MDX code that would
 * write a file at build time, a YAML alias bomb, malformed YAML), each in a
 * temp copy of the whole project. The build must exit non-zero with the
 * documented message and no stack trace, leave no dist/ behind, and never run
 * the briefing's code.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, copyProject, removeCopies } from '../helpers/project.ts';

afterAll(removeCopies);

const B = 'src/content/briefings/';

const frontMatter = (over: { title?: string; summary?: string; actors?: string } = {}) =>
  [
    '---',
    `title: "${over.title ?? 'Guterres statement on North Korean troops'}"`,
    'date: 2024-11-04',
    `summary: ${over.summary ?? '"The spokesman issued a statement."'}`,
    `actors: ${over.actors ?? '[antonio-guterres]'}`,
    'countries: [ua]',
    'status: confirmed',
    'sources:',
    '  - title: "Statement on reports of DPRK troops in Russia"',
    '    publisher: United Nations',
    '    url: https://press.un.org/en/2024/sgsm22438.doc.htm',
    '    date: 2024-11-03',
    '---',
    '',
  ].join('\n');

const BODY = '\nThe statement was issued on 3 November.<Cite source="1" />\n';

async function expectRefused(file: string, text: string, expected: string[], pwned: string[] = []) {
  const root = copyProject();
  writeFileSync(join(root, file), text.replaceAll('<tmp>', root));
  const { code, output } = await build(root);
  expect(code, output).not.toBe(0);
  for (const part of expected) expect(output).toContain(part);
  expect(output, 'a stack trace was printed').not.toMatch(/^\s+at /m);
  expect(existsSync(join(root, 'dist')), 'dist/ was left behind').toBe(false);
  for (const name of pwned) expect(existsSync(join(root, name)), `${name} was written: the briefing's code ran`).toBe(false);
  return output;
}

describe.concurrent('npm run build refuses bad content', { timeout: 120_000 }, () => {
  it('an unknown actor', async () => {
    const file = `${B}2024-11-04-unknown-actor.mdx`;
    await expectRefused(file, frontMatter({ actors: '[antonio-guterres, antonio-gutteres]' }) + BODY, [
      `${file}:5:28  reference/unknown-actor  unknown actor \`antonio-gutteres\` in \`actors[1]\`  Did you mean \`antonio-guterres\`?`,
    ]);
  });

  it('MDX code that would write a file at build time (import, export, expression)', async () => {
    const file = `${B}2024-11-04-pwned.mdx`;
    const body = [
      '',
      "import fs from 'node:fs';",
      "export const pwned = fs.writeFileSync('<tmp>/pwned.txt', 'x');",
      '',
      "The statement was issued on 3 November.{fs.writeFileSync('<tmp>/pwned-expression.txt', 'x')}<Cite source=\"1\" />",
      '',
    ].join('\n');
    await expectRefused(
      file,
      frontMatter() + body,
      [
        `${file}:15:1  mdx/no-import-export  \`import\` and \`export\` are not allowed in a briefing`,
        `${file}:18:40  mdx/no-expression  \`{…}\` expressions are not allowed in a briefing`,
      ],
      ['pwned.txt', 'pwned-expression.txt'],
    );
  });

  it('YAML aliases that expand exponentially ("billion laughs")', async () => {
    const file = `${B}2024-11-04-alias-bomb.mdx`;
    const laughs = [
      'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
      ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`),
    ];
    const output = await expectRefused(file, frontMatter().replace(/\n---\n$/, `\n${laughs.join('\n')}\n---\n`) + BODY, [
      `${file}:14:10  frontmatter/alias  the alias \`*a0\` repeats a list or mapping  Write the values out`,
    ]);
    expect(output).not.toContain('Excessive alias count');
  });

  it('malformed YAML', async () => {
    const file = `${B}2024-11-04-malformed-yaml.mdx`;
    await expectRefused(file, frontMatter({ summary: 'Dujarric said: a deployment would be a dangerous escalation.' }) + BODY, [
      `${file}:4:10  frontmatter/yaml  YAML syntax error: Nested mappings are not allowed in compact mappings`,
    ]);
  });
});
