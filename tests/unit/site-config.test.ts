import { describe, expect, expectTypeOf, it } from 'vitest';
import { ConfigError, settingName } from '../../src/schemas/config-errors.ts';
import { validSiteConfig, type SiteConfig } from '../../src/schemas/site.ts';
import { site, type StatusId, type TopicId } from '../../src/site.config.ts';
import { statusColourCss } from '../../src/styles/status-colours.ts';

/** The shipped config with `change` applied to a copy: what a fork's edit would make of it. */
function edited(change: (config: Record<string, any>) => void): SiteConfig {
  const config = structuredClone(site) as Record<string, any>;
  change(config);
  return config as SiteConfig;
}

/** The lines of the message a config stops the build with, or [] when it is valid. */
function problems(config: SiteConfig): readonly string[] {
  try {
    validSiteConfig(config);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('the site config', () => {
  it('is valid as shipped, and is exported as written', () => {
    expect(problems(site)).toEqual([]);
    expect(site.pageSizes).toEqual({ home: 10, term: 50, feed: 50 });
    expect(site.statuses.claimed.label).toBe('Claimed');
    expect(site.labels.actors).toBe('Actors');
  });

  it('keeps topic and status ids as literal types', () => {
    expectTypeOf<StatusId>().toEqualTypeOf<'confirmed' | 'reported' | 'claimed' | 'disputed'>();
    expectTypeOf<TopicId>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<TopicId>();
  });
});

describe('a wrong setting', () => {
  it('names the setting, says what is wrong and how to fix it', () => {
    expect(problems(edited((c) => (c.name = '  ')))).toEqual(['name is "  ", which is empty: write the text the site shows here']);
    expect(problems(edited((c) => (c.url = 'ftp://sitrep.example.org')))).toEqual([
      'url is "ftp://sitrep.example.org", which is not a web address: write the full http(s) address of the site, such as https://sitrep.example.org',
    ]);
    expect(problems(edited((c) => (c.branch = 'my branch')))).toEqual([
      'branch is "my branch", which is not a git branch name (no spaces, no `..`, none of ~ ^ : ? * [ \\): write the branch as `git branch` shows it, such as main',
    ]);
    expect(problems(edited((c) => (c.statuses.claimed.colour.dark = 'orange')))).toEqual([
      'statuses.claimed.colour.dark is "orange", which is not a hex colour: write it as # and six hex digits, such as #1a7f37',
    ]);
  });

  it('with a path in the site address, points to the base', () => {
    expect(problems(edited((c) => (c.url = 'https://desk.github.io/sitrep/')))).toEqual([
      expect.stringMatching(/^url is "https:\/\/desk\.github\.io\/sitrep\/", which has a path: give the host only, .*npm run build -- --base \/<repo>\//),
    ]);
  });

  it('that is not a setting is named, with the one that was probably meant', () => {
    expect(problems(edited((c) => (c.labels.tpoics = 'Topics')))).toEqual([
      'labels.tpoics is not a setting: remove it or correct its name. Did you mean labels.topics?',
    ]);
    expect(problems(edited((c) => (c.colours = {})))).toEqual([
      'colours is not a setting: remove it or correct its name. The settings are: name, tagline, description, url, repository, branch, language, locale, timeZone, labels, topics, statuses, pageSizes, search.',
    ]);
  });

  it('that is missing or of the wrong type is named, with what it is for', () => {
    expect(problems(edited((c) => delete c.tagline))).toEqual(['tagline is missing: add it (a line about the site, in the home page title and the footer)']);
    expect(problems(edited((c) => (c.pageSizes.home = '10')))).toEqual([
      'pageSizes.home is "10", but it must be a number (how many of the latest briefings the home page lists)',
    ]);
    expect(problems(edited((c) => (c.pageSizes.term = 0)))).toEqual(['pageSizes.term is 0, which must be a whole number from 1 to 1000']);
  });

  it('in a list of ids names the id', () => {
    expect(problems(edited((c) => (c.topics['Foreign aid'] = 'Foreign aid')))).toEqual([
      'topics has the key "Foreign aid", which is not an id: use lowercase letters, digits and single hyphens, such as `foreign-forces`',
    ]);
    expect(problems(edited((c) => (c.topics = {})))).toEqual(['topics lists no topics: add at least one']);
    expect(problems(edited((c) => (c.topics['foreign-forces'] = '')))).toEqual([
      `topics['foreign-forces'] is "", which is empty: write the text the site shows here`,
    ]);
  });

  it('checks language tags, time zones and the repository address', () => {
    expect(problems(edited((c) => (c.language = 'en GB')))).toEqual(['language is "en GB", which is not a language tag: write a BCP 47 tag, such as en or uk']);
    expect(problems(edited((c) => (c.locale = 'British')))).toEqual([
      'locale is "British", which is not a locale dates can be written in: write a BCP 47 tag with a region, such as en-GB or uk-UA',
    ]);
    expect(problems(edited((c) => (c.locale = 'uk-UA')))).toEqual([]);
    expect(problems(edited((c) => (c.timeZone = 'Europe/Kiev-ish')))).toEqual([
      'timeZone is "Europe/Kiev-ish", which is not a time zone: write an IANA time zone name, such as UTC or Europe/Kyiv',
    ]);
    expect(problems(edited((c) => (c.timeZone = 'Europe/Kyiv')))).toEqual([]);
    expect(problems(edited((c) => (c.repository = 'https://github.com/sitrep-desk/sitrep/')))).toEqual([
      'repository is "https://github.com/sitrep-desk/sitrep/", which must end with the repository name: remove the trailing `/` or the query, such as https://github.com/sitrep-desk/sitrep',
    ]);
  });
});

describe('the message', () => {
  it('lists every problem under the file to fix, and nothing of Zod', () => {
    const config = edited((c) => {
      c.name = '';
      c.search.placeholder = 3;
    });
    let error: unknown;
    try {
      validSiteConfig(config);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { message, stack } = error as ConfigError;
    expect(message).toBe(
      [
        'src/site.config.ts has 2 settings to fix:',
        '  - name is "", which is empty: write the text the site shows here',
        '  - search.placeholder is 3, but it must be text in quotes (the example query in the search page\'s box, such as "Kursk, Rutte, Zaporizhzhia…")',
      ].join('\n'),
    );
    // Astro prints the stack under the message: it holds no frames to read past.
    expect(stack).toBe(`ConfigError: ${message}`);
    expect(message).not.toMatch(/invalid_type|"code"|expected|ZodError/);
  });

  it('writes setting names as they are written in the config', () => {
    expect(settingName([])).toBe('the config');
    expect(settingName(['labels', 'actors'])).toBe('labels.actors');
    expect(settingName(['topics', 'foreign-forces'])).toBe("topics['foreign-forces']");
    expect(settingName(['topics', "it's"])).toBe("topics['it\\'s']");
  });
});

describe('status colours', () => {
  it('become CSS that sets each status colour, light and dark', () => {
    expect(statusColourCss({ confirmed: { colour: { light: '#1a7f37', dark: '#57ab5a' } }, new: { colour: { light: '#000', dark: '#fff' } } })).toBe(
      "[data-status='confirmed']{--status-color:#1a7f37}[data-status='new']{--status-color:#000}" +
        "@media (prefers-color-scheme:dark){[data-status='confirmed']{--status-color:#57ab5a}[data-status='new']{--status-color:#fff}}",
    );
  });

  it('cover every status of the config', () => {
    const css = statusColourCss(site.statuses);
    for (const [id, { colour }] of Object.entries(site.statuses)) {
      expect(css).toContain(`[data-status='${id}']{--status-color:${colour.light}}`);
      expect(css).toContain(`[data-status='${id}']{--status-color:${colour.dark}}`);
    }
  });
});
