/**
 * What src/site.config.ts may say. Every setting is described, so that a wrong
 * value is reported by its name, with what it is for and how to fix it
 * (./config-errors.ts writes the messages). The schema neither transforms nor
 * defaults anything: a valid config is exactly the values a fork wrote.
 */
import { z } from 'astro/zod';
import { parseWithFriendlyErrors } from './config-errors.ts';

/** Where a fork edits its settings, as the messages name it. */
const SITE_CONFIG_FILE = 'src/site.config.ts';

const text = (description: string) =>
  z
    .string()
    .refine((s) => s.trim() !== '', 'is empty: write the text the site shows here')
    .describe(description);

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not an id: use lowercase letters, digits and single hyphens, such as `foreign-forces`');

function httpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The address the site is served from; the path a site lives under is the build's base. */
const siteUrl = z
  .string()
  .refine((s) => httpUrl(s) !== undefined, 'is not a web address: write the full http(s) address of the site, such as https://sitrep.example.org')
  .refine((s) => {
    const url = httpUrl(s);
    return url === undefined || (url.pathname === '/' && !url.search && !url.hash);
  }, 'has a path: give the host only, such as https://<user>.github.io, and build a site that lives under a path with `npm run build -- --base /<repo>/`')
  .describe('the address the site is published at, used for canonical links, feeds and the sitemap');

/** A prefix of links into the repository (`<repository>/blob/<branch>/…`). */
const repositoryUrl = z
  .string()
  .refine(
    (s) => httpUrl(s) !== undefined,
    'is not a web address: write the full http(s) address of the repository, such as https://github.com/sitrep-desk/sitrep',
  )
  .refine(
    (s) => !/[/?#]$/.test(s) && !s.includes('?') && !s.includes('#'),
    'must end with the repository name: remove the trailing `/` or the query, such as https://github.com/sitrep-desk/sitrep',
  )
  .describe('the web address of the repository, for "edit this briefing" and contributing links');

/** The rules of `git check-ref-format` that a typed branch name can break. */
function isBranchName(name: string): boolean {
  return name !== '' && name !== '@' && !/[\s~^:?*[\\\x00-\x1f\x7f]|\.\.|@\{|\/\/|\/\.|^[-/.]|[/.]$|\.lock$/.test(name);
}

const branch = z
  .string()
  .refine(isBranchName, 'is not a git branch name (no spaces, no `..`, none of ~ ^ : ? * [ \\): write the branch as `git branch` shows it, such as main')
  .describe('the branch the site is built from, for "edit this briefing" links');

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A locale dates can be written in: one the JavaScript runtime has data for. */
function isDateLocale(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(tag).length === 1;
  } catch {
    return false;
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const timeZone = z
  .string()
  .refine(isTimeZone, 'is not a time zone: write an IANA time zone name, such as UTC or Europe/Kyiv')
  .describe('the time zone of the desk');

/** Hex only: colours are written into the pages' CSS as they are. */
const colour = z
  .string()
  .regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, 'is not a hex colour: write it as # and six hex digits, such as #1a7f37')
  .describe('a colour, as # and six hex digits');

const MAX_PAGE_SIZE = 1000;

const pageSize = (description: string) =>
  z
    .number()
    .refine((n) => Number.isInteger(n) && n >= 1 && n <= MAX_PAGE_SIZE, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    .describe(description);

const status = z
  .strictObject({
    label: text('the name of the status on badges and in search filters'),
    meaning: text('what the status says about a claim, on the about page and in badge tooltips'),
    colour: z
      .strictObject({ light: colour, dark: colour })
      .describe('the colour of its badge and claims on a light and on a dark background, such as { light: "#1a7f37", dark: "#57ab5a" }'),
  })
  .describe('a status: { label, meaning, colour: { light, dark } }');

export const siteSchema = z
  .strictObject({
    name: text("the site's name, in the header, page titles and feeds"),
    tagline: text('a line about the site, in the home page title and the footer'),
    description: text('one or two sentences about the site, for search engines and feeds'),
    url: siteUrl,
    repository: repositoryUrl,
    branch,
    language: z
      .string()
      .refine(isLanguageTag, 'is not a language tag: write a BCP 47 tag, such as en or uk')
      .describe('the language of the content, for <html lang> and feeds'),
    locale: z
      .string()
      .refine(isDateLocale, 'is not a locale dates can be written in: write a BCP 47 tag with a region, such as en-GB or uk-UA')
      .describe('how dates are written, as a locale'),
    timeZone,
    labels: z
      .strictObject({
        briefings: text('the name of briefings in navigation and headings'),
        actors: text('the name of actors (people and organisations) in navigation and headings'),
        countries: text('the name of countries in navigation and headings'),
        places: text('the name of places (cities, regions, facilities) in navigation and headings'),
        timeline: text('the name of the timeline in navigation and headings'),
        topics: text('the name of topics in headings and search filters'),
        search: text('the name of search in navigation and headings'),
      })
      .describe('the names of the parts of the site'),
    topics: z
      .record(id, text('the label of a topic'))
      .refine((topics) => Object.keys(topics).length > 0, 'lists no topics: add at least one')
      .describe("the topics a briefing's `topics` are chosen from: id → label"),
    statuses: z
      .record(id, status)
      .refine((statuses) => Object.keys(statuses).length > 0, 'lists no statuses: add at least one')
      .describe("how established a briefing's claim is: id → { label, meaning, colour }"),
    pageSizes: z
      .strictObject({
        home: pageSize('how many of the latest briefings the home page lists'),
        term: pageSize('how many briefings a page of an actor or a country lists before the next page'),
        feed: pageSize('how many of the latest briefings each RSS feed carries'),
      })
      .describe('how many briefings a list shows'),
    search: z
      .strictObject({ placeholder: text('the example query in the search page\'s box, such as "Kursk, Rutte, Zaporizhzhia…"') })
      .describe('the search box'),
  })
  .describe('the site config');

/** What a fork writes in src/site.config.ts. */
export type SiteConfig = z.input<typeof siteSchema>;

/**
 * The config, validated: throws a ConfigError that names each wrong setting
 * and how to fix it. Returns the values with the types they were written with,
 * so that topic and status ids stay literal types (`TopicId`, `StatusId`).
 */
export function validSiteConfig<const T extends SiteConfig>(values: T): T {
  return parseWithFriendlyErrors(siteSchema, values, SITE_CONFIG_FILE) as T;
}
