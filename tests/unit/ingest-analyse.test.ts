/**
 * The analysis step of `npm run ingest` end to end (src/ingest/analyse.ts):
 * report 1 against the fixture registries gives the eight developments the
 * fixture briefings cover, everything cut from the report.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../src/ingest/analyse.ts';
import { loadRegistries } from '../../src/ingest/registries.ts';

const REPORT_1 = readFileSync('tests/fixtures/reports/2024-11-first-report/report.txt', 'utf8');
const registries = await loadRegistries('tests/fixtures/site/src/content');
const analysis = analyseReport(REPORT_1, { date: '2024-11-06', registries });

describe('analyseReport on report 1', () => {
  it('finds its eight developments, each with what it links to', () => {
    const summary = analysis.developments.map((d) => ({
      paragraph: d.paragraph,
      opens: d.sentences[0]!.split(' ').slice(0, 3).join(' '),
      actors: d.actors,
      countries: d.countries,
      places: d.places,
      freePlaces: d.freePlaces,
    }));
    expect(summary).toEqual([
      {
        paragraph: 2,
        opens: 'Zelensky and Defense',
        actors: ['volodymyr-zelensky', 'rustem-umerov'],
        countries: ['kp', 'ru', 'ua'],
        places: ['kursk-oblast'],
        freePlaces: [],
      },
      { paragraph: 2, opens: 'Zelensky has called', actors: ['volodymyr-zelensky'], countries: ['ru'], places: [], freePlaces: [] },
      { paragraph: 3, opens: 'On the ground,', actors: ['ukrainian-air-force'], countries: ['ua', 'ru'], places: ['zaporizhzhia'], freePlaces: [] },
      {
        paragraph: 4,
        opens: 'Meanwhile, international political',
        actors: ['annalena-baerbock', 'volodymyr-zelensky'],
        countries: ['de', 'ua', 'us'],
        places: ['kyiv'],
        freePlaces: [],
      },
      { paragraph: 5, opens: 'Concerns over the', actors: ['united-nations', 'antonio-guterres'], countries: ['kp', 'ua'], places: [], freePlaces: [] },
      { paragraph: 5, opens: 'The European Union', actors: ['european-union'], countries: ['kr', 'kp', 'ru'], places: [], freePlaces: [] },
      { paragraph: 6, opens: 'Domestically, the resignation', actors: ['vladimir-putin'], countries: ['ru', 'ua'], places: ['rostov-oblast'], freePlaces: [] },
      { paragraph: 7, opens: 'NATO Secretary General', actors: ['nato', 'mark-rutte'], countries: ['de', 'ru'], places: [], freePlaces: [] },
    ]);
  });

  it('says why the other paragraphs give none', () => {
    expect(analysis.unused.map((u) => [u.paragraph, u.reason])).toEqual([
      [0, 'title'],
      [1, 'framing'],
      [8, 'conclusion'],
      [9, 'sources'],
      [10, 'sources'],
    ]);
    expect(analysis.unused[0]!.text).toBe('Escalation in Ukraine Conflict: North Korean Troops, Airstrikes, and International Responses');
  });

  it('proposes no new actor: the registry holds every actor the report names', () => {
    expect(analysis.developments.flatMap((d) => d.newActors)).toEqual([]);
  });

  it('dates each development at the report’s date, as the report names no day', () => {
    expect(analysis.developments.every((d) => d.date === '2024-11-06' && d.dateText === undefined)).toBe(true);
  });

  it('marks what needs a source', () => {
    expect(analysis.developments[0]!.needsSource.map((n) => `${n.kind}: ${n.text}`)).toEqual([
      'claim: asserted',
      'claim: estimated',
      'figure: as many as 15,000',
    ]);
  });

  it('invents nothing: every sentence, name and marked word is the report’s', () => {
    const report = REPORT_1.replace(/\s+/g, ' ');
    for (const d of analysis.developments) {
      for (const sentence of d.sentences) expect(report).toContain(sentence);
      for (const need of d.needsSource) expect(need.sentence).toContain(need.text);
      for (const place of d.freePlaces) expect(d.sentences.join(' ')).toContain(place);
    }
    for (const u of analysis.unused) expect(REPORT_1).toContain(u.text);
  });
});

describe('analyseReport on a made-up report', () => {
  const text = [
    'Strikes and Talks',
    'Russian forces struck Kharkiv on Monday, killing at least 12 people, according to governor Oleh Syniehubov. “The city is under attack,” Syniehubov said.',
    'Two days later, Kremlin spokesman Dmitry Peskov said Moscow was "ready for talks". Separately, the Security Service of Ukraine (SBU) detained two suspects.',
  ].join('\n\n');
  const [strike, talks, arrests] = analyseReport(text, { date: '2024-11-06', registries }).developments;

  it('dates developments from the words of the report', () => {
    expect([strike, talks, arrests].map((d) => [d!.date, d!.dateText])).toEqual([
      ['2024-11-04', 'on Monday'],
      ['2024-11-06', 'Two days later'],
      ['2024-11-06', undefined],
    ]);
  });

  it('proposes new actors with their kind and sentence, and quotes with their speakers', () => {
    expect(strike!.newActors).toEqual([{ name: 'Oleh Syniehubov', kind: 'person', sentence: strike!.sentences[0] }]);
    expect(strike!.quotes).toEqual([{ text: 'The city is under attack,', by: 'Oleh Syniehubov', sentence: strike!.sentences[1] }]);
    expect(talks!.quotes[0]).toMatchObject({ text: 'ready for talks', by: 'Dmitry Peskov' });
    expect(arrests!.newActors.map((a) => `${a.kind}: ${a.name}`)).toEqual(['organisation: Security Service of Ukraine', 'organisation: SBU']);
    expect(talks!.freePlaces).toEqual(['Moscow']);
  });
});

describe('analyseReport on a lead that counts time', () => {
  it('takes "nearly three years into the war" for a backdrop, not for a figure of an event: the lead frames', () => {
    const text = [
      'Strikes and Talks',
      'Nearly three years into the war, diplomacy changed course. Europe asked where it stood.',
      'On Monday, Russian forces struck Kharkiv, killing 12 people.',
      'On Tuesday, Kremlin spokesman Dmitry Peskov said talks were possible.',
    ].join('\n\n');
    const analysis = analyseReport(text, { date: '2024-11-06', registries });
    expect(analysis.unused.map((u) => [u.paragraph, u.reason])).toEqual([
      [0, 'title'],
      [1, 'framing'],
    ]);
    expect(analysis.developments.map((d) => d.paragraph)).toEqual([2, 3]);
  });
});

describe('analyseReport on a report that recalls what went before, then closes and lists its sources on one line', () => {
  it('takes the recollection for context, even with Trump acting in it, and the sources line for sources', () => {
    const text = [
      'The Pause in Aid',
      'A week that began with a clash ended with aid on hold.',
      'On Monday, Donald Trump ordered a pause in military aid to Ukraine.',
      'On Tuesday, Zelensky said Ukraine was ready to sign the minerals deal.',
      'Congress has approved $175 billion in aid to Ukraine since the invasion. Before the meeting, Trump had called Zelensky a dictator.',
      'Whether the pause is lifted depends on the talks.',
      'Sources: Reuters • AP • The Kyiv Independent',
    ].join('\n\n');
    const analysis = analyseReport(text, { date: '2025-03-07', registries });
    expect(analysis.unused.map((u) => [u.paragraph, u.reason])).toEqual([
      [0, 'title'],
      [1, 'framing'],
      [4, 'context'],
      [5, 'conclusion'],
      [6, 'sources'],
    ]);
    expect(analysis.developments.map((d) => d.paragraph)).toEqual([2, 3]);
  });
});

describe('analyseReport on a lead that gives a scale or a rank', () => {
  it.each([
    ['"thousands of people" and "dozens of towns"', 'The flood drove thousands of people from dozens of towns this week.'],
    [
      '"its 75th anniversary summit" and "the war\'s third year"',
      'As the war entered its third year, the alliance gathered for its 75th anniversary summit this week.',
    ],
  ])('takes %s for a backdrop, not for figures of an event: the lead frames', (_, lead) => {
    const text = [
      'Strikes and Talks',
      lead,
      'On Monday, Russian forces struck Kharkiv, killing 12 people.',
      'On Tuesday, Kremlin spokesman Dmitry Peskov said talks were possible.',
    ].join('\n\n');
    const analysis = analyseReport(text, { date: '2024-11-06', registries });
    expect(analysis.unused.map((u) => [u.paragraph, u.reason])).toEqual([
      [0, 'title'],
      [1, 'framing'],
    ]);
  });
});

describe('analyseReport with an actor whose name holds a country', () => {
  const sbu = { id: 'sbu', name: 'Security Service of Ukraine', kind: 'organisation' as const, role: 'Security service', aliases: ['SBU'] };
  const analyse = (text: string) => analyseReport(text, { date: '2024-11-06', registries: { ...registries, actors: [sbu] } });

  it('links the country too, but does not take it for an actor of the subject', () => {
    const [development, ...others] = analyse('Intro.\n\nThe Security Service of Ukraine detained two men in Odesa. The SBU said they had spied.').developments;
    expect(others).toEqual([]);
    expect(development).toMatchObject({ actors: ['sbu'], countries: ['ua'] });
  });
});

// How long an analysis takes is measured by `npm run bench:ingest`, not asserted here: a timed test fails on a loaded machine.
describe('analyseReport on a report of a thousand words', () => {
  it('analyses every paragraph of report 1 with its development paragraphs twice more, and finds developments in each copy', () => {
    // The copies go before the sources, where they are analysed in full. Each copy repeats the others, so a copied paragraph with no one acting in it reads as context.
    const paragraphs = REPORT_1.split('\n\n');
    const long = [...paragraphs.slice(0, 9), ...paragraphs.slice(2, 8), ...paragraphs.slice(2, 8), ...paragraphs.slice(9)].join('\n\n');
    expect(long.split(/\s+/).length).toBeGreaterThan(1000);
    const { developments, unused } = analyseReport(long, { date: '2024-11-06', registries });
    const told = new Set(developments.map((d) => d.paragraph));
    expect([...told, ...unused.map((u) => u.paragraph)].sort((a, b) => a - b)).toEqual(long.split('\n\n').map((_p, i) => i));
    for (const [first, last] of [
      [2, 7],
      [9, 14],
      [15, 20],
    ] as const)
      expect(
        [...told].some((p) => p >= first && p <= last),
        `${first}–${last}`,
      ).toBe(true);
  });
});

describe('analyseReport on the other side’s word the same day', () => {
  const order = 'On 16 July, Russia’s Defence Ministry said Sergei Shoigu had ordered his troops to step up their actions.';
  const analyse = (text: string) => analyseReport(`Title\n\n${text}`, { date: '2022-07-24', registries }).developments.map((d) => d.sentences);

  it('tells a battle in a place the development has not named, even one the registry does not hold, as another development', () => {
    const battle = 'The same day, Ukraine’s General Staff said its forces had repelled an attack near Siversk.';
    expect(analyse(`${order} ${battle}`)).toEqual([[order], [battle]]);
  });

  it('keeps the other side’s word with the claim it answers when it names no other place', () => {
    const answer = 'The same day, Ukraine’s General Staff said its forces had repelled every attack.';
    expect(analyse(`${order} ${answer}`)).toEqual([[order, answer]]);
  });
});
