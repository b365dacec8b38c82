/**
 * What `npm run ingest` passes between its steps: the registries a report is
 * linked against, and the developments the analysis finds in it. Plain data,
 * so each step is a pure function with its own tests.
 */
import type { PlaceKind } from '../content.config.ts';

export interface RegistryActor {
  id: string;
  name: string;
  kind: 'person' | 'organisation';
  role: string;
  aliases: readonly string[];
  country?: string;
}

export interface RegistryCountry {
  /** Lowercase ISO 3166-1 alpha-2 code. */
  id: string;
  name: string;
  officialName: string;
  aliases: readonly string[];
  demonyms: readonly string[];
}

export interface RegistryPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string;
  aliases: readonly string[];
  parent?: string;
}

/** A briefing already in the project, as duplicate detection needs it. */
export interface ExistingBriefing {
  id: string;
  date: string;
  title: string;
  summary: string;
  actors: readonly string[];
  countries: readonly string[];
  places: readonly string[];
  /** The MDX body, components and all. */
  body: string;
  draft: boolean;
}

export interface IngestRegistries {
  actors: readonly RegistryActor[];
  countries: readonly RegistryCountry[];
  /** Empty when the project has no places registry. */
  places: readonly RegistryPlace[];
  briefings: readonly ExistingBriefing[];
}

/** A person or organisation the registry does not hold yet. */
export interface NewActor {
  name: string;
  kind: 'person' | 'organisation';
  /** The report sentence it was found in, verbatim. */
  sentence: string;
}

/** Quoted speech in the report, and who the report says said it. */
export interface QuotedSpeech {
  /** The words inside the quotation marks, verbatim. */
  text: string;
  /** The speaker as the report names them; undefined when the report does not say. */
  by?: string;
  /** The speaker's registry id, when they are in it. */
  actor?: string;
  sentence: string;
}

/** A span of a sentence that needs a source: a figure, a casualty count, or a claim verb. */
export interface SourceNeed {
  kind: 'figure' | 'claim';
  /** The words as they stand in the sentence, e.g. "15,000" or "claimed". */
  text: string;
  sentence: string;
}

export interface Development {
  /** Resolved against the report's date, YYYY-MM-DD. */
  date: string;
  /** The report's words the date was resolved from ("on 17 November", "the next day"); undefined when it is the report's date. */
  dateText?: string;
  /** Index (from 0) of the report paragraph it comes from. */
  paragraph: number;
  /** The development's sentences, verbatim from the report, in order. */
  sentences: readonly string[];
  actors: readonly string[];
  countries: readonly string[];
  places: readonly string[];
  /** Places named in the text that the places registry does not hold, as the report writes them. */
  freePlaces: readonly string[];
  newActors: readonly NewActor[];
  quotes: readonly QuotedSpeech[];
  needsSource: readonly SourceNeed[];
}

/** A paragraph that gives no draft, and why. */
export interface UnusedParagraph {
  paragraph: number;
  text: string;
  reason: 'title' | 'framing' | 'context' | 'conclusion' | 'sources';
}

export interface ReportAnalysis {
  developments: readonly Development[];
  unused: readonly UnusedParagraph[];
}
