/**
 * Everything a fork changes lives here: the desk's name, where the site is
 * published, where its source lives, the labels of its taxonomies, and how
 * long its lists are. Every build, `npm run check` and `npm run dev` validate
 * these values first (src/schemas/site.ts) and stop with a message naming any
 * wrong setting and how to fix it.
 */
import { validSiteConfig } from './schemas/site.ts';

export const site = validSiteConfig({
  name: 'Sitrep',
  tagline: 'Sourced briefings on the war in Ukraine',
  description: 'Short, sourced briefings on the Russia–Ukraine war: who did what, where and when, with every statement traced to a dated source.',
  /** The host only: a site published under a path (a GitHub Pages project site) is built with `npm run build -- --base /<repo>/`. */
  url: 'https://sitrep.example.org',
  repository: 'https://github.com/sitrep-desk/sitrep',
  branch: 'main',
  language: 'en',
  locale: 'en-GB',
  timeZone: 'UTC',
  labels: {
    briefings: 'Briefings',
    actors: 'Actors',
    countries: 'Countries',
    places: 'Places',
    timeline: 'Timeline',
    topics: 'Topics',
    search: 'Search',
  },
  /** The controlled list a briefing's `topics` are chosen from: id → label. */
  topics: {
    'foreign-forces': 'Foreign forces',
    strikes: 'Strikes and air defence',
    diplomacy: 'Diplomacy',
    aid: 'Aid and support',
    'defence-spending': 'Defence spending',
    'domestic-politics': 'Domestic politics',
    humanitarian: 'Humanitarian',
  },
  /** How established a briefing's main claim is: id → label, meaning, and the colour of its badge on light and dark backgrounds. */
  statuses: {
    confirmed: {
      label: 'Confirmed',
      meaning: 'Stated on the record by the parties or shown by primary documents, and not contested.',
      colour: { light: '#1a7f37', dark: '#57ab5a' },
    },
    reported: { label: 'Reported', meaning: 'Reported by credible outlets, not yet confirmed on the record.', colour: { light: '#0b5cad', dark: '#6cb6ff' } },
    claimed: { label: 'Claimed', meaning: 'Asserted by one party; not independently verified.', colour: { light: '#9a6700', dark: '#daaa3f' } },
    disputed: { label: 'Disputed', meaning: 'Sources or parties give conflicting accounts.', colour: { light: '#cf222e', dark: '#f47067' } },
  },
  /** How many briefings a list shows: the home page's latest, each page of an actor, a country or a place, each RSS feed. */
  pageSizes: { home: 10, term: 50, feed: 50 },
  search: {
    /** The example query in the search page's box. */
    placeholder: 'Kursk, Rutte, Zaporizhzhia…',
  },
});

export type TopicId = keyof typeof site.topics;
export type StatusId = keyof typeof site.statuses;
