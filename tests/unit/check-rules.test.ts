/** The content check's rules across files (src/check/rules/): references, dates, duplicates, and the MDX policy in place. Places' own are in check-places.test.ts. */
import { afterAll, describe, expect, it } from 'vitest';
import { A, actor, ACTOR, B, BODY_LINE, BRIEFING, briefing, C, check, removeTrees, source } from '../helpers/check-tree.ts';

afterAll(removeTrees);

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
        message: '`source="2"` on <Cite> does not name one of this briefing\'s sources (it lists 1)',
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
        hint: 'If they are the same actor, keep one file and list the other spelling in its aliases; if not, name this one so that readers can tell them apart.',
      },
    ]);
  });

  it('reports an alias that is already a name of another actor, at the alias, ignoring case and accents', async () => {
    const other = `${A}umerov.yaml`;
    expect(await check({ [other]: actor({ name: 'R. Umerov', aliases: '\n  - Ümerov' }) })).toEqual([
      expect.objectContaining({
        file: other,
        line: 6,
        column: 5,
        rule: 'actor/duplicate-name',
        message: '`Ümerov` is already a name of actor `rustem-umerov`',
      }),
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
