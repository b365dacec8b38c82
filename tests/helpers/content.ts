/** Reads the content files directly, so tests compute what each page should list instead of hard-coding it. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSource, parseYaml } from '../../src/check/frontmatter.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface BriefingFile {
  id: string;
  title: string;
  date: string;
  actors: string[];
  countries: string[];
  draft: boolean;
}

export function briefingFiles(): BriefingFile[] {
  const dir = `${root}src/content/briefings/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const data = parseSource(readFileSync(dir + f, 'utf8')).data as Omit<BriefingFile, 'id'> & { actors?: string[]; countries?: string[]; draft?: boolean };
      return { id: f.replace(/\.mdx$/, ''), title: data.title, date: data.date, actors: data.actors ?? [], countries: data.countries ?? [], draft: data.draft ?? false };
    });
}

export function publishedBriefings(): BriefingFile[] {
  return briefingFiles().filter((b) => !b.draft);
}

export function actorFiles(): { id: string; name: string; kind: string; country?: string }[] {
  const dir = `${root}src/content/actors/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parseYaml(readFileSync(dir + f, 'utf8')).data as { name: string; kind: string; country?: string }) }));
}
