/**
 * Quoted speech in a development, and who the report says said it: the
 * speaker nearest a verb of saying outside the quotation marks ("X said",
 * "said X", "according to X"), or for "he said" the last speaker named in the
 * sentences before.
 */
import type { Sentence, Term } from './report-text.ts';
import { isAccordingTo, isSpeechVerb } from './speech.ts';
import type { QuotedSpeech } from './types.ts';

/** A person or organisation named in a sentence, who could be speaking. */
export interface Speaker {
  /** As the report writes it. */
  name: string;
  /** The registry id, when the registry holds them. */
  actor?: string;
  /** Terms `first` to `last` (inclusive) of the sentence. */
  first: number;
  last: number;
}

/** Double quotation marks, curly or straight, and single curly ones closed before a non-letter (so "don’t" does not close). */
const QUOTE = /“([^”]+)”|"([^"]+)"|‘(.+?)’(?!\p{L})/gu;
const PRONOUN = /^(?:he|she|they|it|we)$/i;

export function findQuotes(report: string, sentences: readonly Sentence[], speakersOf: (s: Sentence) => readonly Speaker[]): QuotedSpeech[] {
  const first = sentences[0];
  const last = sentences.at(-1);
  if (!first || !last) return [];
  const region = report.slice(first.start, last.end);
  return [...region.matchAll(QUOTE)].map((match) => {
    const start = first.start + match.index;
    const end = start + match[0].length;
    const covering = sentences.filter((s) => s.start < end && s.end > start);
    const text = match[1] ?? match[2] ?? match[3] ?? '';
    const sentence = report.slice(covering[0]!.start, covering.at(-1)!.end);
    const speaker = nearestSpeaker(covering, { start, end }, speakersOf) ?? earlierSpeaker(sentences, covering, { start, end }, speakersOf);
    return { text, sentence, ...(speaker && { by: speaker.name }), ...(speaker?.actor !== undefined && { actor: speaker.actor }) };
  });
}

type Span = { start: number; end: number };

function outside(term: Term, quote: Span): boolean {
  return term.end <= quote.start || term.start >= quote.end;
}

/** The speaker nearest a verb of saying in the quote's sentences, outside the quotation marks. */
function nearestSpeaker(covering: readonly Sentence[], quote: Span, speakersOf: (s: Sentence) => readonly Speaker[]): Speaker | undefined {
  let best: { speaker: Speaker; distance: number } | undefined;
  for (const sentence of covering) {
    const { terms } = sentence;
    const speakers = speakersOf(sentence).filter((s) => outside(terms[s.first]!, quote));
    terms.forEach((term, i) => {
      if (!outside(term, quote)) return;
      const according = isAccordingTo(terms, i);
      if (!according && !isSpeechVerb(term)) return;
      for (const speaker of speakers) {
        // "according to X" names who comes after it.
        if (according && speaker.first < i) continue;
        const distance = speaker.last < i ? i - speaker.last : speaker.first - i;
        if (!best || distance < best.distance) best = { speaker, distance };
      }
    });
  }
  return best?.speaker;
}

/** For "he said" with no name in the sentence: the last speaker named in the development before it. */
function earlierSpeaker(
  sentences: readonly Sentence[],
  covering: readonly Sentence[],
  quote: Span,
  speakersOf: (s: Sentence) => readonly Speaker[],
): Speaker | undefined {
  const saysWithPronoun = covering.some(({ terms }) =>
    terms.some((term, i) => outside(term, quote) && isSpeechVerb(term) && [terms[i - 1], terms[i + 1]].some((t) => t && PRONOUN.test(t.text))),
  );
  if (!saysWithPronoun) return undefined;
  const before = sentences.slice(0, sentences.indexOf(covering[0]!));
  return before.flatMap((s) => speakersOf(s)).at(-1);
}
