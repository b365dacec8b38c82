/** Dates in a report resolved against its date (src/ingest/dates.ts). */
import { describe, expect, it } from 'vitest';
import { countsOn, dateExpressions, developmentDates, namedDays, namesOwnDayWithin, opensWithTimeFrame } from '../../src/ingest/dates.ts';

const REPORT_DATE = '2024-11-06'; // a Wednesday

describe('developmentDates', () => {
  it('resolves day and month, British order first, with or without the year', () => {
    expect(developmentDates(['Talks began on 17 November.', 'It ended on 4 November 2024.', 'A strike on 4/11 killed two.'], REPORT_DATE)).toEqual([
      { date: '2024-11-17', dateText: 'on 17 November' },
      { date: '2024-11-04', dateText: 'on 4 November 2024' },
      { date: '2024-11-04', dateText: '4/11' },
    ]);
  });

  it('takes a weekday as the last such day on or before the report’s date', () => {
    expect(developmentDates(['He spoke on Monday.', 'They met on Wednesday.', 'Troops moved on Thursday.'], REPORT_DATE).map((d) => d.date)).toEqual([
      '2024-11-04',
      '2024-11-06',
      '2024-10-31',
    ]);
  });

  it('counts "yesterday" and "last week" from the report’s date', () => {
    expect(developmentDates(['Yesterday, drones struck.', 'Last week, troops massed.'], REPORT_DATE).map((d) => d.date)).toEqual(['2024-11-05', '2024-10-30']);
  });

  it('counts "the next day", "the following day" and "two days later" from the development before', () => {
    const texts = ['Russia struck Kharkiv on 1 November.', 'The next day, Zelensky spoke.', 'Two days later, talks began.', 'The following day, they ended.'];
    expect(developmentDates(texts, REPORT_DATE)).toEqual([
      { date: '2024-11-01', dateText: 'on 1 November' },
      { date: '2024-11-02', dateText: 'next day' },
      { date: '2024-11-04', dateText: 'Two days later' },
      { date: '2024-11-05', dateText: 'The following day' },
    ]);
  });

  it('chains "two days later" and "the same day" from the development before, across developments that name no day', () => {
    const texts = ['Russia struck Kharkiv on 1 November.', 'Rescuers searched the rubble.', 'Two days later, talks began.', 'The same day, drones hit Odesa.'];
    expect(developmentDates(texts, REPORT_DATE).map((d) => d.date)).toEqual(['2024-11-01', '2024-11-01', '2024-11-03', '2024-11-03']);
  });

  it('reads "After two hours with …" as how long something lasted, not a time frame', () => {
    expect(opensWithTimeFrame('After two hours with Joe Biden, the two leaders spoke.')).toBe(false);
    expect(opensWithTimeFrame('Two hours later, the two leaders spoke.')).toBe(true);
  });

  it('reads a time counted back, "The night before", as a background fact’s, not a time frame; "Later that day" and "The same evening" are time frames', () => {
    expect(opensWithTimeFrame('The night before, Mark Rutte had hosted Zelensky.')).toBe(false);
    expect(opensWithTimeFrame('The previous evening, Mark Rutte had hosted Zelensky.')).toBe(false);
    expect(opensWithTimeFrame('The next day, Mark Rutte hosted Zelensky.')).toBe(true);
    expect(opensWithTimeFrame('Later that day, Mark Rutte hosted Zelensky.')).toBe(true);
    expect(opensWithTimeFrame('The same evening in Kyiv, Zelensky spoke.')).toBe(true);
  });

  it('reads the day after a part of the day: "On the morning of 3 November"', () => {
    expect(developmentDates(['Russia struck Kharkiv on 1 November.', 'On the morning of 3 November, missiles hit Chernihiv.'], REPORT_DATE)).toEqual([
      { date: '2024-11-01', dateText: 'on 1 November' },
      { date: '2024-11-03', dateText: 'morning of 3 November' },
    ]);
  });

  it('keeps a time of day alone on the day the text is on, before a later date range', () => {
    const texts = [
      'Russia struck Kharkiv on 1 November.',
      'By the evening the fires were out.',
      'That evening, leaders met to prepare a summit on 11–12 December.',
    ];
    expect(developmentDates(texts, REPORT_DATE).map((d) => d.date)).toEqual(['2024-11-01', '2024-11-01', '2024-11-01']);
  });

  it('never dates a development after the report’s date from a counted or vague expression', () => {
    expect(developmentDates(['Russia struck Kharkiv on Tuesday.', 'A week later, nothing had changed.'], REPORT_DATE).map((d) => d.date)).toEqual([
      '2024-11-05',
      '2024-11-05',
    ]);
  });

  it('counts "later that day" and "that same day" from the development before', () => {
    const texts = ['Russia struck Kharkiv on Monday.', 'Later that day, Zelensky spoke.', 'That same day, drones hit Odesa.'];
    expect(developmentDates(texts, REPORT_DATE)).toEqual([
      { date: '2024-11-04', dateText: 'on Monday' },
      { date: '2024-11-04', dateText: 'that day' },
      { date: '2024-11-04', dateText: 'That same day' },
    ]);
  });

  it('dates no development from a day counted back: "two days earlier" and "the day before" date a background fact', () => {
    const texts = ['Russia struck Kharkiv on Tuesday.', 'Peskov said Ukraine had attacked two days earlier.', 'Kyiv said it had warned of it the day before.'];
    expect(developmentDates(texts, REPORT_DATE).map((d) => d.date)).toEqual(['2024-11-05', '2024-11-05', '2024-11-05']);
  });

  it('dates no development from a span of time: "for about an hour", "within five hours", "in 5 days"', () => {
    const texts = [
      'Russia struck Kharkiv on Tuesday.',
      'Trump said he spoke to Putin for about an hour.',
      'Water would rise within five hours, and fall in 5 days.',
    ];
    expect(developmentDates(texts, REPORT_DATE).map((d) => d.date)).toEqual(['2024-11-05', '2024-11-05', '2024-11-05']);
  });

  it('reads a weekday’s abbreviation alone as the word it spells ("sat down", "the sun", "wed"), and with "on" or a date as the day', () => {
    const texts = [
      'Russia struck Kharkiv on Monday.',
      'Modi and Putin sat down for talks the same day.',
      'The couple wed in the sun on Tuesday.',
      'Talks resumed on Sat.',
      'They ended Sun 3 November.',
    ];
    expect(developmentDates(texts, REPORT_DATE).map((d) => d.dateText)).toEqual(['on Monday', 'the same day', 'on Tuesday', 'on Sat', 'Sun 3 November']);
  });

  it('gives the report’s date, without words, to a development that names no day', () => {
    expect(developmentDates(['Golubev, governor since 2010, resigned in February 2022 at 09:10.'], REPORT_DATE)).toEqual([{ date: REPORT_DATE }]);
  });
});

describe('opensWithTimeFrame', () => {
  it('reads a day told with its time of day as a time frame that opens the sentence', () => {
    for (const opening of [
      'In the early hours of Sunday, a bridge fell.',
      'Before dawn on Tuesday, the dam broke.',
      'On the night of 3 November, drones flew.',
      'Shortly after midnight on Friday, sirens sounded.',
    ])
      expect(opensWithTimeFrame(opening), opening).toBe(true);
  });

  it('does not read one reached "by" a time, or a day later in the sentence, as one', () => {
    for (const sentence of ['By the evening of Monday, the fire was out.', 'After talks with Scholz on Monday, Rutte left.'])
      expect(opensWithTimeFrame(sentence), sentence).toBe(false);
  });

  it('reads a lapse from the event before as a time frame: "Within hours", "Minutes later"', () => {
    for (const opening of [
      'Within hours, Russia launched a barrage.',
      'Within a few days, the city fell.',
      'Minutes later, sirens sounded.',
      'Hours later, it ended.',
    ])
      expect(opensWithTimeFrame(opening), opening).toBe(true);
    expect(opensWithTimeFrame('Within the city, sirens sounded.')).toBe(false);
  });

  it('reads the place a time frame is set in as part of it: "In Bali the same day", "In Warsaw on Wednesday"', () => {
    for (const opening of ['In Bali the same day, Biden met Xi.', 'In Warsaw on Wednesday morning, Duda spoke.', 'At Rzeszów that evening, troops landed.'])
      expect(opensWithTimeFrame(opening), opening).toBe(true);
    expect(opensWithTimeFrame('In talks on Wednesday, Duda spoke.')).toBe(false);
    expect(opensWithTimeFrame('In the Chinese city of Tianjin the same day, Lavrov spoke.')).toBe(true);
    expect(opensWithTimeFrame('In the city of Kharkiv on Friday, sirens sounded.')).toBe(true);
    expect(opensWithTimeFrame('In the city centre on Friday, sirens sounded.')).toBe(false);
  });
});

describe('namedDays', () => {
  it('takes no day from a week, month or year: "the last week of the first year"', () => {
    expect(namedDays('The last week of the first year brought Biden to Kyiv.', REPORT_DATE)).toEqual([]);
    expect(namedDays('On Monday, Biden came to Kyiv.', REPORT_DATE)).toEqual(['2024-11-04']);
  });
});

describe('countsOn', () => {
  it('knows a day counted on from the event before, not one counted back or tied to another named event', () => {
    for (const text of ['The same day in New York, Duda spoke.', 'The next day, Morawiecki spoke.', 'Two days later, it fell.', 'Later that day, he left.'])
      expect(countsOn(text), text).toBe(true);
    for (const text of ['Two days earlier, it fell.', 'The strike came nine days after drones hit the plant.', 'On 13 September, drones hit the plant.'])
      expect(countsOn(text), text).toBe(false);
  });
});

describe('dateExpressions', () => {
  it('finds every date and time, with the day only where one is named', () => {
    expect(dateExpressions('Since February 2022, and on 4 November.', REPORT_DATE)).toEqual([
      { text: 'February 2022', start: 6, end: 19, relative: false },
      { text: 'on 4 November', start: 25, end: 38, relative: false, date: '2024-11-04' },
    ]);
  });
});

describe('namesOwnDayWithin', () => {
  const within = (text: string, words: string) => namesOwnDayWithin(text, text.indexOf(words), text.indexOf(words) + words.length);

  it('finds a day the text is set on that begins between two offsets', () => {
    expect(within('Olaf Scholz, on a visit the same day, said so.', 'Scholz, on a visit')).toBe(false);
    expect(within('Olaf Scholz, on a visit the same day, said so.', 'Scholz, on a visit the')).toBe(true);
    expect(within('Olaf Scholz said on Tuesday that it was so.', 'said on')).toBe(true);
    expect(within('Olaf Scholz announced later that day a new package.', 'announced later that')).toBe(true);
  });

  it('finds no day counted back from the event before, nor a span of time', () => {
    expect(within('Olaf Scholz said the day before that it was so.', 'said the day')).toBe(false);
    expect(within('Olaf Scholz said two days earlier that it was so.', 'said two days')).toBe(false);
    expect(within('Olaf Scholz spoke for about an hour.', 'spoke for about')).toBe(false);
  });
});
