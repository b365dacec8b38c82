/**
 * Reading a content folder: which files it holds, whether each is named so it
 * would be published, and its text, refusing a file that is too large, not
 * UTF-8, empty, or holds a control character, before anything parses it.
 * Reads are bounded, so a folder of tens of thousands of files does not run
 * out of file descriptors.
 */
import { readFile as readFileCallback, stat as statCallback } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import pLimit from 'p-limit';
import { describeCharacter, findControl, lineColumn } from './characters.ts';
import type { Problem } from './problems.ts';
import { fileNameReport } from './rules/unsafe-text.ts';
import { normaliseText } from './text.ts';

/**
 * The largest content file read, in bytes. A briefing is a few kilobytes; the
 * MDX parser takes time that grows with the square of a paragraph's length on
 * some inputs (about 9 s for a 64 KB paragraph of character references), so a
 * larger file is refused before it is read.
 */
export const MAX_FILE_BYTES = 64 * 1024;

export const BRIEFING_FILE = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/** Each content folder's naming pattern, and how to say it to a contributor. */
const NAMING = {
  briefings: { pattern: BRIEFING_FILE, expected: 'YYYY-MM-DD-short-title.mdx, such as 2024-11-04-north-korean-troops-kursk.mdx' },
  actors: { pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/, expected: 'the actor id and .yaml, such as rustem-umerov.yaml' },
  countries: { pattern: /^[a-z]{2}\.yaml$/, expected: 'the lowercase ISO code and .yaml, such as ua.yaml' },
  places: { pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/, expected: 'the place id and .yaml, such as kursk-oblast.yaml' },
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

// The callback forms: fs/promises' readFile takes about twice the CPU per file (1.2–2.1 s against 0.7–1.0 s
// for 10,000 briefings), and reading every file is most of what a check with a warm cache does.
const stat = promisify(statCallback);
const readFile = promisify(readFileCallback);

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
    const unsafe = fileNameReport(name);
    if (unsafe) return { file, name, problems: [{ file, ...unsafe }] };
    return {
      file,
      name,
      problems: [
        { file, rule: 'file/name', message: `\`${name}\` does not follow the naming pattern, so it would not be published`, hint: `Name it ${expected}.` },
      ],
    };
  }
  const { size } = await stat(path);
  if (size > MAX_FILE_BYTES) {
    return {
      file,
      name,
      problems: [
        {
          file,
          rule: 'file/too-large',
          message: `the file is ${kilobytes(size)}; a content file may be at most ${kilobytes(MAX_FILE_BYTES)}`,
          hint: 'Shorten it: a briefing is a short text. A file this size is usually something pasted or saved by mistake.',
        },
      ],
    };
  }
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      file,
      name,
      problems: [
        { file, rule: 'file/encoding', message: 'the file is not valid UTF-8', hint: 'Save it as UTF-8 (in most editors: "Save with encoding" → UTF-8).' },
      ],
    };
  }
  const normal = normaliseText(text);
  if (normal.trim() === '') {
    return {
      file,
      name,
      problems: [{ file, rule: 'file/empty', message: 'the file is empty', hint: 'Fill it in (`npm run new` writes a valid skeleton) or delete it.' }],
    };
  }
  const control = findControl(normal);
  if (control) {
    return {
      file,
      name,
      problems: [
        {
          file,
          ...lineColumn(normal, control.index),
          rule: 'text/control-character',
          message: `the file contains the control character ${describeCharacter(control.char)}`,
          hint: 'Delete it: it usually comes from a paste or a conversion. Tabs and line breaks are fine.',
        },
      ],
    };
  }
  return { file, name, text, problems: [] };
}

/** A file's text in `encoding`, within the same bound on open files: for readers of many files, such as the post-build audit. */
export function readBounded(path: string, encoding: BufferEncoding): Promise<string> {
  return openFiles(() => readFile(path, encoding));
}

/** `10.0 MB`, `64 KB`: a size as a contributor reads it (1 KB = 1,024 bytes). */
function kilobytes(bytes: number): string {
  const kb = bytes / 1024;
  return kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${Math.ceil(kb)} KB`;
}
