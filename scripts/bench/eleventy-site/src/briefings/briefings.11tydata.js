import { basename } from 'node:path';

// Functions, not template strings: the bodies are not templates (markdownTemplateEngine: false), and neither are these.
// The URL keeps the file's date prefix, which Eleventy strips from `page.fileSlug` and `page.filePathStem`.
export default {
  layout: 'briefing.njk',
  permalink: (data) => `/briefings/${basename(data.page.inputPath, '.mdx')}/`,
  eleventyComputed: { description: (data) => data.summary },
};
