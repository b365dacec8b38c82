/** The content check's problems with front matter and YAML files (src/check/schema-problems.ts), at their lines. */
import { afterAll, describe, expect, it } from 'vitest';
import { actor, ACTOR, BRIEFING, briefing, C, check, removeTrees, source } from '../helpers/check-tree.ts';

afterAll(removeTrees);

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
