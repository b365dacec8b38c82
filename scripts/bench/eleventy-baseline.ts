/**
 * The second baseline: the same corpus published with Eleventy 3 and the
 * Pagefind CLI, with Sitrep's pages (a page per briefing; every actor's,
 * country's and place's briefings in pages of 50 with an index of each kind;
 * the timeline and its months; the latest briefings; a search page), written
 * as an Eleventy user would: Nunjucks templates, the .mdx bodies as Markdown
 * once a preprocessor has turned their components into HTML, the actors and
 * places as YAML global data, the pages of the terms as collections.
 *
 * The site is a folder of real templates (eleventy-site/); this module puts it
 * beside the corpus and the data Sitrep would take from its own registries
 * (country names, status and topic labels).
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countryRegistry } from '../../src/data/countries.ts';
import { site } from '../../src/site.config.ts';
import { linkNodeModules } from '../lib/node-modules.ts';
import type { Corpus, CorpusFile } from './corpus.ts';
import { writeFiles } from './project.ts';

/** The Eleventy site without content: config, collections, components, templates. */
export const ELEVENTY_SITE = fileURLToPath(new URL('./eleventy-site/', import.meta.url));
/** Eleventy's command line, from the site's directory. */
export const ELEVENTY_BIN = 'node_modules/@11ty/eleventy/cmd.cjs';
/** Where Eleventy writes the site (the config's `dir.output`), which Pagefind then indexes. */
export const ELEVENTY_OUTPUT = '_site';

const labels = (entries: Record<string, { label: string }>) => Object.fromEntries(Object.entries(entries).map(([id, { label }]) => [id, label]));

/** The global data the templates take from Sitrep's configuration and country registry, as files of the site. */
export function eleventyData(): CorpusFile[] {
  const countries = Object.fromEntries(countryRegistry().map(({ id, name, flag }) => [id, { name, flag }]));
  const siteData = { name: site.name, statuses: labels(site.statuses), topics: site.topics, pageSizes: site.pageSizes };
  return [
    { name: 'package.json', text: JSON.stringify({ name: 'sitrep-bench-eleventy', private: true, type: 'module' }, null, 2) + '\n' },
    { name: 'src/_data/site.json', text: JSON.stringify(siteData, null, 2) + '\n' },
    { name: 'src/_data/registry/countries.json', text: JSON.stringify(countries) + '\n' },
  ];
}

/** Writes the Eleventy site with the corpus into `dir`, with a node_modules of links to `project`'s packages. */
export function writeEleventyBaseline(project: string, dir: string, corpus: Corpus): void {
  // writeFiles empties each folder first: the content goes in before the site's own files.
  writeFiles(join(dir, 'src/briefings'), corpus.briefings);
  writeFiles(join(dir, 'src/_data/registry/actors'), corpus.actors);
  writeFiles(join(dir, 'src/_data/registry/places'), corpus.places);
  cpSync(ELEVENTY_SITE, dir, { recursive: true });
  for (const file of eleventyData()) writeFileSync(join(dir, file.name), file.text);
  linkNodeModules(project, dir);
}
