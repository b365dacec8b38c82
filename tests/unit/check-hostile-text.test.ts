/**
 * Text that reads as something it is not (src/check/rules/unsafe-text.ts,
 * scripts.ts, characters.ts): invisible and bidirectional characters and
 * lookalike letters in ids, file names, titles, names and aliases, and how a
 * problem line prints a hostile name.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { printable } from '../../src/check/characters.ts';
import { formatProblem, githubAnnotation } from '../../src/check/problems.ts';
import { findMixedScriptWord } from '../../src/check/scripts.ts';
import { A, actor, ACTOR, B, BRIEFING, briefing, C, check, removeTrees } from '../helpers/check-tree.ts';

afterAll(removeTrees);

const JANE = `${A}jane-doe.yaml`;
const INVISIBLE_HINT =
  'Delete it (retype the value if you cannot find it): an invisible character makes two names that look the same differ, and a bidirectional one changes how the text is shown.';

const found = async (changes: Parameters<typeof check>[0]) =>
  (await check(changes)).map((p) => `${p.file}:${p.line ?? '-'}:${p.column ?? '-'}  ${p.rule}  ${p.message}`);

describe('checkContent: invisible characters', () => {
  it('refuses a zero-width space in an actor id, instead of saying the id has the wrong format', async () => {
    expect(await check({ [BRIEFING]: briefing({ actors: '\n  - rustem\u200B-umerov' }) })).toEqual([
      {
        file: BRIEFING,
        line: 6,
        column: 5,
        rule: 'text/invisible-character',
        message: '`actors[0]` contains the invisible character U+200B (zero width space) after “rustem”',
        hint: INVISIBLE_HINT,
      },
    ]);
  });

  it.each([
    [
      'a word joiner in a title',
      { title: 'North\u2060Korean troops deployed to Kursk' },
      '2:1  text/invisible-character  `title` contains the invisible character U+2060 (word joiner) after “North”',
    ],
    [
      'a byte-order mark inside a title',
      { title: '"North Korean troops\uFEFF deployed to Kursk"' },
      '2:1  text/invisible-character  `title` contains the invisible character U+FEFF (zero width no-break space) after “North Korean troops”',
    ],
    [
      'a right-to-left override in a source title',
      { sources: '\n  - title: "\u202Etroper"\n    publisher: Reuters\n    url: https://www.reuters.com/a\n    date: 2024-11-04' },
      '11:5  text/invisible-character  `sources[0].title` contains the invisible character U+202E (right-to-left override) at its start',
    ],
    [
      'an isolate in a place id',
      { places: '\n  - kursk\u2066' },
      '16:5  text/invisible-character  `places[0]` contains the invisible character U+2066 (left-to-right isolate) after “kursk”',
    ],
  ])('refuses %s', async (_, fields, expected) => {
    expect(await found({ [BRIEFING]: briefing(fields) })).toEqual([`${BRIEFING}:${expected}`]);
  });

  it('refuses an invisible character in an actor name or alias and a country note alias', async () => {
    expect(await found({ [JANE]: actor({ name: 'Jane\u200D Doe' }) })).toEqual([
      `${JANE}:1:1  text/invisible-character  \`name\` contains the invisible character U+200D (zero width joiner) after “Jane”`,
    ]);
    expect(await found({ [JANE]: actor({ name: 'Jane Doe', aliases: '\n  - "Doe\u202C"' }) })).toEqual([
      `${JANE}:6:5  text/invisible-character  \`aliases[0]\` contains the invisible character U+202C (pop directional formatting) after “Doe”`,
    ]);
    expect(await found({ [`${C}ua.yaml`]: 'aliases: ["Ukr\u200Caine"]\n' })).toEqual([
      `${C}ua.yaml:1:11  text/invisible-character  \`aliases[0]\` contains the invisible character U+200C (zero width non-joiner) after “Ukr”`,
    ]);
  });

  it('allows a zero-width joiner where no name is compared: in a summary and in the body', async () => {
    expect(
      await check({ [BRIEFING]: briefing({ summary: 'Ukraine says troops 👩\u200D👩 are in Kursk.' }, 'Body \u200Dtext <Cite source="1" />.\n') }),
    ).toEqual([]);
  });

  it('refuses a file name with an invisible, control or lookalike character, saying which', async () => {
    expect(await found({ [`${B}2024-11-04-nk\u200B-troops.mdx`]: briefing() })).toEqual([
      `${B}2024-11-04-nk\u200B-troops.mdx:-:-  text/invisible-character  the file name contains the invisible character U+200B (zero width space) after “2024-11-04-nk”`,
    ]);
    expect(await found({ [`${A}jane\u0007.yaml`]: actor() })).toEqual([
      `${A}jane\u0007.yaml:-:-  text/control-character  the file name contains the control character U+0007 after “jane”`,
    ]);
    expect(await found({ [`${A}j\u0430ne-doe.yaml`]: actor({ name: 'Jane Doe' }) })).toEqual([
      `${A}j\u0430ne-doe.yaml:-:-  text/lookalike  the file name \`j\u0430ne-doe.yaml\` has the Cyrillic letter \`\u0430\` (U+0430), but file names are written in Latin letters`,
    ]);
  });
});

describe('checkContent: lookalikes', () => {
  it('refuses a briefing that names an actor with a Cyrillic а in its id', async () => {
    expect(await check({ [BRIEFING]: briefing({ actors: '\n  - rustem-umerov\n  - rust\u0435m-umerov' }) })).toEqual([
      {
        file: BRIEFING,
        line: 7,
        column: 5,
        rule: 'text/lookalike',
        message: '`actors[1]` `rust\u0435m-umerov` has the Cyrillic letter `\u0435` (U+0435), but ids are written in Latin letters',
        hint: 'Retype the id in Latin letters a–z, digits and hyphens: a letter from another alphabet that looks the same makes an id that never matches.',
      },
    ]);
  });

  it('refuses a Greek ο in a country code', async () => {
    expect(await found({ [BRIEFING]: briefing({ countries: '\n  - ua\n  - r\u03BF' }) })).toEqual([
      `${BRIEFING}:9:5  text/lookalike  \`countries[1]\` \`r\u03BF\` has the Greek letter \`\u03BF\` (U+03BF), but ids are written in Latin letters`,
    ]);
  });

  it('refuses a name, an alias or a title that mixes scripts within a word', async () => {
    expect(await found({ [JANE]: actor({ name: 'Rustem Umer\u043Ev' }) })).toEqual([
      `${JANE}:1:1  text/lookalike  \`name\`: the word “Umer\u043Ev” has the Cyrillic letter \`\u043E\` (U+043E) among Latin letters`,
    ]);
    expect(await found({ [JANE]: actor({ name: 'Jane Doe', aliases: '\n  - "\u0423\u043C\u0454\u0440ov"' }) })).toEqual([
      `${JANE}:6:5  text/lookalike  \`aliases[0]\`: the word “\u0423\u043C\u0454\u0440ov” has the Latin letter \`o\` (U+006F) among Cyrillic letters`,
    ]);
    expect(await found({ [BRIEFING]: briefing({ title: '"N\u0410TO warns Russia"' }) })).toEqual([
      `${BRIEFING}:2:1  text/lookalike  \`title\`: the word “N\u0410TO” has the Cyrillic letter \`\u0410\` (U+0410) among Latin letters`,
    ]);
  });

  it('a lookalike name cannot pass as a second, distinct actor', async () => {
    // normaliseName keeps the Cyrillic о, so without this rule the two would be two actors with the same name.
    expect((await check({ [`${A}rustem-umerov-2.yaml`]: actor({ name: 'Rustem Umer\u043Ev', aliases: undefined }) })).map((p) => p.rule)).toEqual([
      'text/lookalike',
    ]);
  });

  it('accepts names wholly in one script, accented Latin, and the mixes Japanese and Korean use', async () => {
    expect(
      await check({
        [ACTOR]: actor({
          name: 'Rustem Umerov',
          aliases: '\n  - "Умєров"\n  - "Ümerov"\n  - "Ρουστέμ"\n  - "ルステム・ウメロフ"\n  - "東京タワー"\n  - "Kim 김정은"',
        }),
      }),
    ).toEqual([]);
  });
});

describe('findMixedScriptWord', () => {
  it.each([
    ['Guterr\u0435s', 'Latin', '\u0435', 'Cyrillic'],
    ['\u03A9mega', 'Latin', '\u03A9', 'Greek'],
    ['Kyi\u0432', 'Latin', '\u0432', 'Cyrillic'],
  ])('finds %s: a %s word with %s', (text, main, letter, script) => {
    expect(findMixedScriptWord(`The ${text} case`)).toEqual({ word: text, main, odd: { letter, script } });
  });

  it.each(['Volodymyr Zelensky', 'António Guterres', 'Умєров', 'п’ять', 'Zelensky–Зеленський', '日本語のテキスト', 'Su-34', '北京市'])('passes %s', (text) => {
    expect(findMixedScriptWord(text)).toBeUndefined();
  });
});

describe('printing a problem about hostile text', () => {
  const problem = {
    file: `${A}j\u202Ene.yaml`,
    line: 1,
    column: 1,
    rule: 'text/invisible-character',
    message: 'name \u001b[2K“x”\u200B\nnext',
    hint: 'Delete it.',
  };

  it('shows control and invisible characters as code points, on one line', () => {
    expect(formatProblem(problem)).toBe(`${A}j<U+202E>ne.yaml:1:1  text/invisible-character  name <U+001B>[2K“x”<U+200B> next  Delete it.`);
    expect(printable('a\tb\r\nc\u0085d')).toBe('a b  c<U+0085>d');
  });

  it('shows them in a GitHub annotation too, whose own escapes keep line breaks', () => {
    expect(githubAnnotation(problem)).toBe(
      `::error file=${A}j<U+202E>ne.yaml,line=1,col=1,title=text/invisible-character::name <U+001B>[2K“x”<U+200B>%0Anext Delete it.`,
    );
  });
});
