/**
 * Everything that crosses Astro's module instances within one build process,
 * in one place.
 *
 * Astro loads the integrations (astro.config.mjs) with Node, but the content
 * config, its loaders and the pages through Vite: each gets its own instance
 * of every module it imports, so module state set by one is not seen by the
 * other. What must pass between them lives here, on globalThis under a
 * registered symbol, and nowhere else.
 *
 * - The content check (run by the content guard integration) hands the
 *   briefings loader the text it read of each briefing file and its parse and
 *   render of each valid briefing, so a build reads and parses each file
 *   once, the actors' names and aliases and the country notes' aliases,
 *   which the search records show and are found by, and the places with
 *   their aliases, which the search records filter by and are found by.
 * - It hands the post-build audit the front matter of what it checked.
 * - The briefings loader hands the Pagefind integration the search index
 *   parts at the end of the content sync.
 */
import type { CheckedBriefing } from '../check/briefing-files.ts';
import type { SharedBriefing } from '../check/shared.ts';
import type { RecordActor, RecordPlace, SearchPart } from '../search/index/record.ts';

/** A value one side sends and the other waits for; opened afresh at the start of each build. */
export interface Channel<T> {
  /** Delivers the value to whoever waits for it now or later; a second send replaces it. */
  send(value: T): void;
  /** The value sent since the last open(), as soon as it is sent. */
  receive(): Promise<T>;
  /** Forgets any earlier value: call it at the start of each build. */
  open(): void;
}

export interface Handoff {
  /** Check → briefings loader: the text of each briefing file as the check read it, by absolute path, each taken once. */
  briefingTexts: Map<string, string>;
  /** Check → briefings loader: a valid briefing's parse and render, by file text, each taken once. */
  checkedBriefings: Map<string, SharedBriefing>;
  /** Check → post-build audit: absolute briefings folder → file name → checked front matter. */
  checkedFrontMatter: Map<string, Map<string, unknown>>;
  /** Check → briefings loader (search records): actor id → name and aliases, as of the last check. */
  actorNames: Map<string, RecordActor>;
  /** Check → briefings loader (search records): country code → the aliases its note adds, as of the last check. */
  countryAliases: Map<string, readonly string[]>;
  /** Check → briefings loader (search records): place id → the place, as of the last check. */
  places: Map<string, RecordPlace>;
  /** Check → check: per schema object, per absolute file, the last result (a dev server checks again and again). */
  checkMemo: WeakMap<object, Map<string, CheckedBriefing>>;
  /** Briefings loader → Pagefind integration: the search index parts. */
  searchParts: Channel<SearchPart[]>;
}

function channel<T>(): Channel<T> {
  let deliver: ((value: T) => void) | undefined;
  let value: Promise<T>;
  const open = () => {
    value = new Promise<T>((resolve) => (deliver = resolve));
  };
  open();
  return {
    send(sent) {
      if (deliver) {
        deliver(sent);
        deliver = undefined;
      } else value = Promise.resolve(sent);
    },
    receive: () => value,
    open,
  };
}

const KEY = Symbol.for('sitrep.handoff');

export const handoff: Handoff = ((globalThis as Record<symbol, Handoff | undefined>)[KEY] ??= {
  briefingTexts: new Map(),
  checkedBriefings: new Map(),
  checkedFrontMatter: new Map(),
  actorNames: new Map(),
  countryAliases: new Map(),
  places: new Map(),
  checkMemo: new WeakMap(),
  searchParts: channel(),
});

/** The check hands over every place it validated, by id, keeping only what the search records read. */
export function sharePlaces(places: ReadonlyMap<string, { data: RecordPlace['data'] }>): void {
  handoff.places = new Map(
    [...places].map(([id, { data }]) => [
      id,
      { id, data: { name: data.name, aliases: data.aliases, country: data.country, coordinates: data.coordinates, parent: data.parent } },
    ]),
  );
}

/** Each place as the last check in this process validated it, by id. */
export function checkedPlaces(): ReadonlyMap<string, RecordPlace> {
  return handoff.places;
}
