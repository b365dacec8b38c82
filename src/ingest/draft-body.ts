/**
 * The body of a draft from a report: the development's sentences, verbatim,
 * one a line (so the check names each by its line), each figure and claim
 * verb followed by `[TODO(source)]` and each sentence by `[TODO(cite)]`, then
 * a candidate <Quote> for each quoted speech. The report's text is escaped,
 * never rewritten: a report is not MDX, and a stray `<` or `{` in it must stay
 * text rather than become a component or code.
 */
import { reviewMarker } from '../lib/review-markers.ts';
import type { Development, QuotedSpeech, SourceNeed } from './types.ts';

/** A marker as the body shows it: in brackets, so it reads apart from the report's words. */
const bodyMarker = (need: 'source' | 'cite'): string => `[${reviewMarker(need)}]`;

/**
 * Markdown and MDX syntax as literal text: every character that could open
 * a component, an expression, emphasis, code, a link or an entity is
 * backslash-escaped (CommonMark lets any ASCII punctuation be), and so is
 * what would start a heading, quote or list at the start of a line.
 */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>{}#|~&]/g, '\\$&');
}

function escapeLine(text: string): string {
  return (
    escapeText(text)
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
      // A line that starts `import ` or `export ` is JavaScript to MDX; a letter has no backslash escape, but a character reference is the same letter.
      .replace(/^(?=(?:import|export)\s)./, (letter) => `&#${letter.charCodeAt(0)};`)
  );
}

/** A line break inside a sentence (a report wrapped by hand) as a space, as Markdown reads it anyway: one sentence, one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Where each need's words end in the sentence, in order: the place for its marker. */
function needEnds(sentence: string, needs: readonly string[]): number[] {
  const ends = new Set<number>();
  let from = 0;
  for (const words of needs) {
    const at = findWords(sentence, words, from) ?? findWords(sentence, words, 0);
    // Words the analysis gave but the sentence does not hold still need a source: the marker goes at the sentence's end.
    const end = at === undefined ? sentence.length : at + words.length;
    ends.add(end);
    from = end;
  }
  return [...ends].sort((a, b) => a - b);
}

/** The first place, from `from`, where `words` stand as whole words (not inside another word or number). */
function findWords(sentence: string, words: string, from: number): number | undefined {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  pattern.lastIndex = from;
  return pattern.exec(sentence)?.index;
}

/** One sentence as a body line: escaped, with a source marker after each need and a citation marker at its end. */
export function markedSentence(text: string, needs: readonly SourceNeed[]): string {
  const sentence = oneLine(text);
  const words = needs.map((need) => oneLine(need.text)).filter(Boolean);
  // The report's words are escaped slice by slice, so the markers stay plain text and only the line's start is escaped as one.
  const escaped = (from: number, to?: number) => (from === 0 ? escapeLine : escapeText)(sentence.slice(from, to));
  let line = '';
  let at = 0;
  for (const end of needEnds(sentence, words)) {
    line += `${escaped(at, end)} ${bodyMarker('source')}`;
    at = end;
  }
  return `${line}${escaped(at)} ${bodyMarker('cite')}`;
}

/** A JSX attribute value: a double-quoted string cannot hold `"`, and a name never needs one. */
function attribute(value: string): string {
  return `"${value.replace(/"/g, '')}"`;
}

/**
 * A candidate quote: the report's words, as a block of its own, cited to the
 * placeholder source and marked as needing one, since a report's quotation
 * is not the source's. `by` is the speaker's registry name, else the report's
 * words for them, else a marker.
 */
export function candidateQuote(quote: QuotedSpeech, actorNames: ReadonlyMap<string, string>): string {
  const by = (quote.actor && actorNames.get(quote.actor)) || quote.by || reviewMarker('speaker');
  return `<Quote by=${attribute(oneLine(by))} source="1">${escapeText(oneLine(quote.text))} ${bodyMarker('source')}</Quote>`;
}

/** The whole body: the sentences as one paragraph, one a line, then the candidate quotes. */
export function draftBody(development: Development, actorNames: ReadonlyMap<string, string>): string {
  const lines = development.sentences.map((sentence) =>
    markedSentence(
      sentence,
      development.needsSource.filter((need) => need.sentence === sentence),
    ),
  );
  const quotes = development.quotes.map((quote) => candidateQuote(quote, actorNames));
  return `${[lines.join('\n'), ...quotes].join('\n\n')}\n`;
}
