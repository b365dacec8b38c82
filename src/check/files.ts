/**
 * Reading a content folder: which files it holds, whether each is named so it
 * would be published, and its text, refusing a file that is empty or not
 * UTF-8. Reads are bounded, so a folder of tens of thousands of files does not
 * run out of file descriptors.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import pLimit from 'p-limit';
import type { Problem } from './problems.ts';
import { normaliseText } from './text.ts';

export const BRIEFING_FILE = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/** Each content folder's naming pattern, and how to say it to a contributor. */
const NAMING = {
  briefings: { pattern: BRIEFING_FILE, expected: 'YYYY-MM-DD-short-title.mdx, such as 2024-11-04-north-korean-troops-kursk.mdx' },
  actors: { pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/, expected: 'the actor id and .yaml, such as rustem-umerov.yaml' },
  countries: { pattern: /^[a-z]{2}\.yaml$/, expected: 'the lowercase ISO code and .yaml, such as ua.yaml' },
} as const;

type ContentKind = keyof typeof NAMING;

export interface ContentFile {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  name: string;
  /** The text, unless the file is misnamed, empty or not UTF-8 (then `problems` says which). */
  text?: string;
  problems: Problem[];
}

/** Shared by every read, so that folders read at the same time stay within the bound together. */
const openFiles = pLimit(64);

/** Every file in `dir` (relative to `root`) but dot files, in name order; a missing folder has none. */
export async function readContentDir(root: string, dir: string, kind: ContentKind): Promise<ContentFile[]> {
  const abs = join(root, dir);
  const names = (await readdir(abs, { withFileTypes: true }).catch(() => []))
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
  return openFiles.map(names, (name) => readContentFile(root, join(abs, name), name, kind));
}

async function readContentFile(root: string, path: string, name: string, kind: ContentKind): Promise<ContentFile> {
  const file = relative(root, path).split('\\').join('/');
  const { pattern, expected } = NAMING[kind];
  if (!pattern.test(name)) {
    return { file, name, problems: [{ file, rule: 'file/name', message: `\`${name}\` does not follow the naming pattern, so it would not be published`, hint: `Name it ${expected}.` }] };
  }
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { file, name, problems: [{ file, rule: 'file/encoding', message: 'the file is not valid UTF-8', hint: 'Save it as UTF-8 (in most editors: "Save with encoding" → UTF-8).' }] };
  }
  if (normaliseText(text).trim() === '') {
    return { file, name, problems: [{ file, rule: 'file/empty', message: 'the file is empty', hint: 'Fill it in (`npm run new` writes a valid skeleton) or delete it.' }] };
  }
  return { file, name, text, problems: [] };
}
