/**
 * The baseline the benchmark compares against: the smallest Astro site that
 * publishes the same briefings, as one would start it from the docs. Astro's
 * glob() loader over the .mdx files, a collection without a schema, one
 * `[id].astro` page rendering each entry's <Content /> (the body components as
 * three one-line Astro components), then the Pagefind CLI over dist/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from './corpus.ts';
import { linkNodeModules } from '../lib/node-modules.ts';
import { writeFiles } from './project.ts';

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'sitrep-bench-baseline', private: true, type: 'module' }, null, 2) + '\n',
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  briefings: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/briefings' }) }),
};
`,
  'src/components/Cite.astro': `---
const { source } = Astro.props;
---
<sup><a href={\`#source-\${source}\`}>[{source}]</a></sup>
`,
  'src/components/Claim.astro': `---
const { status, source } = Astro.props;
---
<span class="claim" data-status={status}><slot /><sup><a href={\`#source-\${source}\`}>[{source}]</a></sup></span>
`,
  'src/components/Quote.astro': `---
const { by, role, source } = Astro.props;
---
<figure><blockquote><slot /></blockquote><figcaption>— {by}{role && \`, \${role}\`} <sup>[{source}]</sup></figcaption></figure>
`,
  'src/pages/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Cite from '../components/Cite.astro';
import Claim from '../components/Claim.astro';
import Quote from '../components/Quote.astro';

export async function getStaticPaths() {
  const entries = await getCollection('briefings');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body>
    <main>
      <h1>{entry.data.title}</h1>
      <p>{entry.data.summary}</p>
      <Content components={{ Cite, Claim, Quote }} />
    </main>
  </body>
</html>
`,
};

/** Writes the baseline site with the corpus's briefings into `dir`. */
export function writeBaseline(project: string, dir: string, corpus: Corpus): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  writeFiles(join(dir, 'src/content/briefings'), corpus.briefings);
  linkNodeModules(project, dir);
}
