/** Splitting a paragraph into its developments (src/ingest/developments.ts), and the grammar it reads (subject.ts, recalls.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitParagraph, type SentenceClues } from '../../src/ingest/developments.ts';
import { linkReport } from '../../src/ingest/linking.ts';
import { buildNameIndex } from '../../src/ingest/name-index.ts';
import { loadRegistries } from '../../src/ingest/registries.ts';
import { recalls } from '../../src/ingest/recalls.ts';
import { readReport, type Sentence } from '../../src/ingest/report-text.ts';
import { subjectOf } from '../../src/ingest/subject.ts';

const REPORT_1 = readFileSync('tests/fixtures/reports/2024-11-first-report/report.txt', 'utf8');
const index = buildNameIndex(await loadRegistries('tests/fixtures/site/src/content'));

/** Each paragraph's developments as their sentences, the registry's actors as the actors and the rest as what is referred back to. */
function developments(text: string): string[][][] {
  const paragraphs = readReport(text);
  const linked = linkReport(paragraphs, index);
  const cluesOf = (s: Sentence): SentenceClues => {
    const mentions = (linked.get(s) ?? []).filter((m) => !m.inside);
    return {
      actors: mentions
        .filter((m) => m.kind === 'actor')
        .map((m) => ({ key: m.id, first: m.first, last: m.last, ...(m.id === 'volodymyr-zelensky' && { country: 'ua' }) })),
      others: mentions.filter((m) => m.kind !== 'actor').map((m) => `${m.kind}:${m.id}`),
    };
  };
  return paragraphs.map((p) => splitParagraph(p.sentences, cluesOf).map((d) => d.map((s) => s.text)));
}

describe('splitParagraph', () => {
  it('starts a development where a new speaker opens in a place the development has not named, even in a dated one', () => {
    const opening = 'On Monday, Olaf Scholz met Mark Rutte in Berlin.';
    expect(developments(`${opening} In Brussels, after a meeting, Josep Borrell said the talks mattered.`)).toEqual([
      [[opening], ['In Brussels, after a meeting, Josep Borrell said the talks mattered.']],
    ]);
    // A place and what happened there, with no one speaking, tells more of the development.
    const there = 'In Kyiv, Volodymyr Zelensky’s capital, a drone hit a school.';
    expect(developments(`${opening} ${there}`)).toEqual([[[opening, there]]]);
    // "At the …": the place, not its first word, is what the development must not have named ("the United States").
    const states = 'On Monday, Olaf Scholz said the United States would help.';
    const un = 'At the United Nations, Josep Borrell said the talks mattered.';
    expect(developments(`${states} ${un}`)).toEqual([[[states], [un]]]);
    // A reaction that names whom the development opened with stays with it.
    expect(developments(`${opening} In Brussels, Josep Borrell said Scholz was right.`)).toEqual([
      [[opening, 'In Brussels, Josep Borrell said Scholz was right.']],
    ]);
  });

  it('keeps a mayor or governor speaking from a place with the event: they tell what it did there', () => {
    const text =
      'Within hours, Russia launched a barrage. Volodymyr Zelensky put the toll at ten. In Zaporizhzhia, Governor Ivan Fedorov said two people died.';
    expect(developments(text)).toEqual([[text.match(/[^.]+\./g)!.map((s) => s.trim())]]);
  });

  it('starts a development at another attack in a place not named yet, unless its attackers refer back', () => {
    const opening = ['Before dawn on Monday, Russian drones struck a building in Kharkiv.', 'Volodymyr Zelensky called it terror.'];
    const fire = 'Russian drones also set fire to a depot in the Odesa region.';
    expect(developments([...opening, fire].join(' '))).toEqual([[opening, [fire]]]);
    for (const again of [
      'The drones also hit a school in the Odesa region.',
      'Others struck a school in the Odesa region.',
      'In Zaporizhzhia, a drone hit a school.',
      'Eight drones hit a school in the Odesa region.',
    ])
      expect(developments([...opening, again].join(' ')), again).toEqual([[[...opening, again]]]);
  });

  it('starts a development where the subject names other actors and nothing refers back', () => {
    expect(developments('Mark Rutte visited Vilnius. He praised the troops. Olaf Scholz approved a budget.')).toEqual([
      [['Mark Rutte visited Vilnius.', 'He praised the troops.'], ['Olaf Scholz approved a budget.']],
    ]);
  });

  it('goes on at a new subject in a development a time frame opened: the report marks its next development with one too', () => {
    for (const opening of ['On Monday, Mark Rutte visited Vilnius.', 'Allies moved to help. On Monday, Mark Rutte visited Vilnius.'])
      expect(developments(`${opening} Olaf Scholz approved a budget. The same day, Olaf Scholz flew home.`)).toEqual([
        [[...opening.match(/[^.]+\./g)!.map((s) => s.trim()), 'Olaf Scholz approved a budget.'], ['The same day, Olaf Scholz flew home.']],
      ]);
  });

  it('starts a development where a new subject is given a day of its own after it, or in the words that open the sentence, even where it names the development’s country or city', () => {
    const opening = 'On Monday, as Ukraine marked its Independence Day, Volodymyr Zelensky told reporters in Kyiv that Ukraine would fight on.';
    for (const event of [
      'Olaf Scholz, on a visit to Kyiv the same day, announced that his country would send jets to Ukraine.',
      'Olaf Scholz said on Tuesday that Germany would send jets to Ukraine.',
      'Olaf Scholz announced later that day that Germany would send jets.',
      'Olaf Scholz told a briefing in Berlin the same day that Germany would send jets.',
      'In his address to the Bundestag the same day, Olaf Scholz said that Germany would send jets.',
    ])
      expect(developments(`${opening} He thanked the army. ${event}`), event).toEqual([[[opening, 'He thanked the army.'], [event]]]);
  });

  it('starts a development where a new subject from a country the development has not named "also" speaks, even in a dated one', () => {
    const opening = 'On Sunday, Mark Rutte wrote that the Russian strike on Kyiv crossed a line.';
    const event = 'German Foreign Minister Annalena Baerbock also wrote that Russia alone wanted this war.';
    expect(developments(`${opening} ${event}`)).toEqual([[[opening], [event]]]);
    expect(developments(`${opening} ${event.replace(' also', '')}`)).toEqual([[[opening, event.replace(' also', '')]]]);
    const germany = 'On Sunday, Mark Rutte wrote that the Russian strike on a German plant crossed a line.';
    expect(developments(`${germany} ${event}`)).toEqual([[[germany, event]]]);
  });

  it('goes on where the new subject’s day comes before it or further on, or it points back, replies, or is a mayor or governor', () => {
    const opening = 'On Monday, Mark Rutte visited Kyiv and the Kharkiv region.';
    for (const sentence of [
      'By Tuesday evening Olaf Scholz said Germany would help.',
      'Olaf Scholz said Germany would send jets on Tuesday.',
      'Olaf Scholz said on Monday that this was a good sign.',
      'Oleksandr Syrskyi said the same day that his troops would hold the region.',
      'Boris Pistorius denied on Monday that Germany would send jets.',
      'Governor Ivan Fedorov said on Monday that two people were killed.',
    ])
      expect(developments(`${opening} ${sentence}`), sentence).toEqual([[[opening, sentence]]]);
  });

  it('keeps a reaction with its event: a new subject that refers back by a name, a pronoun, "this", a noun used before or a verb of reply', () => {
    for (const reaction of [
      'Olaf Scholz praised Mark Rutte.',
      'Olaf Scholz said it was a good sign.',
      'Olaf Scholz welcomed this.',
      'Olaf Scholz called the visit useful.',
      'Olaf Scholz said Germany would help.',
      'Olaf Scholz rejected any suggestion of betrayal.',
      'Olaf Scholz, head of a committee, answered by publishing a photo.',
    ])
      expect(developments(`Mark Rutte made a visit to Germany. ${reaction}`)).toEqual([[[`Mark Rutte made a visit to Germany.`, reaction]]]);
  });

  it('starts a development at a time frame that opens a sentence, unless what comes before only leads in', () => {
    expect(developments('Mark Rutte visited Vilnius on Monday. The next day, he flew home.')).toEqual([
      [['Mark Rutte visited Vilnius on Monday.'], ['The next day, he flew home.']],
    ]);
    expect(developments('Allies moved to help. On Monday, Mark Rutte pledged aid.')).toEqual([
      [['Allies moved to help.', 'On Monday, Mark Rutte pledged aid.']],
    ]);
    expect(developments('Mark Rutte visited Vilnius. By Monday, 40 troops had arrived.')).toEqual([
      [['Mark Rutte visited Vilnius.', 'By Monday, 40 troops had arrived.']],
    ]);
  });

  it('lets a lead-in count what follows in words, and open with a span of time: neither is a figure or a day', () => {
    const leadIn = 'Hours before the talks, two bridges collapsed in Russia.';
    expect(developments(`${leadIn} Late on Saturday, a bridge fell in Bryansk. In the early hours of Sunday, a bridge fell in Kursk.`)).toEqual([
      [[leadIn, 'Late on Saturday, a bridge fell in Bryansk.'], ['In the early hours of Sunday, a bridge fell in Kursk.']],
    ]);
    for (const figure of ['Hours before the talks, 2 bridges collapsed in Russia.', 'On Friday, two bridges collapsed in Russia.'])
      expect(developments(`${figure} Late on Saturday, a bridge fell in Bryansk.`)).toEqual([[[figure], ['Late on Saturday, a bridge fell in Bryansk.']]]);
  });

  it('starts a development where another subject gives a new statement in the present perfect', () => {
    expect(developments('Mark Rutte warned of drones. Olaf Scholz has called for more spending on them.')).toEqual([
      [['Mark Rutte warned of drones.'], ['Olaf Scholz has called for more spending on them.']],
    ]);
  });

  it('starts a development where an actor travels on to a place the development has not named, even in a dated one', () => {
    const opening = 'On Friday, Mark Rutte met Olaf Scholz in Berlin.';
    for (const journey of [
      'He then flew on to Paris, where he signed a pact.',
      'Mark Rutte later left for Warsaw.',
      'She went on to the Netherlands.',
      'Olaf Scholz travelled to Vilnius.',
    ])
      expect(developments(`${opening} ${journey}`), journey).toEqual([[[opening], [journey]]]);
  });

  it('goes on where the journey leads to a place already named, is not a person’s or an organisation’s, or leads to no place', () => {
    const opening = 'On Friday, Mark Rutte met Olaf Scholz in Berlin.';
    for (const sentence of ['He then flew to Berlin.', 'The drones then flew on to Moscow.', 'It went on to Paris.', 'Olaf Scholz moved to impose sanctions.'])
      expect(developments(`${opening} ${sentence}`), sentence).toEqual([[[opening, sentence]]]);
  });

  it('starts a development that goes back to earlier that day with someone new in its subject, not with whom it named or "he"', () => {
    const opening = 'Later that day, Volodymyr Zelensky and Mark Rutte signed an agreement.';
    const earlier = 'Earlier the same day, Olaf Scholz and Zelensky had signed an accord.';
    expect(developments(`${opening} ${earlier}`)).toEqual([[[opening], [earlier]]]);
    for (const before of ['Earlier that day he had met the troops.', 'Earlier the same day, Rutte and Zelensky had met the troops.'])
      expect(developments(`${opening} ${before}`), before).toEqual([[[opening, before]]]);
  });

  it('keeps the same speaker’s word on the same day with the development: "That evening he wrote …"', () => {
    const opening = 'On Sunday, Donald Trump said he was not happy with Putin.';
    const more = 'That evening he wrote that Putin had gone crazy.';
    expect(developments(`${opening} ${more}`)).toEqual([[[opening, more]]]);
    const late = 'Late that day it announced that Putin had gone crazy.';
    expect(developments(`${opening} ${late}`)).toEqual([[[opening, late]]]);
    const same = 'The same evening he wrote that Putin had gone crazy.';
    expect(developments(`${opening} ${same}`)).toEqual([[[opening, same]]]);
    const other = 'That evening, Olaf Scholz wrote that Putin had gone crazy.';
    expect(developments(`${opening} ${other}`)).toEqual([[[opening], [other]]]);
  });

  it('keeps the same legislature’s next vote on the same day with the development: "The same day, lawmakers made …"', () => {
    const vote = 'On 17 July, the Verkhovna Rada appointed Yuliia Svyrydenko prime minister.';
    const again = 'The same day, lawmakers made Denys Shmyhal defence minister.';
    expect(developments(`${vote} ${again}`)).toEqual([[[vote, again]]]);
    const other = 'The same day, Olaf Scholz made Boris Pistorius defence minister.';
    expect(developments(`${vote} ${other}`)).toEqual([[[vote], [other]]]);
  });

  it('keeps an unnamed update later that day with the development: "Later that day, the authorities said …"', () => {
    const strike = 'On 14 July, missiles struck the centre of Vinnytsia, killing 21 people.';
    const update = 'Later that day, the authorities said at least 23 had died.';
    expect(developments(`${strike} ${update}`)).toEqual([[[strike, update]]]);
    const named = 'Later that day, Olaf Scholz said at least 23 had died.';
    expect(developments(`${strike} ${named}`)).toEqual([[[strike], [named]]]);
  });

  it('keeps a side’s people’s word that day with the account the side opened: "Ukraine told another story."', () => {
    const account = 'Ukraine told another story.';
    const sources = 'Its military said the plane was carrying missiles.';
    const evening = 'That evening Volodymyr Zelensky said the Russians were playing with lives.';
    expect(developments(`${account} ${sources} ${evening}`)).toEqual([[[account, sources, evening]]]);
    const other = 'That evening Vladimir Putin said the Ukrainians were playing with lives.';
    expect(developments(`${account} ${sources} ${other}`)).toEqual([[[account, sources], [other]]]);
  });

  it('keeps a warring side’s word on the same day with a strike, the other side’s claim, or what it answers in the development’s words', () => {
    const strike = 'The next day, a Russian drone struck a bus near Sumy, killing 9 people.';
    const answer = 'That evening, Russian President Vladimir Putin said its army had hit a base.';
    expect(developments(`${strike} ${answer}`)).toEqual([[[strike, answer]]]);
    const claim = 'On Saturday, Ukraine’s Security Service said its units had entered Kupiansk.';
    const regroup = 'The same day, Russian President Vladimir Putin announced a regrouping.';
    expect(developments(`${claim} ${regroup}`)).toEqual([[[claim, regroup]]]);
    const call = 'On Monday, Donald Trump and Vladimir Putin spoke about a memorandum.';
    const reply = 'In Kyiv that evening, Volodymyr Zelensky said Ukraine would wait for the memorandum.';
    expect(developments(`${call} ${reply}`)).toEqual([[[call, reply]]]);
    // On anything else, or from a third party, it is another development.
    const visit = 'On Tuesday, Fumio Kishida visited Kyiv.';
    const bombers = 'The same day, Russian President Vladimir Putin said two bombers had flown over the Sea of Japan.';
    expect(developments(`${visit} ${bombers}`)).toEqual([[[visit], [bombers]]]);
    const third = 'That evening, Olaf Scholz said he would wait for the memorandum.';
    expect(developments(`${call} ${third}`)).toEqual([[[call], [third]]]);
  });

  it('starts a development at a marker of a new topic', () => {
    expect(developments('Mark Rutte visited Berlin. Meanwhile, drones hit Kyiv.')).toEqual([[['Mark Rutte visited Berlin.'], ['Meanwhile, drones hit Kyiv.']]]);
  });

  it('goes on when the subject is a pronoun, names no actor, or the same ones; a first subject with no actor takes the next', () => {
    const text = 'Talks stalled in Seoul. The European Union said so. It urged calm. The call was clear. The European Union also met South Korea.';
    expect(developments(text)).toEqual([[text.match(/[^.]+\./g)!.map((s) => s.trim())]]);
  });

  it('splits report 1’s paragraphs into its developments', () => {
    const split = developments(REPORT_1);
    expect(split.map((p) => p.length)).toEqual([1, 1, 2, 1, 1, 2, 1, 1, 1, 1, 1]);
    expect(split[2]![1]).toEqual([expect.stringMatching(/^Zelensky has called for a strong international response/)]);
    expect(split[5]!.map((d) => d.length)).toEqual([2, 1]);
    expect(split[5]![1]![0]).toMatch(/^The European Union and South Korea have called/);
  });
});

describe('subjectOf', () => {
  const sentence = (text: string) => readReport(text)[0]!.sentences[0]!;
  const subject = (text: string) => {
    const s = sentence(text);
    const mentions = linkReport(readReport(text), index).values().next().value ?? [];
    const actors = mentions.filter((m) => !m.inside).map((m) => ({ key: m.id, first: m.first, last: m.last }));
    const found = subjectOf(s, actors);
    return found === 'pronoun' ? found : [...found];
  };

  it('reads the subject past opening adverbials, up to the first verb', () => {
    expect(subject('On the ground, the Ukrainian Air Force is continuing to respond.')).toEqual(['ukrainian-air-force']);
    expect(subject('Meanwhile, on Monday, Mark Rutte met Olaf Scholz.')).toEqual(['mark-rutte']);
    expect(subject('According to Kyiv, Olaf Scholz agreed.')).toEqual(['olaf-scholz']);
  });

  it('reads the subject past a clause that leans on the main one and ends in a comma', () => {
    expect(subject('On Monday, as Ukraine marked its Independence Day, Mark Rutte visited Kyiv.')).toEqual(['mark-rutte']);
    expect(subject('After Olaf Scholz had left, Mark Rutte spoke.')).toEqual(['mark-rutte']);
  });

  it('ends the subject at a preposition after its own noun: in "The strike on NATO came", NATO does not act', () => {
    expect(subject('The strike on NATO came in a larger attack.')).toEqual([]);
    expect(subject('Leaders of NATO met Olaf Scholz.')).toEqual(['nato']);
    expect(subject('The head of NATO, Mark Rutte, met Olaf Scholz.')).toEqual(['nato', 'mark-rutte']);
  });

  it('knows a pronoun subject', () => {
    expect(subject('During this visit, she assured Zelensky of support.')).toBe('pronoun');
  });
});

describe('recalls', () => {
  const recalled = (text: string) => recalls(readReport(text)[0]!.sentences[0]!);

  it('knows a sentence that recalls what went before or how things stand: the past perfect, a running total, "has been" or "is" a state', () => {
    for (const text of [
      'In the days before the meeting, Donald Trump had called Zelensky a dictator.',
      'Russian forces had been attacking Avdiivka since mid-October.',
      'Most of its population had already left.',
      'Before the meeting, Trump had called Zelensky a dictator.',
      'Congress has approved $175 billion in aid to Ukraine since the invasion.',
      'The allies have delivered 40 systems so far.',
      'The struggle for Bakhmut has been the longest battle of the war.',
      'Their relations soured after an interview in November and after last year’s counteroffensive failed.',
      'The army was reformed in March 2016.',
      'Japan hosts the summit in May, and Xi has invited Putin to visit China later this year.',
      'Britain had become the first Western country to pledge tanks on 14 January.',
      'The Iranian missile has a range of about 120 kilometres.',
      'Blinken and Lammy will report back before Biden and Starmer meet on Friday.',
      'In Washington, Congress is racing to pass a spending bill.',
      'In Brussels, the quarrel over money goes on.',
      'In Washington, Biden’s request is part of a $110 billion package.',
      'The 50 billion euros were meant to support Ukraine until the end of 2027.',
    ])
      expect(recalled(text), text).toBe(true);
  });

  it('does not take an event for a recollection: the simple past, a new statement in the present perfect, a past perfect in a clause that leans on the main one', () => {
    for (const text of [
      'On Monday, Donald Trump ordered a pause in aid.',
      'Olaf Scholz has called for more spending on drones.',
      'The strike has been condemned by the UN.',
      'Zelensky, who had arrived in South Africa on a state visit, cut short his trip.',
      'After Kuleba had briefed the ministers, Borrell said the EU would help.',
      'On 17 November, the army struck a depot it had built in 2016.',
      'This month, the army struck a depot.',
      'On Monday, the troops had to leave the town.',
      'On Monday, Olaf Scholz said the army will need more drones.',
      'At the talks, which met for a third day, Vladimir Medinsky said: "Ukraine is offering a neutral state."',
      'On Monday, Zelensky is in Washington.',
      'The package is expected to pass on Friday.',
    ])
      expect(recalled(text), text).toBe(false);
  });
});
