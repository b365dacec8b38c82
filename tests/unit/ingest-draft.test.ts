/**
 * The drafts `npm run ingest` writes (src/ingest/draft.ts, draft-body.ts):
 * built only from the report's words and marked placeholders, valid as drafts,
 * and refused by the check, at each marker, once `draft: true` is deleted.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { actorSchema, briefingSchema } from '../../src/content.config.ts';
import { candidateQuote, escapeText, markedSentence } from '../../src/ingest/draft-body.ts';
import {
  cutAtWord,
  draftFileName,
  draftText,
  proposedSummary,
  proposedTitle,
  suggestedStatus,
  SUMMARY_MAX,
  TITLE_MAX,
  titleWords,
} from '../../src/ingest/draft.ts';
import { DESCRIPTION_MAX } from '../../src/ingest/stub.ts';
import type { Development } from '../../src/ingest/types.ts';
import { removeTrees } from '../helpers/check-tree.ts';
import { checkTree, development, fixtureTree, REPORT_1_DEVELOPMENTS, REPORT_1_TEXT } from '../helpers/ingest.ts';

afterAll(removeTrees);

const B = 'src/content/briefings/';
const STATUSES = ['confirmed', 'reported', 'claimed', 'disputed'];
const TOPICS = ['foreign-forces', 'strikes'];
const actorNames = new Map([
  ['volodymyr-zelensky', 'Volodymyr Zelensky'],
  ['rustem-umerov', 'Rustem Umerov'],
]);
const { development: KURSK } = REPORT_1_DEVELOPMENTS[0]!;

function draftOf(dev: Development): string {
  const title = proposedTitle(dev.sentences[0]!);
  return draftText(dev, {
    title,
    summary: proposedSummary(dev.sentences),
    actors: dev.actors,
    places: dev.places,
    statuses: STATUSES,
    topicIds: TOPICS,
    actorNames,
  });
}

/** The report's words in a body: markers, quote tags and escapes taken out. */
function unmarked(line: string): string {
  return line
    .replace(/ \[TODO\(\w+\)\]/g, '')
    .replace(/^<Quote by="[^"]*" source="1">|<\/Quote>$/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\\(.)/g, '$1');
}

const flatReport = REPORT_1_TEXT.replace(/\s+/g, ' ');
const reportWords = new Set(
  REPORT_1_TEXT.toLowerCase()
    .match(/[\p{L}\p{N}',.]+/gu)!
    .map((w) => w.replace(/[,.]$/, '')),
);

describe('proposed title and summary', () => {
  it('keeps to the schema’s limits', () => {
    expect(TITLE_MAX).toBe(briefingSchema.shape.title.maxLength);
    expect(SUMMARY_MAX).toBe(briefingSchema.shape.summary.maxLength);
    expect(DESCRIPTION_MAX).toBe(actorSchema.shape.description.maxLength);
  });

  it('takes the report’s words, without a leading connective or the full stop, marked for review', () => {
    expect(proposedTitle('Meanwhile, Russia struck Kyiv overnight.')).toBe('TODO(review): Russia struck Kyiv overnight');
    expect(proposedTitle('Domestically, the governor resigned.')).toBe('TODO(review): The governor resigned');
    expect(proposedTitle('On the ground, troops advanced.')).toBe('TODO(review): On the ground, troops advanced');
  });

  it('cuts a long sentence at a word, within 120 characters, words unchanged', () => {
    for (const { development: dev } of REPORT_1_DEVELOPMENTS) {
      const title = proposedTitle(dev.sentences[0]!);
      expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
      expect(title.startsWith('TODO(review): ')).toBe(true);
      for (const word of titleWords(title).replace(/…$/, '').toLowerCase().split(' ')) expect(reportWords).toContain(word.replace(/[,.]$/, ''));
    }
    expect(cutAtWord('one two, three four', 12)).toBe('one two…');
    expect(cutAtWord('short', 12)).toBe('short');
  });

  it('gives as many whole sentences as fit in 320 characters, and cuts only a first that alone is too long', () => {
    const long = `${'word '.repeat(80)}end.`;
    expect(proposedSummary(['One.', 'Two.', 'Three.'])).toBe('TODO(review): One. Two. Three.');
    expect(proposedSummary([long, 'Two.']).length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(proposedSummary([long, 'Two.'])).toMatch(/word…$/);
    for (const { development: dev } of REPORT_1_DEVELOPMENTS) {
      const summary = proposedSummary(dev.sentences);
      expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
      expect(flatReport).toContain(summary.replace(/^TODO\(review\): /, '').replace(/…$/, ''));
    }
  });
});

describe('file name', () => {
  it('is the date and the slug of the title’s words, never an existing file’s or another date’s slug', () => {
    const title = 'TODO(review): North Korean troops in Kursk';
    expect(draftFileName('2024-11-06', title, [])).toBe('2024-11-06-north-korean-troops-in-kursk.mdx');
    expect(draftFileName('2024-11-06', title, ['2024-11-06-north-korean-troops-in-kursk.mdx'])).toBe('2024-11-06-north-korean-troops-in-kursk-2.mdx');
    expect(draftFileName('2024-11-06', title, ['2024-11-04-north-korean-troops-in-kursk.mdx', '2024-11-06-north-korean-troops-in-kursk-2.mdx'])).toBe(
      '2024-11-06-north-korean-troops-in-kursk-3.mdx',
    );
    expect(draftFileName('2024-11-06', 'TODO(review): Умєров', [])).toBeUndefined();
  });
});

describe('status', () => {
  it('is claimed when the report gives the development through a claim verb, reported otherwise', () => {
    expect(suggestedStatus(KURSK)).toEqual({ status: 'claimed', reason: 'the report gives it as a claim ("asserted", "estimated")' });
    expect(suggestedStatus(development(['Baerbock visited Kyiv.'])).status).toBe('reported');
  });
});

describe('body', () => {
  it('marks each figure and claim verb where it stands, and each sentence at its end', () => {
    const [first, second] = KURSK.sentences as [string, string];
    expect(
      markedSentence(
        first,
        KURSK.needsSource.filter((n) => n.sentence === first),
      ),
    ).toBe(
      'Zelensky and Defense Minister Rustem Umierov have asserted [TODO(source)] that North Korean troops are disguising themselves in the ranks of the Russian army. [TODO(cite)]',
    );
    expect(
      markedSentence(
        second,
        KURSK.needsSource.filter((n) => n.sentence === second),
      ),
    ).toMatch(/, estimated \[TODO\(source\)\] to be as many as 15,000 \[TODO\(source\)\] in the border region of Kursk alone\. \[TODO\(cite\)\]$/);
    // The same words twice: each need marks the next place they stand.
    const twice = 'He said six died; she said six were hurt.';
    const said = [
      { kind: 'claim' as const, text: 'said', sentence: twice },
      { kind: 'claim' as const, text: 'said', sentence: twice },
    ];
    expect(markedSentence(twice, said)).toBe('He said [TODO(source)] six died; she said [TODO(source)] six were hurt. [TODO(cite)]');
  });

  it('escapes what MDX would read as code, components or Markdown, so the words stay text', () => {
    expect(escapeText('a <b> {c} *d* _e_ [f] `g` & #h')).toBe('a \\<b\\> \\{c\\} \\*d\\* \\_e\\_ \\[f\\] \\`g\\` \\& \\#h');
    expect(markedSentence('- 1. export', [])).toBe('\\- 1. export [TODO(cite)]');
    expect(markedSentence('1. Item', [])).toBe('1\\. Item [TODO(cite)]');
    expect(markedSentence('export controls were tightened.', [])).toBe('&#101;xport controls were tightened. [TODO(cite)]');
    expect(markedSentence('A report\nwrapped by hand.', [])).toBe('A report wrapped by hand. [TODO(cite)]');
  });

  it('offers each quote as a candidate <Quote>, by the registry’s name, the report’s words, or a marker', () => {
    const sentence = 'Zelensky said: "This is an escalation."';
    const quote = { text: 'This is an escalation.', sentence };
    expect(candidateQuote({ ...quote, by: 'Zelensky', actor: 'volodymyr-zelensky' }, actorNames)).toBe(
      '<Quote by="Volodymyr Zelensky" source="1">This is an escalation. [TODO(source)]</Quote>',
    );
    expect(candidateQuote({ ...quote, by: 'a "senior" official' }, actorNames)).toBe(
      '<Quote by="a senior official" source="1">This is an escalation. [TODO(source)]</Quote>',
    );
    expect(candidateQuote(quote, actorNames)).toBe('<Quote by="TODO(speaker)" source="1">This is an escalation. [TODO(source)]</Quote>');
  });
});

describe('a draft of each development of the first report', () => {
  const drafts = REPORT_1_DEVELOPMENTS.map(({ development: dev }, i) => ({ file: `${B}2024-11-06-ingest-draft-${i}.mdx`, text: draftOf(dev), dev }));

  it('holds only the report’s words, escaped, and marked placeholders in its body', () => {
    for (const { text } of drafts) {
      const body = text.split('\n---\n')[1]!.trim();
      for (const line of body.split('\n').filter(Boolean)) expect(flatReport).toContain(unmarked(line));
    }
  });

  it('passes the check as a draft, every one of them beside the fixture site', async () => {
    expect(await checkTree(fixtureTree(Object.fromEntries(drafts.map((d) => [d.file, d.text]))))).toEqual([]);
  });

  it('is refused once `draft: true` is deleted, at each marker, saying what it needs', async () => {
    const { file, text } = drafts[0]!;
    const problems = await checkTree(fixtureTree({ [file]: text.replace(/^draft: true.*\n/m, '') }));
    expect(problems.every((p) => p.file === file && p.rule === 'briefing/placeholder')).toBe(true);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, '`title` still needs review (its words are the report’s): “TODO(review): Zelensky and Defense…”'],
      [4, '`summary` still needs review (its words are the report’s): “TODO(review): Zelensky and Defense…”'],
      [11, '`sources[0].title` still holds a placeholder: “TODO: the headline of the article or the…”'],
      [12, '`sources[0].publisher` still holds a placeholder: “TODO: who published it”'],
      [13, '`sources[0].url` still holds a placeholder: “TODO-replace-with-the-address-of-the-source”'],
      [17, 'the body still needs a source for the figure or claim before it: “…Rustem Umierov have asserted [TODO(source)]”'],
      [17, 'the body still needs a citation for the sentence before it: “…in the ranks of the Russian army. [TODO(cite)]”'],
      [18, 'the body still needs a source for the figure or claim before it: “…those from North Korea, estimated [TODO(source)]”'],
      [18, 'the body still needs a source for the figure or claim before it: “…to be as many as 15,000 [TODO(source)]”'],
      [18, 'the body still needs a citation for the sentence before it: “…in the border region of Kursk alone. [TODO(cite)]”'],
    ]);
    expect(problems.find((p) => p.line === 17)!.hint).toBe(
      'Find a dated source that gives it, add it to `sources` and cite it with <Cite source="n" />, or delete the words; then delete the marker.',
    );
  });
});
