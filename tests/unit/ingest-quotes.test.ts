/** Quoted speech and who said it (src/ingest/quotes.ts). */
import { describe, expect, it } from 'vitest';
import { linkReport } from '../../src/ingest/linking.ts';
import { buildNameIndex } from '../../src/ingest/name-index.ts';
import { findQuotes, type Speaker } from '../../src/ingest/quotes.ts';
import { loadRegistries } from '../../src/ingest/registries.ts';
import { readReport, type Sentence } from '../../src/ingest/report-text.ts';

const index = buildNameIndex(await loadRegistries('tests/fixtures/site/src/content'));

/** The quotes of a one-paragraph text, its registry actors as the speakers. */
function quotes(text: string) {
  const [paragraph] = readReport(text);
  const linked = linkReport([paragraph!], index);
  const speakersOf = (s: Sentence): Speaker[] =>
    (linked.get(s) ?? []).filter((m) => m.kind === 'actor').map((m) => ({ name: m.text, actor: m.id, first: m.first, last: m.last }));
  return findQuotes(text, paragraph!.sentences, speakersOf);
}

describe('findQuotes', () => {
  it('finds straight and curly quotes with their speaker before or after the verb', () => {
    const text = 'Mark Rutte said: "Allies must invest more." “We will not stop,” said Volodymyr Zelensky, as Olaf Scholz listened.';
    expect(quotes(text)).toEqual([
      { text: 'Allies must invest more.', sentence: 'Mark Rutte said: "Allies must invest more."', by: 'Mark Rutte', actor: 'mark-rutte' },
      {
        text: 'We will not stop,',
        sentence: '“We will not stop,” said Volodymyr Zelensky, as Olaf Scholz listened.',
        by: 'Volodymyr Zelensky',
        actor: 'volodymyr-zelensky',
      },
    ]);
  });

  it('takes the speaker after "according to"', () => {
    expect(quotes('Mark Rutte, according to aides of Olaf Scholz, was “ready”.')[0]).toMatchObject({
      text: 'ready',
      by: 'Olaf Scholz',
      actor: 'olaf-scholz',
    });
  });

  it('gives "he said" the speaker named in the sentences before', () => {
    expect(quotes('Annalena Baerbock arrived in Kyiv. ‘We stand with Ukraine,’ she said.')[0]).toMatchObject({
      text: 'We stand with Ukraine,',
      by: 'Annalena Baerbock',
    });
  });

  it('names no speaker when the report names none, and leaves apostrophes alone', () => {
    expect(quotes('Germany’s “winter protection umbrella” is Baerbock’s idea.')).toEqual([
      { text: 'winter protection umbrella', sentence: 'Germany’s “winter protection umbrella” is Baerbock’s idea.' },
    ]);
  });

  it('takes a quote that runs over two sentences with both', () => {
    const [quote] = quotes('Mark Rutte said: “Germany leads. Others must follow.” Scholz agreed.');
    expect(quote).toMatchObject({ text: 'Germany leads. Others must follow.', by: 'Mark Rutte' });
    expect(quote!.sentence).toBe('Mark Rutte said: “Germany leads. Others must follow.”');
  });
});
