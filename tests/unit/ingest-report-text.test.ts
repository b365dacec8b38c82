/** A report read into paragraphs, sentences and tagged terms (src/ingest/report-text.ts), every piece cut from the text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joined, readReport } from '../../src/ingest/report-text.ts';

const REPORT_1 = readFileSync('tests/fixtures/reports/2024-11-first-report/report.txt', 'utf8');

describe('readReport', () => {
  it('splits paragraphs at blank lines and around a heading, and keeps their place in the report', () => {
    const text = '# Heading\nFirst line.\nSame paragraph.\n\n\n  Second one.  \n';
    const paragraphs = readReport(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['# Heading', 'First line.\nSame paragraph.', 'Second one.']);
    expect(paragraphs.map((p) => p.index)).toEqual([0, 1, 2]);
    for (const p of paragraphs) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  it('splits sentences without breaking abbreviations, each cut verbatim from the report', () => {
    const text = 'The U.S. and the U.N. met. “We will win,” he said. Dr. Smith agreed.';
    const [paragraph] = readReport(text);
    expect(paragraph!.sentences.map((s) => s.text)).toEqual(['The U.S. and the U.N. met.', '“We will win,” he said.', 'Dr. Smith agreed.']);
  });

  it('ends a sentence that ends inside quotation marks', () => {
    const [paragraph] = readReport('He said: “We will win.” The next day he left. She said: "No." “Yes,” he said.');
    expect(paragraph!.sentences.map((s) => s.text)).toEqual(['He said: “We will win.”', 'The next day he left.', 'She said: "No."', '“Yes,” he said.']);
  });

  it('gives each term its offsets in the report and its tags', () => {
    const text = 'Intro.\n\nZelensky’s envoy met António Guterres in Kyiv.';
    const sentence = readReport(text)[1]!.sentences[0]!;
    for (const term of sentence.terms) expect(text.slice(term.start, term.end)).toBe(term.text);
    expect(sentence.paragraph).toBe(1);
    expect(sentence.terms.find((t) => t.text === 'Kyiv')?.tags.has('Place')).toBe(true);
  });

  it('reads report 1 into its eleven paragraphs, every sentence verbatim', () => {
    const paragraphs = readReport(REPORT_1);
    expect(paragraphs).toHaveLength(11);
    expect(paragraphs[2]!.sentences).toHaveLength(3);
    for (const s of paragraphs.flatMap((p) => p.sentences)) expect(REPORT_1.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('joined', () => {
  it('is true only when spaces alone separate two terms', () => {
    const [a, b, c] = readReport('Kim Jong, Un.')[0]!.sentences[0]!.terms;
    expect(joined(a!, b!)).toBe(true);
    expect(joined(b!, c!)).toBe(false);
  });
});
