/** A throwaway copy of the whole project, to run the real build against the fixture content and what a test adds to it. */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkNodeModules } from '../../scripts/lib/node-modules.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
/** Frozen content for the tests: editors correcting the real briefings must not turn the tests red. */
export const fixtureContent = fileURLToPath(new URL('../fixtures/site/src/content', import.meta.url));
/** Not needed to build, or rebuilt by it: node_modules is linked package by package instead, the rest left out. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', '.bench', 'screenshots', 'tests']);
const CONTENT = join('src', 'content');

const temps: string[] = [];

export function removeCopies(): void {
  temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
}

export interface CopyOptions {
  /** `fixture` (the default): tests/fixtures/site's content; `real`: the project's own src/content, for the smoke build. */
  content?: 'fixture' | 'real';
}

export function copyProject({ content = 'fixture' }: CopyOptions = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-build-'));
  temps.push(root);
  cpSync(repo, root, {
    recursive: true,
    filter: (src) => {
      const path = relative(repo, src);
      if (content === 'fixture' && path === CONTENT) return false;
      return !SKIP.has(path.split(sep)[0] ?? '');
    },
  });
  if (content === 'fixture') cpSync(fixtureContent, join(root, CONTENT), { recursive: true });
  // Its own node_modules/.astro, so that a test build neither reads nor overwrites the project's caches.
  linkNodeModules(repo, root);
  return root;
}

/** Set by Vitest for its own processes; NODE_ENV=test, say, makes Vite build the site as for the dev server. */
const VITEST_ENV = /^(NODE_ENV|TEST|SSR|VITEST.*)$/;

/** `npm run build` in `root`, in the environment a contributor's shell gives it; `args` go to `astro build` (`--force`, say). */
export function build(root: string, args: readonly string[] = []): Promise<{ code: number | null; output: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name)));
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', '--', ...args], { cwd: root, env: { ...env, GITHUB_ACTIONS: '' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

export interface TestBriefing {
  /** The file name without `.mdx`: the date, then a slug. */
  id: string;
  title: string;
  summary?: string;
  actors: readonly string[];
  countries: readonly string[];
  body?: string;
  draft?: boolean;
}

/** Writes a valid briefing, with one dated source, into the copy at `root`; its date comes from its id. */
export function writeBriefing(
  root: string,
  { id, title, summary = 'A briefing written by a test.', actors, countries, body = 'Something happened.', draft = false }: TestBriefing,
): void {
  const date = id.slice(0, 10);
  writeFileSync(
    join(root, 'src/content/briefings', `${id}.mdx`),
    [
      '---',
      `title: ${JSON.stringify(title)}`,
      `date: ${date}`,
      `summary: ${JSON.stringify(summary)}`,
      `actors: [${actors.join(', ')}]`,
      `countries: [${countries.join(', ')}]`,
      'status: reported',
      'sources:',
      `  - { title: "A page", publisher: Example, url: "https://example.org/${id}", date: ${date} }`,
      ...(draft ? ['draft: true'] : []),
      '---',
      '',
      `${body}<Cite source="1" />`,
      '',
    ].join('\n'),
  );
}
