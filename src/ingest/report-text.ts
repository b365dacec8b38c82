/**
 * A report as the analysis reads it: paragraphs, their sentences, and each
 * sentence's terms with compromise's part-of-speech tags and their place in
 * the report, so that everything taken from it can be cut out verbatim.
 * compromise's tagger (its `two` build) is all the analysis uses of it.
 */
import nlp from 'compromise/two';

export interface Term {
  /** The word as written, without the punctuation around it. */
  text: string;
  /** Offsets in the report: `report.slice(start, end) === text`. */
  start: number;
  end: number;
  /** What comes before and after the word up to the next one: spaces, punctuation, quotation marks. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
}

export interface Sentence {
  /** Verbatim from the report. */
  text: string;
  start: number;
  end: number;
  terms: readonly Term[];
  paragraph: number;
}

export interface Paragraph {
  index: number;
  /** Verbatim from the report, without the blank lines around it. */
  text: string;
  start: number;
  sentences: readonly Sentence[];
}

/** The JSON compromise gives with `offset: true`, as far as it is read here. */
interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Splits a report into paragraphs (blank lines, or a Markdown heading on its own line) and each into sentences. */
export function readReport(report: string): Paragraph[] {
  return paragraphSpans(report).map(({ start, end }, index) => {
    const text = report.slice(start, end);
    return { index, text, start, sentences: sentencesOf(text, start, index) };
  });
}

function paragraphSpans(report: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // A line that is blank, or a heading, ends the paragraph before it; a heading is a paragraph of its own.
  const line = /[^\n]*(?:\n|$)/g;
  let open: { start: number; end: number } | undefined;
  for (let match = line.exec(report); match && match[0] !== ''; match = line.exec(report)) {
    const content = match[0].trimEnd();
    const start = match.index + (content.length - content.trimStart().length);
    const end = match.index + content.length;
    if (content.trim() === '' || /^\s*#{1,6}\s/.test(content)) {
      if (open) spans.push(open);
      open = undefined;
      if (content.trim() !== '') spans.push({ start, end });
    } else if (open) open.end = end;
    else open = { start, end };
  }
  if (open) spans.push(open);
  return spans;
}

function sentencesOf(text: string, offset: number, paragraph: number): Sentence[] {
  const parsed = nlp(text).json({ offset: true }) as { terms: CompromiseTerm[] }[];
  return parsed
    .flatMap(({ terms }) => splitAfterQuotes(terms))
    .flatMap((raw) => {
      const terms = raw.map((t) => ({
        text: t.text,
        start: offset + t.offset.start,
        end: offset + t.offset.start + t.offset.length,
        pre: t.pre,
        post: t.post,
        tags: new Set(t.tags),
      }));
      const first = terms[0];
      const last = terms.at(-1);
      if (!first || !last) return [];
      // The sentence runs from the punctuation before its first word (an opening quotation mark) to that after its last, spaces aside.
      const start = first.start - first.pre.trimStart().length;
      const end = last.end + last.post.trimEnd().length;
      return [{ text: text.slice(start - offset, end - offset), start, end, terms, paragraph }];
    });
}

/** compromise runs on past a sentence that ends inside quotation marks (`… more.” The next day …`): this cuts there. */
function splitAfterQuotes(terms: CompromiseTerm[]): CompromiseTerm[][] {
  const sentences: CompromiseTerm[][] = [[]];
  terms.forEach((term, i) => {
    sentences.at(-1)!.push(term);
    const next = terms[i + 1];
    if (next && /^[.!?…]+["”’]\s+$/u.test(term.post) && /^["“‘]?$/u.test(next.pre) && /^\p{Lu}/u.test(next.text)) sentences.push([]);
  });
  return sentences;
}

/** Whether a word starts with a capital letter, as a name does. */
export function isCapitalised(term: Term): boolean {
  return /^\p{Lu}/u.test(term.text);
}

/** Whether only spaces separate two neighbouring terms: no comma, stop, bracket or quotation mark. */
export function joined(left: Term, right: Term): boolean {
  return /^\s*$/.test(left.post + right.pre);
}
