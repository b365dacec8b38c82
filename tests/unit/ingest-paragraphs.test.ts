/** Which paragraphs tell developments, and why the others do not (src/ingest/paragraphs.ts). */
import { describe, expect, it } from 'vitest';
import { unusedReasons } from '../../src/ingest/paragraphs.ts';
import { readReport } from '../../src/ingest/report-text.ts';

/** The reasons for paragraphs given as [text, specifics]. */
function reasons(paragraphs: [string, string[]][]) {
  const read = readReport(paragraphs.map(([text]) => text).join('\n\n'));
  return unusedReasons(read, new Map(paragraphs.map(([, items], i) => [i, new Set(items)])));
}

describe('unusedReasons', () => {
  it('knows a title, a heading, and the sources from their form', () => {
    expect(
      reasons([
        ['Troops in Kursk: What We Know', []],
        ['Zelensky spoke.', ['actor:volodymyr-zelensky']],
        ['## Diplomacy', []],
        ['Rutte visited.', ['actor:mark-rutte']],
        ['Related Sources:', []],
        ['• Source 1 • Source 2', []],
      ]),
    ).toEqual(['title', undefined, 'title', undefined, 'sources', 'sources']);
  });

  it('takes a first line that ends on a quotation for a title, unless the quotation ends a sentence', () => {
    expect(
      reasons([
        ['Trump Tells Putin to "Settle Now"', []],
        ['Zelensky spoke.', ['actor:volodymyr-zelensky']],
      ])[0],
    ).toBe('title');
    expect(reasons([['Zelensky said: "We will hold."', ['actor:volodymyr-zelensky']]])[0]).toBeUndefined();
    expect(reasons([['Zelensky said we would "hold".', ['actor:volodymyr-zelensky']]])[0]).toBeUndefined();
  });

  it('takes a sources heading with its sources on the same line as the sources, but not a sentence after "Sources:"', () => {
    for (const line of [
      'Sources: Reuters • AP • The Kyiv Independent • LIGA.net',
      'References — Reuters; AP, AFP',
      'Related sources:\nReuters\nhttps://example.org/a',
    ]) {
      expect(
        reasons([
          ['Zelensky spoke.', ['actor:volodymyr-zelensky']],
          [line, []],
          ['• Source 1', []],
        ]),
        line,
      ).toEqual([undefined, 'sources', 'sources']);
    }
    expect(
      reasons([
        ['Zelensky spoke.', ['actor:volodymyr-zelensky']],
        ['Sources: officials in Kyiv said on Monday that the talks would resume.', ['place:kyiv', 'day:2024-11-04']],
      ]),
    ).toEqual([undefined, undefined]);
  });

  it('takes a list of links as sources even without a heading', () => {
    expect(
      reasons([
        ['Zelensky spoke.', ['actor:volodymyr-zelensky']],
        ['- https://example.org/a\n- https://example.org/b', []],
      ]),
    ).toEqual([undefined, 'sources']);
  });

  it('takes a paragraph that names nothing of its own as framing, context or conclusion by where it stands', () => {
    expect(
      reasons([
        ['As the war goes on, Zelensky warns.', ['actor:volodymyr-zelensky']],
        ['Zelensky said 11,000 troops had arrived.', ['actor:volodymyr-zelensky', 'acts:actor:volodymyr-zelensky', 'figure:11,000']],
        ['The war goes on.', []],
        ['Rutte visited Berlin.', ['actor:mark-rutte', 'acts:actor:mark-rutte', 'place:berlin']],
        ['As the world watches, Zelensky and Rutte wait.', ['actor:volodymyr-zelensky', 'actor:mark-rutte']],
      ]),
    ).toEqual(['framing', undefined, 'context', undefined, 'conclusion']);
  });

  it('needs more than a place of its own in the first and last paragraphs', () => {
    expect(
      reasons([
        ['Pressure mounts on Kyiv.', ['place:kyiv']],
        ['Zelensky spoke in Berlin.', ['actor:volodymyr-zelensky', 'place:berlin']],
        ['Rutte spoke in Seoul.', ['actor:mark-rutte', 'place:seoul']],
      ]),
    ).toEqual(['framing', undefined, undefined]);
  });

  it('takes a middle paragraph whose subject is a named actor for a development, even when it names nothing of its own', () => {
    expect(
      reasons([
        ['The war goes on, Zelensky warns.', ['actor:volodymyr-zelensky', 'acts:actor:volodymyr-zelensky']],
        ['Rutte visited Berlin on Monday.', ['actor:mark-rutte', 'place:berlin', 'day:2024-11-04', 'acts:actor:mark-rutte']],
        ['Zelensky thanked Rutte on Monday.', ['actor:volodymyr-zelensky', 'actor:mark-rutte', 'day:2024-11-04', 'acts:actor:volodymyr-zelensky']],
        ['Rutte and Zelensky will meet again.', ['actor:volodymyr-zelensky', 'actor:mark-rutte', 'acts:actor:mark-rutte']],
      ]),
    ).toEqual(['framing', undefined, undefined, 'conclusion']);
  });

  it('takes a paragraph after the lead that names no one and no day of the report’s own for background, whatever figures it gives', () => {
    expect(
      reasons([
        ['The dam broke this week.', []],
        ['On Tuesday, Zelensky spoke.', ['actor:volodymyr-zelensky', 'day:2024-11-05', 'acts:actor:volodymyr-zelensky']],
        ['The dam was built in 1956 and held 18 cubic km.', ['figure:18 cubic km']],
        ['The first round, on 16 May, freed 1,000 prisoners.', ['figure:1,000', 'day:2024-05-16']],
        ['On Wednesday, a missile killed 12 in Kharkiv.', ['figure:12', 'place:kharkiv', 'day:2024-11-06']],
        ['The talks go on.', []],
      ]),
    ).toEqual(['framing', undefined, 'context', 'context', undefined, 'conclusion']);
  });

  it('takes a paragraph whose days all come before every day told so far for background, even with someone acting in it', () => {
    expect(
      reasons([
        ['The summit ended this week.', []],
        ['On Friday, Trump met Putin.', ['actor:donald-trump', 'day:2025-08-15', 'acts:actor:donald-trump']],
        // A paragraph's later day may be a background fact's: the days told are each paragraph's first.
        [
          'On Monday, Trump received Zelensky, who recalled the deal of 1 February.',
          ['actor:donald-trump', 'day:2025-08-18', 'day:2025-02-01', 'acts:actor:donald-trump'],
        ],
        ['Zelensky’s visit on 28 February ended in a clash with JD Vance.', ['new:jd-vance', 'day:2025-02-28', 'acts:actor:volodymyr-zelensky']],
        ['On Tuesday, Zelensky thanked Trump.', ['actor:volodymyr-zelensky', 'day:2025-08-19', 'acts:actor:volodymyr-zelensky']],
        ['The talks go on.', []],
      ]),
    ).toEqual(['framing', undefined, undefined, 'context', undefined, 'conclusion']);
  });

  it('takes a middle paragraph with no day of its own for background when whom it names are named elsewhere and none acts', () => {
    const paragraphs: [string, string[]][] = [
      ['The week ended in a pause.', []],
      ['On Friday, the court issued a warrant for Putin.', ['actor:vladimir-putin', 'day:2023-03-17']],
      ['The warrant obliges 123 states to arrest Putin.', ['actor:vladimir-putin', 'figure:123']],
      ['On Monday, Xi arrived in Moscow.', ['new:xi', 'day:2023-03-20', 'acts:new:xi']],
      ['The talks go on.', []],
    ];
    expect(reasons(paragraphs)).toEqual(['framing', undefined, 'context', undefined, 'conclusion']);
    // Someone named there alone, or acting, makes it an event of its own.
    const named = paragraphs.with(2, ['The warrant obliges 123 states to arrest Lvova-Belova.', ['new:lvova-belova', 'figure:123']]);
    expect(reasons(named)[2]).toBeUndefined();
    const acting = paragraphs.with(2, ['Putin called the warrant void.', ['actor:vladimir-putin', 'acts:actor:vladimir-putin', 'figure:123']]);
    expect(reasons(acting)[2]).toBeUndefined();
  });

  it('takes a name for the same wherever it stands, read as a place in one paragraph and as a body in another', () => {
    const paragraphs: [string, string[]][] = [
      ['The week began in flames.', []],
      ['On Sunday, a fire broke out in the Cabinet of Ministers building.', ['place:cabinet-of-ministers', 'day:2025-09-07']],
      ['On Wednesday, Tusk spoke.', ['new:tusk', 'day:2025-09-10', 'acts:new:tusk']],
      ['The strike on the Cabinet of Ministers beat a record of 728 drones.', ['new:cabinet-of-ministers', 'figure:728']],
      ['The border stays shut.', []],
    ];
    expect(reasons(paragraphs)[3]).toBe('context');
  });

  it('takes a paragraph whose every sentence recalls what went before for background, even with someone acting and a figure of its own', () => {
    expect(
      reasons([
        ['The week ended in a pause.', []],
        ['On Monday, Trump paused aid.', ['actor:donald-trump', 'day:2025-03-03', 'acts:actor:donald-trump']],
        [
          'Congress has approved $175 billion since 2022. Trump had called Zelensky a dictator.',
          ['figure:$175 billion', 'actor:volodymyr-zelensky', 'acts:actor:donald-trump', 'recalls:'],
        ],
        ['On Tuesday, Zelensky wrote to Trump.', ['actor:volodymyr-zelensky', 'day:2025-03-04', 'acts:actor:volodymyr-zelensky']],
        ['The pause goes on.', []],
      ]),
    ).toEqual(['framing', undefined, 'context', undefined, 'conclusion']);
  });

  it('does not take a paragraph that goes on from the day told ("The same day …") for a look back, though the only day it names is earlier', () => {
    const paragraphs: [string, string[]][] = [
      ['A week at the UN.', []],
      ['On Tuesday, Zelensky spoke at the UN.', ['actor:volodymyr-zelensky', 'day:2023-09-19', 'acts:actor:volodymyr-zelensky']],
      [
        'The same day, Andrzej Duda told reporters that on Monday Ukraine had filed a complaint.',
        ['new:andrzej-duda', 'acts:new:andrzej-duda', 'day:2023-09-18', 'follows:'],
      ],
      ['On Friday, Zelensky flew to Ottawa.', ['actor:volodymyr-zelensky', 'day:2023-09-22', 'acts:actor:volodymyr-zelensky']],
      ['The quarrel goes on.', []],
    ];
    expect(reasons(paragraphs)[2]).toBeUndefined();
    expect(reasons(paragraphs.with(2, [paragraphs[2]![0], paragraphs[2]![1].filter((item) => item !== 'follows:')]))[2]).toBe('context');
  });

  it('takes a paragraph that opens on how things stand and names no day for background, in a report that dates its events', () => {
    const paragraphs: [string, string[]][] = [
      ['A week of strikes.', []],
      ['On Friday, Putin blamed Kyiv.', ['actor:vladimir-putin', 'day:2024-01-26', 'acts:actor:vladimir-putin']],
      [
        'In Brussels, the quarrel goes on. The Financial Times reported that the Commission would offer concessions.',
        ['new:financial-times', 'acts:new:financial-times', 'opens-recalling:'],
      ],
      ['On Saturday, Zelensky spoke.', ['actor:volodymyr-zelensky', 'day:2024-01-27', 'acts:actor:volodymyr-zelensky']],
      ['The quarrel goes on.', []],
    ];
    expect(reasons(paragraphs)[2]).toBe('context');
    // A day of its own makes it an event; so does a report that dates nothing.
    expect(reasons(paragraphs.with(2, [paragraphs[2]![0], [...paragraphs[2]![1], 'day:2024-01-26']]))[2]).toBeUndefined();
    const undated = paragraphs.map(([text, items]): [string, string[]] => [text, items.filter((item) => !item.startsWith('day:'))]);
    expect(reasons(undated)[2]).toBeUndefined();
  });

  it('takes a close that sums up with a figure but names no day of its own for the conclusion', () => {
    const paragraphs: [string, string[]][] = [
      ['A week in Washington.', []],
      ['On Thursday, Biden met Zelensky.', ['actor:volodymyr-zelensky', 'new:joe-biden', 'day:2023-09-21', 'acts:new:joe-biden']],
      ['Biden’s request for $24 billion more still awaits Congress.', ['new:joe-biden', 'figure:$24 billion']],
    ];
    expect(reasons(paragraphs)).toEqual(['framing', undefined, 'conclusion']);
    // With a day of its own, the figure tells an event; a day another paragraph told is no day of its own.
    const dated = paragraphs.with(2, ['On Friday, Congress approved $24 billion.', ['figure:$24 billion', 'day:2023-09-22']]);
    expect(reasons(dated)[2]).toBeUndefined();
    const toldDay = paragraphs.with(2, ['Thursday’s talks left $24 billion waiting.', ['figure:$24 billion', 'day:2023-09-21']]);
    expect(reasons(toldDay)[2]).toBe('conclusion');
  });

  it('takes only the last paragraph after the last development for the conclusion: background before it is context', () => {
    expect(
      reasons([
        ['The week ended in a pause.', []],
        ['On Monday, Trump paused aid.', ['actor:donald-trump', 'day:2025-03-03', 'acts:actor:donald-trump']],
        ['Trump had called Zelensky a dictator.', ['actor:volodymyr-zelensky', 'acts:actor:donald-trump', 'recalls:']],
        ['The pause goes on.', []],
        ['Sources: Reuters • AP', []],
      ]),
    ).toEqual(['framing', undefined, 'context', 'conclusion', 'sources']);
  });

  it('lets every paragraph that names something tell a development when all repeat each other', () => {
    expect(
      reasons([
        ['Zelensky spoke.', ['actor:volodymyr-zelensky']],
        ['Zelensky spoke again.', ['actor:volodymyr-zelensky']],
        ['Nothing else.', []],
      ]),
    ).toEqual([undefined, undefined, 'conclusion']);
  });
});
