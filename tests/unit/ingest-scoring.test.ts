import { describe, expect, it } from 'vitest';
import {
  alignDevelopments,
  matchStrength,
  namesMatch,
  normaliseText,
  precisionRecall,
  scoreIds,
  scoreNewActors,
  scoreReport,
  type LabelledDevelopment,
  type PredictedDevelopment,
} from '../helpers/ingest-scoring.ts';

function label(opening: string, extra: Partial<LabelledDevelopment> = {}): LabelledDevelopment {
  return { paragraph: 0, opening, date: '2024-11-04', actors: [], countries: [], places: [], freePlaces: [], newActors: [], duplicates: [], ...extra };
}

function prediction(sentences: string[], extra: Partial<PredictedDevelopment> = {}): PredictedDevelopment {
  return { date: '2024-11-04', sentences, actors: [], countries: [], places: [], newActors: [], ...extra };
}

const labels = [
  label('NATO Secretary General Mark Rutte has also urged', {
    paragraph: 7,
    actors: ['mark-rutte', 'nato'],
    countries: ['de'],
    places: ['berlin'],
  }),
  label('The European Union and South Korea have called', {
    paragraph: 5,
    actors: ['european-union'],
    countries: ['kr', 'kp'],
    newActors: [{ name: 'Josep Borrell', kind: 'person' }],
  }),
];

const perfect = [
  prediction(['NATO Secretary General Mark Rutte has also urged for increased German defense spending.'], {
    paragraph: 7,
    actors: ['nato', 'mark-rutte'],
    countries: ['de'],
    places: ['berlin'],
  }),
  prediction(['The European Union and South Korea have called for the withdrawal.'], {
    paragraph: 5,
    actors: ['european-union'],
    countries: ['kp', 'kr'],
    newActors: [{ name: 'Borrell', kind: 'person' }],
  }),
];

describe('normaliseText', () => {
  it('folds case, curly quotes, dashes and spaces', () => {
    expect(normaliseText('Rostov\u2019s  Governor\u00a0\u2013 \u201cacting\u201d')).toBe('rostov\'s governor - "acting"');
  });
});

describe('matchStrength', () => {
  const rutte = labels[0]!;
  it('is strongest when the first sentence opens with the labelled words', () => {
    expect(matchStrength(prediction(['NATO Secretary General Mark Rutte has also urged more spending.']), rutte)).toBe(3);
  });
  it('is weaker when a later sentence does, weaker still when the words are inside one', () => {
    expect(matchStrength(prediction(['Meanwhile, in Berlin.', 'NATO Secretary General Mark Rutte has also urged more.']), rutte)).toBe(2);
    expect(matchStrength(prediction(['In Berlin, NATO Secretary General Mark Rutte has also urged more.']), rutte)).toBe(1);
  });
  it('ignores case, curly quotes and runs of spaces', () => {
    expect(matchStrength(prediction(['nato secretary general  mark rutte has also urged more.']), rutte)).toBe(3);
  });
  it('is 0 for another development', () => {
    expect(matchStrength(prediction(['The European Union and South Korea have called for it.']), rutte)).toBe(0);
  });
});

describe('alignDevelopments', () => {
  it('pairs each labelled development with the prediction that opens with its words, whatever the order', () => {
    const alignment = alignDevelopments([perfect[1]!, perfect[0]!], labels);
    expect(alignment.pairs).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(alignment.unmatchedPredicted).toEqual([]);
    expect(alignment.missedLabelled).toEqual([]);
  });

  it('gives a merged prediction to one labelled development only and reports the other as missed', () => {
    const merged = prediction(['NATO Secretary General Mark Rutte has also urged more.', 'The European Union and South Korea have called for it.']);
    const alignment = alignDevelopments([merged], labels);
    expect(alignment.pairs).toEqual([[0, 0]]);
    expect(alignment.missedLabelled).toEqual([1]);
  });

  it('prefers the stronger match when two predictions contain the same opening', () => {
    const leading = prediction(['Context first.', 'NATO Secretary General Mark Rutte has also urged more.']);
    const exact = prediction(['NATO Secretary General Mark Rutte has also urged more.']);
    const alignment = alignDevelopments([leading, exact], [labels[0]!]);
    expect(alignment.pairs).toEqual([[1, 0]]);
    expect(alignment.unmatchedPredicted).toEqual([0]);
  });

  it('leaves predictions from unlabelled paragraphs unmatched', () => {
    const framing = prediction(['As the international community grapples with these developments, the situation remains critical.']);
    const alignment = alignDevelopments([...perfect, framing], labels);
    expect(alignment.unmatchedPredicted).toEqual([2]);
  });
});

describe('precisionRecall', () => {
  it('is 1 and 1 when there is nothing to find and nothing found', () => {
    expect(precisionRecall(0, 0, 0)).toMatchObject({ precision: 1, recall: 1 });
  });
  it('divides as usual otherwise', () => {
    expect(precisionRecall(3, 1, 2)).toMatchObject({ precision: 0.75, recall: 0.6 });
  });
});

describe('scoreIds', () => {
  it('scores a perfect prediction 1 and 1, whatever the order of ids', () => {
    const alignment = alignDevelopments(perfect, labels);
    for (const kind of ['actors', 'countries', 'places'] as const) {
      expect(scoreIds(kind, perfect, labels, alignment)).toMatchObject({ precision: 1, recall: 1 });
    }
  });

  it('lowers recall, not precision, for a missing id', () => {
    const lacking = [{ ...perfect[0]!, actors: ['mark-rutte'] }, perfect[1]!];
    const score = scoreIds('actors', lacking, labels, alignDevelopments(lacking, labels));
    expect(score).toEqual({ tp: 2, fp: 0, fn: 1, precision: 1, recall: 2 / 3 });
  });

  it('lowers precision, not recall, for an extra id', () => {
    const adding = [{ ...perfect[0]!, countries: ['de', 'ru'] }, perfect[1]!];
    const score = scoreIds('countries', adding, labels, alignDevelopments(adding, labels));
    expect(score).toEqual({ tp: 3, fp: 1, fn: 0, precision: 0.75, recall: 1 });
  });

  it('counts every id of an unaligned prediction as a false positive', () => {
    const extra = prediction(['A framing paragraph about Kyiv.'], { places: ['kyiv'], countries: ['ua'] });
    const predicted = [...perfect, extra];
    const alignment = alignDevelopments(predicted, labels);
    expect(scoreIds('places', predicted, labels, alignment)).toEqual({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
  });

  it('counts every id of a missed labelled development as a false negative', () => {
    const predicted = [perfect[0]!];
    const alignment = alignDevelopments(predicted, labels);
    expect(scoreIds('countries', predicted, labels, alignment)).toEqual({ tp: 1, fp: 0, fn: 2, precision: 1, recall: 1 / 3 });
  });

  it('counts an id listed twice once', () => {
    const doubled = [{ ...perfect[0]!, actors: ['nato', 'nato', 'mark-rutte'] }, perfect[1]!];
    expect(scoreIds('actors', doubled, labels, alignDevelopments(doubled, labels))).toMatchObject({ tp: 3, fp: 0 });
  });
});

describe('namesMatch', () => {
  it('matches a name with and without accents, case and possessive', () => {
    expect(namesMatch('Gitanas Nausėda', 'gitanas nauseda')).toBe(true);
    expect(namesMatch("Ukraine's Interior Ministry", 'Interior Ministry')).toBe(true);
  });
  it('matches a surname or a title plus name with the full name', () => {
    expect(namesMatch('Prigozhin', 'Yevgeny Prigozhin')).toBe(true);
    expect(namesMatch('Defence Minister Sergei Shoigu', 'Sergei Shoigu')).toBe(true);
    expect(namesMatch('Wagner', 'Wagner Group')).toBe(true);
  });
  it('matches a body named by its kind alone with the same kind after a country', () => {
    expect(namesMatch('General Staff', "Ukraine's General Staff")).toBe(true);
    expect(namesMatch('Defence Ministry', 'Russian Defence Ministry')).toBe(true);
    expect(namesMatch('General Staff', "Wagner's General Staff")).toBe(false);
  });
  it('matches the same words even when none identifies on its own', () => {
    expect(namesMatch('Group of 20', 'the Group of 20')).toBe(true);
    expect(namesMatch('Group of 20', 'Group of 7')).toBe(false);
  });
  it('does not match on generic words alone, or other people', () => {
    expect(namesMatch('Ministry', 'Interior Ministry')).toBe(false);
    expect(namesMatch('Group', 'Wagner Group')).toBe(false);
    expect(namesMatch('Sergei Lavrov', 'Sergei Shoigu')).toBe(false);
    expect(namesMatch('', 'Sergei Shoigu')).toBe(false);
  });
});

describe('scoreNewActors', () => {
  it('is 1 for a perfect prediction', () => {
    const alignment = alignDevelopments(perfect, labels);
    expect(scoreNewActors(perfect, labels, alignment)).toMatchObject({ matched: 1, total: 1, recall: 1, missing: [] });
  });

  it('lowers recall for a missing name and counts it once per development', () => {
    const twice = [
      label('Lukashenko said on Tuesday', { newActors: [{ name: 'Alexander Lukashenko', kind: 'person' }] }),
      label('Lukashenko said on Wednesday', {
        newActors: [
          { name: 'Alexander Lukashenko', kind: 'person' },
          { name: 'Viktor Khrenin', kind: 'person' },
        ],
      }),
    ];
    const predicted = [
      prediction(['Lukashenko said on Tuesday that he would.'], { newActors: [{ name: 'Alexander Lukashenko', kind: 'person' }] }),
      prediction(['Lukashenko said on Wednesday that he had.'], { newActors: [{ name: 'Lukashenko', kind: 'person' }] }),
    ];
    const score = scoreNewActors(predicted, twice, alignDevelopments(predicted, twice));
    expect(score).toMatchObject({ matched: 2, total: 3, recall: 2 / 3 });
    expect(score.missing).toEqual(['Viktor Khrenin (Lukashenko said on Wednesday)']);
  });

  it('does not let one proposal stand for two labelled names', () => {
    const both = [
      label('Wagner Group founder Yevgeny Prigozhin said', {
        newActors: [
          { name: 'Wagner Group', kind: 'organisation' },
          { name: 'Yevgeny Prigozhin', kind: 'person' },
        ],
      }),
    ];
    const predicted = [prediction(['Wagner Group founder Yevgeny Prigozhin said so.'], { newActors: [{ name: 'Yevgeny Prigozhin', kind: 'person' }] })];
    expect(scoreNewActors(predicted, both, alignDevelopments(predicted, both))).toMatchObject({ matched: 1, total: 2 });
  });

  it('reports a wrong kind and unlabelled proposals without counting them against recall', () => {
    const predicted = [perfect[0]!, { ...perfect[1]!, newActors: [{ name: 'Josep Borrell', kind: 'organisation' as const }, { name: 'KCNA' }] }];
    const score = scoreNewActors(predicted, labels, alignDevelopments(predicted, labels));
    expect(score.recall).toBe(1);
    expect(score.kindMismatches).toEqual(['Josep Borrell: organisation, labelled person']);
    expect(score.unlabelled).toEqual(['KCNA']);
  });

  it('counts the new actors of a missed development as missed', () => {
    const predicted = [perfect[0]!];
    expect(scoreNewActors(predicted, labels, alignDevelopments(predicted, labels))).toMatchObject({ matched: 0, total: 1, recall: 0 });
  });
});

describe('scoreReport', () => {
  it('scores a perfect prediction 1 everywhere', () => {
    const score = scoreReport(perfect, labels);
    expect(score.developments).toEqual({ labelled: 2, predicted: 2, aligned: 2, precision: 1, recall: 1 });
    for (const figure of [score.actors, score.countries, score.places]) expect(figure).toMatchObject({ precision: 1, recall: 1 });
    expect(score.newActors.recall).toBe(1);
    expect(score.dates).toEqual({ correct: 2, aligned: 2, wrong: [] });
  });

  it('reports a split development as an extra prediction and a wrong date as wrong', () => {
    const split = [perfect[0]!, { ...perfect[1]!, date: '2024-11-05' }, prediction(['Borrell also met Kim Yong-hyun.'], { actors: ['kim-yong-hyun'] })];
    const score = scoreReport(split, labels);
    expect(score.developments).toMatchObject({ predicted: 3, aligned: 2, precision: 2 / 3, recall: 1 });
    expect(score.actors).toMatchObject({ fp: 1, precision: 3 / 4 });
    expect(score.dates.wrong).toEqual(['The European Union and South Korea have called: 2024-11-05, labelled 2024-11-04']);
  });

  it('scores an empty prediction 0 for recall and 1 for precision', () => {
    const score = scoreReport([], labels);
    expect(score.developments).toMatchObject({ aligned: 0, precision: 1, recall: 0 });
    expect(score.actors).toMatchObject({ precision: 1, recall: 0 });
  });
});
