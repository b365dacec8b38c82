/** The unlinked names in a sentence, split at titles (src/ingest/name-chunks.ts). */
import { describe, expect, it } from 'vitest';
import { linkReport } from '../../src/ingest/linking.ts';
import { nameSegments } from '../../src/ingest/name-chunks.ts';
import { buildNameIndex } from '../../src/ingest/name-index.ts';
import { loadRegistries } from '../../src/ingest/registries.ts';
import { readReport } from '../../src/ingest/report-text.ts';

const index = buildNameIndex(await loadRegistries('tests/fixtures/site/src/content'));

function segments(text: string): string[] {
  const paragraphs = readReport(text);
  const linked = linkReport(paragraphs, index);
  return paragraphs
    .flatMap((p) => p.sentences)
    .flatMap((s) => nameSegments(s, linked.get(s) ?? []))
    .map((s) => `${s.text}${s.afterTitle ? ' (after a title)' : ''}${s.organisationWord ? ' (organisation)' : ''}`);
}

describe('nameSegments', () => {
  it('keeps the lowercase particles of a surname in the name, and opens a surname written alone with them', () => {
    expect(segments('Ursula von der Leyen spoke. He met Mark Rutte, von der Leyen and Charles de Gaulle.')).toEqual([
      'Ursula von der Leyen',
      'von der Leyen',
      'Charles de Gaulle',
    ]);
  });

  it('keeps a body named by its number of members whole: "Group of 20"', () => {
    expect(segments('Later the Group of 20 closed its summit.')).toEqual(['Group of 20 (organisation)']);
  });

  it('keeps a title’s word after "of" in the name it ends: "Cabinet of Ministers", but not "Secretary of State"', () => {
    expect(segments('The strike on the Cabinet of Ministers came in an attack.')).toEqual(['Cabinet of Ministers (organisation)']);
    expect(segments('Secretary of State Antony Blinken spoke.')).toEqual(['Antony Blinken (after a title)']);
  });

  it('cuts titles out of a run of names', () => {
    expect(segments('The talks involved IAEA Director General Rafael Grossi and Kremlin spokesman Dmitry Peskov.')).toEqual([
      'IAEA',
      'Rafael Grossi (after a title)',
      'Kremlin',
      'Dmitry Peskov (after a title)',
    ]);
  });

  it('leaves out what the registries link, and a title left alone', () => {
    expect(segments('Earlier, Defense Minister Rustem Umierov and NATO Secretary General Mark Rutte met.')).toEqual([]);
  });

  it('keeps an organisation’s name whole, with "of" and "for" and a country in it', () => {
    expect(segments('He told the Institute for the Study of War and the Security Service of Ukraine.')).toEqual([
      'Institute for the Study of War (organisation)',
      'Security Service of Ukraine (organisation)',
    ]);
  });

  it('cuts the field of a title written with "of" or "for" from the name after it, but not a body’s name', () => {
    expect(
      segments('Secretary of State Antony Blinken met Minister of Foreign Affairs Dmytro Kuleba and the Secretary of the Security Council Rustam Bakiev.'),
    ).toEqual(['Antony Blinken (after a title)', 'Dmytro Kuleba (after a title)', 'Security Council (organisation)', 'Rustam Bakiev']);
  });

  it('keeps a title that opens an organisation’s name, and cuts a name that follows an organisation’s', () => {
    expect(segments('Briefed by the Chief of the General Staff Serhiy Naiev, he left.')).toEqual(['General Staff (organisation)', 'Serhiy Naiev']);
  });

  it('knows the head words of bodies, which compromise tags by context only', () => {
    expect(segments('By Tuesday the State Emergency Service counted the dead, and the leaders of the Group of Seven met.')).toEqual([
      'State Emergency Service (organisation)',
      'Group of Seven (organisation)',
    ]);
  });

  it('joins two names by "and" into one body’s when the second ends in its head word, and no others', () => {
    expect(
      segments('He heads the National Security and Defence Council. The Defence Council and Security Service met. John Healey and Budget Committee spoke.'),
    ).toEqual([
      'National Security and Defence Council (organisation)',
      'Defence Council (organisation)',
      'Security Service (organisation)',
      'John Healey',
      'Budget Committee (organisation)',
    ]);
  });

  it('cuts a person’s name from the possessive before it', () => {
    // Ruritania: a name no registry holds, so that the possessive is cut here, not by linking ("Britain's" is linked to gb).
    expect(segments('Then Ruritania’s John Healey spoke.')).toEqual(['Ruritania', 'John Healey']);
  });

  it('joins hyphenated names', () => {
    expect(segments('He met Park Ji-won in Seoul.')).toEqual(['Park Ji-won']);
  });

  it('takes a sentence’s first word only if compromise does not know it as an ordinary word', () => {
    expect(segments('Meanwhile, troops moved. Local authorities reported it. Oleh Syniehubov said so.')).toEqual(['Oleh Syniehubov']);
  });
});
