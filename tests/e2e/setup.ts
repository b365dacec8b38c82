/**
 * Builds the fixture site (tests/fixtures/site) once for every browser test, in a throwaway copy of the project,
 * the same way `npm run build` does for a reader; the tests serve its dist/ (`dist` in tests/helpers/content.ts).
 * The repo's own dist/ is neither read nor written: the tests run on frozen content, and two runs at once do not meet.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from '../../scripts/lib/browser.ts';
import { build, copyProject, removeCopies } from '../helpers/project.ts';

export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser tests need Chromium at ${CHROMIUM}: install Debian's package with "apt-get install -y chromium" (or set CHROMIUM_PATH).`);
  }
  const root = copyProject();
  const { code, output } = await build(root);
  if (code !== 0) {
    removeCopies();
    throw new Error(`npm run build of the fixture site failed; the browser tests need it built.\n${output}`);
  }
  project.provide('fixtureDist', join(root, 'dist/'));
  return removeCopies;
}
