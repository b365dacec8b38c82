/**
 * What in a sentence a person must find a source for: every figure (a count,
 * a spelled-out number, money, a percentage, with the words that hedge it:
 * "as many as 15,000") and every word that attributes a claim ("said",
 * "alleged", "according to"). Dates, years and the numbers in a weapon's name
 * ("Kh-101") are not figures.
 */
import type { Sentence, Term } from './report-text.ts';
import { isAccordingTo, isSpeechVerb } from './speech.ts';
import type { SourceNeed } from './types.ts';

/** Words that hedge a figure, written before it. */
const HEDGE =
  /(?<!\p{L})(?:as many as|as few as|up to|at least|at most|more than|less than|fewer than|over|about|around|nearly|almost|some|roughly|approximately|close to|an estimated)\s+$/iu;

/** A year alone: a date, not a figure. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * The sentence's figures and claim words, in order. `dates` are the spans
 * (offsets in the report) of its date expressions, whose numbers are not figures.
 */
export function sourceNeeds(sentence: Sentence, dates: readonly { start: number; end: number }[] = []): SourceNeed[] {
  const { terms } = sentence;
  const needs: { at: number; need: SourceNeed }[] = [];
  const inDate = (t: Term) => dates.some((d) => t.start >= d.start && t.end <= d.end);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (isAccordingTo(terms, i)) {
      needs.push({ at: term.start, need: { kind: 'claim', text: cut(sentence, term.start, terms[i + 1]!.end), sentence: sentence.text } });
      i++;
    } else if (isSpeechVerb(term)) {
      needs.push({ at: term.start, need: { kind: 'claim', text: term.text, sentence: sentence.text } });
    } else if (isFigureWord(terms, i) && !inDate(term)) {
      let last = i;
      while (last + 1 < terms.length && continuesFigure(terms, last) && !inDate(terms[last + 1]!)) last++;
      if (!isYear(terms, i, last)) needs.push({ at: term.start, need: { kind: 'figure', text: figureText(sentence, i, last), sentence: sentence.text } });
      i = last;
    }
  }
  return needs.sort((a, b) => a.at - b.at).map((n) => n.need);
}

function isFigureWord(terms: readonly Term[], i: number): boolean {
  const term = terms[i]!;
  if (!term.tags.has('Value') || !/[\p{L}\p{N}]/u.test(term.text) || /^(?:and|a|an)$/i.test(term.text)) return false;
  // A number joined by a hyphen to a name is part of it: "Kh-101", "F-16", "S-300".
  const before = terms[i - 1];
  const namePart = (before?.post === '-' && !before.tags.has('Value')) || (term.post === '-' && !terms[i + 1]?.tags.has('Value'));
  // "one of them", "no one": a pronoun, not a count.
  const pronoun = /^one$/i.test(term.text) && (/^of$/i.test(terms[i + 1]?.text ?? '') || /^(?:no|any|every|the)$/i.test(terms[i - 1]?.text ?? ''));
  return !namePart && !pronoun;
}

/** Whether the figure at `last` goes on: "two hundred", "Twenty-five", "$1.2 billion", "15 percent", "1,500 km". */
function continuesFigure(terms: readonly Term[], last: number): boolean {
  const next = terms[last + 1]!;
  if (!/^[\s-]*$/.test(terms[last]!.post + next.pre)) return false;
  return (next.tags.has('Value') && !/^(?:and|a|an)$/i.test(next.text)) || next.tags.has('Unit');
}

function isYear(terms: readonly Term[], first: number, last: number): boolean {
  const term = terms[first]!;
  return first === last && YEAR.test(term.text) && !term.tags.has('Money') && !term.tags.has('Percent');
}

/** The figure as written, with the hedge before it. */
function figureText(sentence: Sentence, first: number, last: number): string {
  const start = sentence.terms[first]!.start;
  const hedge = HEDGE.exec(sentence.text.slice(0, start - sentence.start));
  return cut(sentence, hedge ? sentence.start + hedge.index : start, sentence.terms[last]!.end);
}

function cut(sentence: Sentence, start: number, end: number): string {
  return sentence.text.slice(start - sentence.start, end - sentence.start);
}
