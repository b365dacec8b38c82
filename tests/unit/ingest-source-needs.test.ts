/** Figures and claim words that need a source (src/ingest/source-needs.ts, src/ingest/speech.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/ingest/report-text.ts';
import { sourceNeeds } from '../../src/ingest/source-needs.ts';

const REPORT_1 = readFileSync('tests/fixtures/reports/2024-11-first-report/report.txt', 'utf8');

function needs(text: string, dates: { start: number; end: number }[] = []): string[] {
  return readReport(text)
    .flatMap((p) => p.sentences)
    .flatMap((s) => sourceNeeds(s, dates))
    .map((n) => `${n.kind}: ${n.text}`);
}

describe('sourceNeeds', () => {
  it('marks figures with the words that hedge them: counts, spelled-out numbers, money, percentages', () => {
    expect(needs('As many as 15,000 troops, at least 20 injured, twenty-five dead, an extra €200m (about $218m), $1.2 billion and 2.1% more.')).toEqual([
      'figure: As many as 15,000',
      'figure: at least 20',
      'figure: twenty-five',
      'figure: €200m',
      'figure: about $218m',
      'figure: $1.2 billion',
      'figure: 2.1%',
    ]);
  });

  it('marks claim words and "according to"', () => {
    expect(needs('He said they claimed, alleged and estimated it; officials reported and warned, according to Kyiv.')).toEqual([
      'claim: said',
      'claim: claimed',
      'claim: alleged',
      'claim: estimated',
      'claim: reported',
      'claim: warned',
      'claim: according to',
    ]);
  });

  it('does not mark years, dates, the numbers in a weapon’s name, "one of", or nouns like "reports"', () => {
    expect(needs('Since 2010, reports of Kh-101 missiles grew; one of them fell.')).toEqual([]);
    const text = 'It happened on 4 November.';
    expect(needs(text, [{ start: text.indexOf('on 4'), end: text.indexOf('.') }])).toEqual([]);
  });

  it('marks what report 1 states and attributes, verbatim', () => {
    const found = readReport(REPORT_1)
      .slice(2, 8)
      .flatMap((p) => p.sentences)
      .flatMap((s) => sourceNeeds(s));
    expect(found.map((n) => `${n.kind}: ${n.text}`)).toEqual([
      'claim: asserted',
      'claim: estimated',
      'figure: as many as 15,000',
      'claim: reported',
      'figure: six',
      'figure: eighth',
      'claim: warned',
    ]);
    for (const n of found) expect(n.sentence).toContain(n.text);
  });
});
