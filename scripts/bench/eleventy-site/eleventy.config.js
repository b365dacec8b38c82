/**
 * Sitrep's pages in Eleventy 3: the benchmark's second baseline
 * (scripts/bench/eleventy-baseline.ts copies this site next to the corpus).
 */
import yaml from 'js-yaml';
import { renderComponents } from './lib/components.js';
import { months, newestFirst, recentMonths, termIndexes, termPages, termsByKind } from './lib/collections.js';

const BRIEFINGS = './src/briefings/*.mdx';
const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export default function (eleventyConfig) {
  // The briefings are MDX files: once their components are HTML, they are Markdown.
  eleventyConfig.addExtension('mdx', { key: 'md' });
  eleventyConfig.addTemplateFormats('mdx');
  eleventyConfig.addDataExtension('yaml', (text) => yaml.load(text));
  eleventyConfig.addPreprocessor('briefings', 'mdx', (data, content) => {
    if (data.draft) return false;
    return renderComponents(content, data.site.statuses);
  });

  const published = (api) => newestFirst(api.getFilteredByGlob(BRIEFINGS));
  // Collections see global data only through their items.
  const globalData = (api) => api.getAll()[0].data;
  const terms = (api) => termsByKind(published(api), globalData(api).registry);
  eleventyConfig.addCollection('briefings', published);
  eleventyConfig.addCollection('termPages', (api) => termPages(terms(api), globalData(api).site.pageSizes.term));
  eleventyConfig.addCollection('termIndexes', (api) => termIndexes(terms(api)));
  eleventyConfig.addCollection('months', (api) => months(published(api)));

  eleventyConfig.addFilter('isoDate', (date) => date.toISOString().slice(0, 10));
  eleventyConfig.addFilter('longDate', (date) => longDate.format(date));
  eleventyConfig.addFilter('recentMonths', recentMonths);
  eleventyConfig.addFilter('monthName', (key) => monthYear.format(new Date(`${key}-01T00:00:00Z`)));
  eleventyConfig.addPassthroughCopy({ 'src/style.css': 'style.css' });

  return {
    dir: { input: 'src', output: '_site' },
    // Briefing bodies are content, not templates.
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
  };
}
