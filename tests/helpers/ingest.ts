/**
 * Inputs for the tests of `npm run ingest`'s output side (src/ingest/draft.ts,
 * stub.ts, duplicates.ts): the first report's developments built by hand as
 * the analysis gives them (its sentences verbatim, the ids they link to), and
 * new ones no fixture briefing covers.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/check/index.ts';
import type { Development } from '../../src/ingest/types.ts';
import { emptyRoot, options } from './check-tree.ts';

export const repo = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURE_CONTENT = join(repo, 'tests/fixtures/site/src/content');
/** The first report (a copy of shared/report/report.txt). */
export const REPORT_1 = join(repo, 'tests/fixtures/reports/2024-11-first-report/report.txt');
export const REPORT_1_TEXT = readFileSync(REPORT_1, 'utf8');

/** A development with the given sentences; everything else empty unless given. */
export function development(sentences: string[], fields: Partial<Development> = {}): Development {
  return {
    date: '2024-11-06',
    paragraph: 0,
    sentences,
    actors: [],
    countries: [],
    places: [],
    freePlaces: [],
    newActors: [],
    quotes: [],
    needsSource: [],
    ...fields,
  };
}

const claim = (text: string, sentence: string) => ({ kind: 'claim' as const, text, sentence });
const figure = (text: string, sentence: string) => ({ kind: 'figure' as const, text, sentence });

const KURSK = [
  'Zelensky and Defense Minister Rustem Umierov have asserted that North Korean troops are disguising themselves in the ranks of the Russian army.',
  'This claim highlights the complications Ukraine faces in distinguishing between regular Russian soldiers and those from North Korea, estimated to be as many as 15,000 in the border region of Kursk alone.',
];
const STRIKE = [
  'On the ground, the Ukrainian Air Force is continuing to respond to Russian airstrikes, with recent attacks targeting key infrastructure in the city of Zaporizhzhia resulting in fatalities and injuries.',
  'Local authorities reported six deaths and numerous injuries due to this assault, which was part of a wider pattern of Russian aggression involving the use of missiles and combat drones.',
];

/** The eight developments of the first report, each with the id of the briefing that covers it. */
export const REPORT_1_DEVELOPMENTS: { covers: string; development: Development }[] = [
  {
    covers: '2024-11-04-north-korean-troops-kursk',
    development: development(KURSK, {
      paragraph: 2,
      actors: ['volodymyr-zelensky', 'rustem-umerov'],
      countries: ['kp', 'ru', 'ua'],
      places: ['kursk-oblast'],
      needsSource: [claim('asserted', KURSK[0]!), claim('estimated', KURSK[1]!), figure('15,000', KURSK[1]!)],
    }),
  },
  {
    covers: '2024-11-05-zelensky-strong-response',
    development: development(
      [
        "Zelensky has called for a strong international response to this revelation, emphasizing the need for cooperative efforts to counter Russia's attempts to expand the conflict.",
      ],
      { paragraph: 2, actors: ['volodymyr-zelensky'], countries: ['ru'] },
    ),
  },
  {
    covers: '2024-11-05-zaporizhzhia-missile-strike',
    development: development(STRIKE, {
      paragraph: 3,
      actors: ['ukrainian-air-force'],
      countries: ['ua', 'ru'],
      places: ['zaporizhzhia'],
      needsSource: [claim('reported', STRIKE[1]!), figure('six deaths', STRIKE[1]!)],
    }),
  },
  {
    covers: '2024-11-04-baerbock-kyiv-visit',
    development: development(
      [
        'Meanwhile, international political dynamics are shifting as German Foreign Minister Annalena Baerbock made her eighth visit to Kyiv since the onset of the war.',
        'During this visit, she assured Zelensky of continued military and financial support from Germany, particularly in light of the upcoming winter, which poses additional challenges for Ukrainians amid ongoing attacks.',
        "The situation in Ukraine remains precarious, with Baerbock's comments reflecting Germany's commitment to support Ukraine despite evolving political landscapes, especially with the U.S. presidential elections looming.",
      ],
      { paragraph: 4, actors: ['annalena-baerbock', 'volodymyr-zelensky'], countries: ['de', 'ua', 'us'], places: ['kyiv'] },
    ),
  },
  {
    covers: '2024-11-03-un-warns-internationalisation',
    development: development(
      [
        'Concerns over the implications of North Korean involvement in the conflict are shared not only by Ukraine but also by the U.N. and various international leaders.',
        'U.N. Chief António Guterres has warned that the deployment of North Korean forces could internationalize the conflict, adding to existing tensions in a fragile geopolitical climate.',
      ],
      { paragraph: 5, actors: ['antonio-guterres', 'united-nations'], countries: ['kp', 'ua'] },
    ),
  },
  {
    covers: '2024-11-04-eu-south-korea-withdrawal-call',
    development: development(
      ['The European Union and South Korea have called for the withdrawal of North Korean troops and have criticized their military support to Russia.'],
      { paragraph: 5, actors: ['european-union'], countries: ['kr', 'kp', 'ru'] },
    ),
  },
  {
    covers: '2024-11-04-rostov-governor-resigns',
    development: development(
      [
        "Domestically, the resignation of Rostov's governor amid pressures from the war exemplifies the internal turbulence in Russia as it faces scrutiny from both military setbacks and external pressures.",
        "The appointment of a new interim governor reflects attempts by President Vladimir Putin's administration to maintain control amid growing unrest and Ukrainian counteroffensives.",
      ],
      { paragraph: 6, actors: ['vladimir-putin'], countries: ['ru', 'ua'], places: ['rostov-oblast'] },
    ),
  },
  {
    covers: '2024-11-04-rutte-german-defence-spending',
    development: development(
      [
        'NATO Secretary General Mark Rutte has also urged for increased German defense spending as the alliance contemplates its collective security in response to threats from Russia and its allies.',
        'The rising costs associated with defense investments highlight the urgency for allies to confront the immediate challenges posed by the conflict.',
      ],
      { paragraph: 7, actors: ['mark-rutte', 'nato'], countries: ['de', 'ru'] },
    ),
  },
];

/** Developments no fixture briefing covers, written for these tests, each sharing actors, countries or places with the briefings. */
export const NEW_DEVELOPMENTS: Development[] = [
  development(['Russian drones struck the port of Odesa overnight, damaging a grain terminal, the regional governor said.'], {
    actors: [],
    countries: ['ru', 'ua'],
    places: ['odesa-oblast'],
  }),
  development(['Zelensky met British Prime Minister Keir Starmer in Kyiv to discuss long-range missiles and air defence for the winter.'], {
    actors: ['volodymyr-zelensky'],
    countries: ['gb', 'ua'],
    places: ['kyiv'],
    newActors: [
      {
        name: 'Keir Starmer',
        kind: 'person',
        sentence: 'Zelensky met British Prime Minister Keir Starmer in Kyiv to discuss long-range missiles and air defence for the winter.',
      },
    ],
  }),
  development(['North Korean leader Kim Jong Un inspected new drones and ordered their mass production, state media reported.'], {
    countries: ['kp'],
    newActors: [
      {
        name: 'Kim Jong Un',
        kind: 'person',
        sentence: 'North Korean leader Kim Jong Un inspected new drones and ordered their mass production, state media reported.',
      },
    ],
  }),
  development(['Rutte visited Kyiv for talks with Zelensky on air defence and the coming winter.'], {
    actors: ['mark-rutte', 'volodymyr-zelensky'],
    countries: ['ua'],
    places: ['kyiv'],
  }),
];

/**
 * A copy of the fixture site's content in a fresh temp project (removed by
 * check-tree's removeTrees), with files added (paths relative to the root).
 */
export function fixtureTree(files: Record<string, string> = {}): string {
  const root = emptyRoot();
  cpSync(FIXTURE_CONTENT, join(root, 'src/content'), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);
  return root;
}

/** The content check on a tree, as `npm run check` runs it (today is check-tree's). */
export const checkTree = (root: string) => checkContent(options(root));
