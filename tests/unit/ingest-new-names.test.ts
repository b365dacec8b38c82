/**
 * What the report's unlinked names are (src/ingest/new-names.ts): new people
 * and organisations, places the registry does not hold, and what is neither.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkReport } from '../../src/ingest/linking.ts';
import { buildNameIndex } from '../../src/ingest/name-index.ts';
import { findNewNames } from '../../src/ingest/new-names.ts';
import { loadRegistries } from '../../src/ingest/registries.ts';
import { readReport } from '../../src/ingest/report-text.ts';
import type { IngestRegistries } from '../../src/ingest/types.ts';

const REPORT_1 = readFileSync('tests/fixtures/reports/2024-11-first-report/report.txt', 'utf8');
/** Report 1 without its title, whose capitalised words are not names. */
const REPORT_1_BODY = REPORT_1.slice(REPORT_1.indexOf('\n\n'));
const registries = await loadRegistries('tests/fixtures/site/src/content');

function newNames(text: string, from: IngestRegistries = registries) {
  const paragraphs = readReport(text);
  const found = findNewNames(paragraphs, linkReport(paragraphs, buildNameIndex(from)));
  const all = paragraphs.flatMap((p) => p.sentences).map((s) => found.get(s)!);
  return { actors: all.flatMap((n) => n.actors.map((a) => `${a.kind}: ${a.name}`)), places: all.flatMap((n) => n.places) };
}

describe('new people and organisations', () => {
  it('finds people by two to four name words, and organisations by acronym or head word', () => {
    expect(newNames('Kremlin spokesman Dmitry Peskov said the Wagner Group and the SBU had met Cho Tae-yul and Kim Jong Un.').actors).toEqual([
      'person: Dmitry Peskov',
      'organisation: Wagner Group',
      'organisation: SBU',
      'person: Kim Jong Un',
    ]);
  });

  it('takes a demonym before an organisation’s name into it', () => {
    expect(newNames('The Russian Defence Ministry and the Ukrainian General Staff disagreed.').actors).toEqual([
      'organisation: Russian Defence Ministry',
      'organisation: Ukrainian General Staff',
    ]);
  });

  it('takes one word after a title for a person', () => {
    expect(newNames('Foreign Minister Sikorski met the Minister.').actors).toEqual(['person: Sikorski']);
  });

  it('knows a surname of someone the report has named as that person', () => {
    expect(newNames('Dmitry Peskov spoke. Later Peskov added more.').actors).toEqual(['person: Dmitry Peskov', 'person: Dmitry Peskov']);
  });

  it('knows a surname written from its particle on ("von der Leyen") as the person named before', () => {
    expect(newNames('Ursula von der Leyen spoke. Later Rutte and von der Leyen met.').actors).toEqual([
      'person: Ursula von der Leyen',
      'person: Ursula von der Leyen',
    ]);
  });

  it('takes a body named by its number of members for an organisation, not a weapon: "Group of 20"', () => {
    expect(newNames('Later the Group of 20 closed its summit.').actors).toEqual(['organisation: Group of 20']);
  });

  it('leaves out weapons, wherever the report shows them to be', () => {
    const text =
      'Ukraine fired ATACMS missiles and Storm Shadow cruise missiles; Russia sent Shahed drones. Kyiv wants more Storm Shadow and Patriot air defence systems.';
    expect(newNames(text).actors).toEqual([]);
  });

  it('leaves out buildings named for their occupants, titles alone and common words', () => {
    expect(
      newNames(
        'The Kremlin denied it, the Pentagon said, and the White House said the President and the Minister agreed. During talks, Local officials spoke.',
      ),
    ).toEqual({
      actors: [],
      places: [],
    });
  });

  it('leaves out the registry’s actors, countries and places', () => {
    expect(newNames(REPORT_1_BODY).actors).toEqual([]);
  });

  it('finds report 1’s actors when the registry holds none of them', () => {
    expect(new Set(newNames(REPORT_1_BODY, { ...registries, actors: [] }).actors)).toEqual(
      new Set([
        'person: Volodymyr Zelensky',
        'person: Rustem Umierov',
        'organisation: Ukrainian Air Force',
        'person: Annalena Baerbock',
        'organisation: U.N.',
        'person: António Guterres',
        'organisation: European Union',
        'person: Vladimir Putin',
        'organisation: NATO',
        'person: Mark Rutte',
      ]),
    );
  });
});

describe('places the registry does not hold', () => {
  it('by compromise’s place tag, a preposition, or a possessive office', () => {
    expect(newNames('Troops advanced near Pokrovsk in the Donetsk region, the border region of Tver; Tula’s governor resigned.').places).toEqual([
      'Pokrovsk',
      'Donetsk',
      'Tver',
      'Tula',
    ]);
  });

  it('by a preposition, perhaps past an adjective, for a name of several words too, but not for a person’s', () => {
    const names = newNames('In occupied Nova Kakhovka, the mayor, Vladimir Leontiev, spoke; in Vasyl Maliuk’s words, it was terror.');
    expect(names.places).toEqual(['Nova Kakhovka']);
    expect(names.actors).toEqual(['person: Vladimir Leontiev', 'person: Vasyl Maliuk']);
  });

  it('a town the registry lacks, named like a registry region ("Odesa" of "Odesa Oblast"), as a free place', () => {
    expect(newNames('Missiles hit the port in Odesa.')).toEqual({ actors: [], places: ['Odesa'] });
  });
});

describe('names that are not actors', () => {
  it('leaves out events, treaties, schemes, buildings and waters, by their head noun or the lowercase noun after them', () => {
    const text = 'Veterans of the Great Patriotic War met at Mariinsky Palace near the Inhulets river and the Desna–Dnipro canal, then Olena Hrytsenko spoke.';
    expect(newNames(text).actors).toEqual(['person: Olena Hrytsenko']);
    expect(newNames('Dmitry Peskov said the Black Sea Grain Initiative had ceased to be in force.').actors).toEqual(['person: Dmitry Peskov']);
  });

  it('leaves out a facility named before a lowercase word and its noun: "the Vuhlehirsk power plant"', () => {
    expect(newNames('The troops repelled an attempt to seize the Vuhlehirsk power plant.').actors).toEqual([]);
  });

  it('takes a word in capitals for an acronym only when compromise reads it as one: "HELP" is shouting', () => {
    expect(newNames('The mayor wrote: "Send HELP now." The OSCE and the SBU replied.').actors).toEqual(['organisation: OSCE', 'organisation: SBU']);
  });

  it('takes a name right after a title for a person’s, even where compromise tags a place in it', () => {
    expect(newNames('U.S. Secretary of State Antony Blinken arrived in Kyiv.')).toEqual({ actors: ['person: Antony Blinken'], places: [] });
    // A comma between says the name is not the title's.
    expect(newNames('The talks ended with the envoy, New York hosting the next round.')).toEqual({ actors: [], places: ['New York'] });
  });

  it('takes "House of Representatives" for one body, but not where it is named as the venue', () => {
    expect(newNames('Then the House of Representatives voted 311 to 112.').actors).toEqual(['organisation: House of Representatives']);
    expect(newNames('Its fate in the House of Representatives is unclear.').actors).toEqual([]);
    expect(newNames('Zelensky went to the White House and the U.S. Congress.').actors).toEqual([]);
    expect(newNames('Then the U.S. Congress voted.').actors).toEqual(['organisation: U.S. Congress']);
    expect(newNames('A source in the Security Service of Ukraine said so.').actors).toEqual(['organisation: Security Service of Ukraine']);
  });

  it('takes a body’s one head word after its country for an organisation, with the country: "the U.S. Senate"', () => {
    expect(newNames('In Washington, the U.S. Senate voted 67 to 32.').actors).toEqual(['organisation: U.S. Senate']);
    expect(newNames('The Senate voted 67 to 32.').actors).toEqual([]);
  });

  it('keeps the country before a body named by its kind alone: "Ukraine’s General Staff", not "Russia’s Wagner Group"', () => {
    expect(newNames("On Thursday, Ukraine's General Staff said 36 missiles were downed.").actors).toEqual(["organisation: Ukraine's General Staff"]);
    expect(newNames("On Thursday, Russia's Wagner Group said it had left.").actors).toEqual(['organisation: Wagner Group']);
  });

  it('takes one unknown word that speaks for an organisation, but not a building named with "the"', () => {
    expect(newNames('"The dam holds," Ukrhydroenergo said.').actors).toEqual(['organisation: Ukrhydroenergo']);
    expect(newNames('Gazprom blamed "the refusal of the Ukrainian side".').actors).toEqual(['organisation: Gazprom']);
    expect(newNames('Rosaviatsia, Russia’s aviation authority, said a bird hit the plane.').actors).toEqual(['organisation: Rosaviatsia']);
    expect(newNames('Kirillov, 54, had led the troops since 2017.').actors).toEqual([]);
    expect(newNames('"The dam holds," the Kremlin said.').actors).toEqual([]);
  });

  it('takes no body named as where something goes for an actor, unless it speaks in the clause after it: "…, which said"', () => {
    expect(newNames('The bill went to the U.S. Congress, which voted on it.').actors).toEqual([]);
    expect(newNames('They were handed to the Security Service of Ukraine, which said both were held.').actors).toEqual([
      'organisation: Security Service of Ukraine',
    ]);
  });

  it('takes an airline for an organisation: "Azerbaijan Airlines"', () => {
    expect(newNames('Later, Azerbaijan Airlines said it had found interference.').actors).toEqual(['organisation: Azerbaijan Airlines']);
  });

  it('never takes a country’s abbreviation before a title for an organisation', () => {
    expect(newNames('U.S. Envoy Karen Doyle met Yulia Marchenko.').actors).toEqual(['person: Karen Doyle', 'person: Yulia Marchenko']);
  });

  it('takes a word set off after an organisation’s noun for that organisation: "the grid operator, Ukrenergo,"', () => {
    expect(newNames('The national grid operator, Ukrenergo, said power was cut.').actors).toEqual(['organisation: Ukrenergo']);
    expect(newNames('The partisan group Atesh claimed the strike.').actors).toEqual(['organisation: Atesh']);
  });

  it('reads the first word of an organisation’s name, later in a sentence, as that organisation', () => {
    expect(newNames('The Azov Brigade held the line. Officers said Azov fighters withdrew.').actors).toEqual([
      'organisation: Azov Brigade',
      'organisation: Azov Brigade',
    ]);
  });

  it('takes no organisation named only as one person’s employer, unlike one that acts or whose leaders act', () => {
    const text =
      'Olena Hrytsenko, head of the Centre for Strategic Communications at Ukraine’s National Security and Defence Council, answered. ' +
      'The chief of Russia’s General Staff spoke. The Investigative Committee said so, and the leaders of the Group of Seven met.';
    expect(newNames(text).actors).toEqual(['person: Olena Hrytsenko', 'organisation: Investigative Committee', 'organisation: Group of Seven']);
  });

  it('reads an acronym of an organisation named before as that organisation, under its full name, even one named as an employer', () => {
    const text =
      'Rafael Grossi, director general of the International Atomic Energy Agency, spoke. The water would last days, the IAEA said, and the UNHCR agreed.';
    expect(newNames(text).actors).toEqual(['person: Rafael Grossi', 'organisation: International Atomic Energy Agency', 'organisation: UNHCR']);
  });

  it('takes no name from a heading, whose words are capitalised, and so no surname for later sentences', () => {
    expect(newNames('A Dam Breached, a Flooded Kherson\n\nOn Thursday, Russian forces shelled Kherson, Oleksandr Prokudin said.').actors).toEqual([
      'person: Oleksandr Prokudin',
    ]);
  });

  it('does not read the first word of an organisation’s name inside another name as that organisation', () => {
    expect(newNames('The State Emergency Service counted the dead. Troops crossed into the Union State, officers of the State said.').actors).toEqual([
      'organisation: State Emergency Service',
      'organisation: State Emergency Service',
    ]);
  });

  it('does not open a name with the lowercase word of a hyphenated title', () => {
    expect(newNames('The Commander-in-Chief Petro Dovhan arrived.').actors).toEqual(['person: Petro Dovhan']);
  });
});
