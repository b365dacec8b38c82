/**
 * Everything a fork changes lives here: the desk's name, where the site is
 * published, where its source lives, and the labels of its taxonomies.
 */
export const site = {
  name: 'Sitrep',
  tagline: 'Sourced briefings on the war in Ukraine',
  description:
    'Short, sourced briefings on the Russia–Ukraine war: who did what, where and when, with every statement traced to a dated source.',
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
  /** How established a briefing's main claim is: id → label and meaning. */
  statuses: {
    confirmed: { label: 'Confirmed', meaning: 'Stated on the record by the parties or shown by primary documents, and not contested.' },
    reported: { label: 'Reported', meaning: 'Reported by credible outlets, not yet confirmed on the record.' },
    claimed: { label: 'Claimed', meaning: 'Asserted by one party; not independently verified.' },
    disputed: { label: 'Disputed', meaning: 'Sources or parties give conflicting accounts.' },
  },
} as const;

export type TopicId = keyof typeof site.topics;
export type StatusId = keyof typeof site.statuses;
