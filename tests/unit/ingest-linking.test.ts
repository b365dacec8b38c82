/**
 * Linking a report's words to the fixture registries (src/ingest/linking.ts):
 * actors, countries and places by name, alias, demonym and surname.
 */
import { describe, expect, it } from 'vitest';
import { linkReport } from '../../src/ingest/linking.ts';
import { buildNameIndex } from '../../src/ingest/name-index.ts';
import { loadRegistries } from '../../src/ingest/registries.ts';
import { readReport } from '../../src/ingest/report-text.ts';

const index = buildNameIndex(await loadRegistries('tests/fixtures/site/src/content'));

/** Each sentence's links as `kind:id "as written"`. */
function links(text: string): string[][] {
  const paragraphs = readReport(text);
  const linked = linkReport(paragraphs, index);
  return paragraphs.flatMap((p) => p.sentences).map((s) => (linked.get(s) ?? []).map((m) => `${m.kind}:${m.id} "${m.text}"`));
}
const flat = (text: string) => links(text).flat();

describe('actors', () => {
  it('by name and alias, with a title before the name', () => {
    expect(flat('NATO Secretary General Mark Rutte met Defense Minister Rustem Umierov.')).toEqual([
      'actor:nato "NATO"',
      'actor:mark-rutte "Mark Rutte"',
      'actor:rustem-umerov "Rustem Umierov"',
    ]);
    expect(flat('President Zelenskyy spoke.')).toEqual(['actor:volodymyr-zelensky "Zelenskyy"']);
  });

  it('by surname where the report names them in full, before or after: a title or a lead may give the surname first', () => {
    expect(links('Baerbock arrived. Annalena Baerbock spoke. Then Baerbock left.')).toEqual([
      ['actor:annalena-baerbock "Baerbock"'],
      ['actor:annalena-baerbock "Annalena Baerbock"'],
      ['actor:annalena-baerbock "Baerbock"'],
    ]);
    expect(flat('Baerbock arrived. Then Baerbock left.')).toEqual([]);
  });

  it('by surname before a comma and their role, unless the report gives the surname to someone else', () => {
    expect(flat('Erdogan said he would follow up with Putin, his Russian counterpart.')).toEqual(['actor:vladimir-putin "Putin"', 'country:ru "Russian"']);
    expect(flat('Vitaliy Kim, the head of the regional administration, said six had died.')).toEqual([]);
    expect(flat('He would call Putin, who had not answered.')).toEqual([]);
  });

  it('by surname after a title, even before the full name', () => {
    expect(flat('President Zelensky and Minister Baerbock met.')).toEqual(['actor:volodymyr-zelensky "Zelensky"', 'actor:annalena-baerbock "Baerbock"']);
  });

  it('not by a surname that is part of another name', () => {
    expect(flat('Mark Rutte met Olaf Scholz. Later Scholz Meyer, a lawyer, spoke.')).toEqual([
      'actor:mark-rutte "Mark Rutte"',
      'actor:olaf-scholz "Olaf Scholz"',
    ]);
  });

  it('an organisation is an actor, not a country, and "U.N." is the United Nations', () => {
    expect(flat('The European Union and the U.N. spoke.')).toEqual(['actor:european-union "European Union"', 'actor:united-nations "U.N."']);
  });

  it('an organisation by its country in the possessive and the rest of its name: "Ukraine’s Air Force"', () => {
    expect(flat('Ukraine’s Air Force said so.')).toEqual(['actor:ukrainian-air-force "Ukraine’s Air Force"', 'country:ua "Ukraine’s"']);
  });

  it('a country before a title, whose name follows: "U.S. Ambassador …"', () => {
    expect(flat('U.S. Ambassador Jane Roe spoke.')).toEqual(['country:us "U.S."']);
  });

  it('a country’s abbreviation before a body’s name, or before a name that opens the next sentence, which no first name is', () => {
    expect(flat('Then the U.S. Senate voted.')).toEqual(['country:us "U.S."']);
    // compromise does not end a sentence after "U.S.", so the next sentence's first word runs on from it.
    expect(flat('A pause brokered by the U.S. Lavrov said so.')).toEqual(['country:us "U.S."']);
  });

  it('a country named in an actor’s name counts too: the Ukrainian Air Force is Ukraine’s', () => {
    const paragraphs = readReport('The Ukrainian Air Force said so.');
    const mentions = linkReport(paragraphs, index).get(paragraphs[0]!.sentences[0]!)!;
    expect(mentions.map((m) => [m.kind, m.id, m.inside])).toEqual([
      ['actor', 'ukrainian-air-force', undefined],
      ['country', 'ua', true],
    ]);
  });
});

describe('countries', () => {
  it('by name, alias and demonym, in the singular, plural and possessive', () => {
    expect(flat('North Korean troops and Russian forces entered Ukraine’s eastern front; the DPRK denied it, Ukrainians say.')).toEqual([
      'country:kp "North Korean"',
      'country:ru "Russian"',
      'country:ua "Ukraine"',
      'country:kp "DPRK"',
      'country:ua "Ukrainians"',
    ]);
  });

  it('no abbreviation inside shouted words: "GOING TO GET WORSE" names no Tonga, "US NATO allies" still names the US', () => {
    expect(flat('"STOP this War! IT\'S ONLY GOING TO GET WORSE," he added.')).toEqual([]);
    expect(flat('Two US NATO allies agreed.')).toEqual(['country:us "US"', 'actor:nato "NATO"']);
  });

  it('no abbreviation in a weapon’s designation: "KN-23" names no Saint Kitts and Nevis', () => {
    expect(flat('Russia fired five KN-23 missiles.')).toEqual(['country:ru "Russia"']);
    expect(flat('The US-made missiles flew.')).toEqual(['country:us "US"']);
  });

  it('"U.S." and "ROK" (a country note’s alias) in capitals only', () => {
    expect(flat('The U.S. and the ROK agreed. Let us go.')).toEqual(['country:us "U.S."', 'country:kr "ROK"']);
    expect(flat('Us too.')).toEqual([]);
  });

  it('by the end of an official name after the word for a state ("United States of America"), not where it ends a longer name', () => {
    expect(flat('America said no; President Trump’s America too. Latin America and South America abstained.')).toEqual([
      'country:us "America"',
      'actor:donald-trump "Trump"',
      'country:us "America"',
    ]);
  });

  it('by the end of a former official name among the aliases: "Turkey" of "Republic of Turkey", where the name is now "Türkiye"', () => {
    expect(flat('Russia notified Turkey and Türkiye’s neighbours.')).toEqual(['country:ru "Russia"', 'country:tr "Turkey"', 'country:tr "Türkiye"']);
  });

  it('a demonym shared with territories is the state’s', () => {
    expect(flat('American officials spoke.')).toEqual(['country:us "American"']);
  });

  it('not by a one-word alias that ends a longer name: "Snake Island" is no Iceland ("Island")', () => {
    expect(flat('Russian troops left Snake Island.')).toEqual(['country:ru "Russian"']);
    expect(flat('Ships sailed from Island to Norway.')).toEqual(['country:is "Island"', 'country:no "Norway"']);
  });

  it('not a word of a person’s name, nor a lowercase word', () => {
    expect(flat('Jordan Bardella and Chad Smith visited Chad; Georgia Meloni flew to Georgia and Jordan.')).toEqual([
      'country:td "Chad"',
      'country:ge "Georgia"',
      'country:jo "Jordan"',
    ]);
    expect(flat('They ate turkey in chad-like weather.')).toEqual([]);
    expect(flat('Donald Trump spoke in New Jersey.')).toEqual(['actor:donald-trump "Donald Trump"']);
  });
});

describe('places', () => {
  it('by name and alias from the places registry, as a place only', () => {
    expect(flat('Missiles hit the city of Zaporizhzhia and Kiev, and Kyiv Oblast.')).toEqual([
      'place:zaporizhzhia "Zaporizhzhia"',
      'place:kyiv "Kiev"',
      'place:kyiv-oblast "Kyiv Oblast"',
    ]);
  });

  it('a region by its bare name before what a region has and a town does not: "the Kursk axis", "Rostov’s governor", "the Kharkiv direction"', () => {
    expect(flat('Troops massed in the border region of Kursk, in the Kursk region, on the Kursk axis.')).toEqual([
      'place:kursk-oblast "Kursk"',
      'place:kursk-oblast "Kursk region"',
      'place:kursk-oblast "Kursk"',
    ]);
    expect(flat('Rostov’s governor resigned as Kharkiv’s governor warned of a push in the Kharkiv direction.')).toEqual([
      'place:rostov-oblast "Rostov"',
      'place:kharkiv-oblast "Kharkiv"',
      'place:kharkiv-oblast "Kharkiv"',
    ]);
  });

  it('not a region by its bare name alone, which names the town it is named for: a free place where the registry has no such town', () => {
    expect(flat('Missiles struck Odesa, the ports of Odesa and Mykolaiv, and targets in Kursk.')).toEqual([]);
  });

  it('a region by its bare name before "region(s)" or after "region of", even where a city bears it; the city elsewhere', () => {
    expect(flat('Drones hit the Kharkiv and Zaporizhzhia regions, then the region of Kyiv; Kharkiv itself was calm.')).toEqual([
      'place:kharkiv-oblast "Kharkiv"',
      'place:zaporizhzhia-oblast "Zaporizhzhia regions"',
      'place:kyiv-oblast "Kyiv"',
      'place:kharkiv "Kharkiv"',
    ]);
    expect(flat('A blackout hit the Kharkiv & Kyiv regions.')).toEqual(['place:kharkiv-oblast "Kharkiv"', 'place:kyiv-oblast "Kyiv regions"']);
  });

  it('not a place whose name modifies a facility’s noun', () => {
    expect(flat('Shelling cut power to the Kharkiv thermal power plant in Kyiv.')).toEqual(['place:kyiv "Kyiv"']);
  });

  it('not a city that stands for its government, nor its country', () => {
    expect(flat('Kyiv said the talks failed, and Kyiv’s allies agreed; Berlin will respond. Drones hit Kyiv’s outskirts.')).toEqual(['place:kyiv "Kyiv"']);
    // A comma between: the city is where it happened, and someone else speaks.
    expect(flat('Two missiles struck Kyiv, said the mayor.')).toEqual(['place:kyiv "Kyiv"']);
  });

  it('not a city named for its government as a regime or as who holds land: "the Kyiv regime", "territory controlled by Kyiv"', () => {
    expect(flat('Moscow blamed the Kyiv regime for missiles fired from territory controlled by Kyiv.')).toEqual([]);
    expect(flat('The Kyiv metro was shut, and trains ran to Kyiv by night.')).toEqual(['place:kyiv "Kyiv"', 'place:kyiv "Kyiv"']);
  });
});
