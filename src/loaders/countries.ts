/**
 * Every ISO 3166-1 country, from the `world-countries` registry, with the
 * desk's optional editorial notes from src/content/countries/<code>.yaml.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { countryRegistry } from '../data/countries.ts';
import { parseYaml } from '../check/frontmatter.ts';

interface CountryNote {
  note?: string;
  aliases?: string[];
  wikidata?: string;
}

export function countriesLoader(notesDir: string): Loader {
  return {
    name: 'sitrep-countries',
    async load({ store, parseData, config }) {
      const dir = join(fileURLToPath(config.root), notesDir);
      const notes = new Map<string, CountryNote>();
      for (const name of (await readdir(dir).catch(() => [])).filter((n) => /^[a-z]{2}\.yaml$/.test(n))) {
        const { data } = parseYaml(await readFile(join(dir, name), 'utf8'));
        notes.set(name.slice(0, 2), (data ?? {}) as CountryNote);
      }
      store.clear();
      for (const { id, aliases, ...country } of countryRegistry()) {
        const note = notes.get(id) ?? {};
        const data = await parseData({
          id,
          data: { ...country, aliases: [...new Set([...aliases, ...(note.aliases ?? [])])], note: note.note, wikidata: note.wikidata },
        });
        store.set({ id, data });
      }
    },
  };
}
