/** Builds the site once for every browser test, the same way `npm run build` does for a reader. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../../scripts/lib/browser.ts';

export default function setup() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser tests need Chromium at ${CHROMIUM}: install Debian's package with "apt-get install -y chromium" (or set CHROMIUM_PATH).`);
  }
  if (process.env.SITREP_SKIP_BUILD) return;
  const result = spawnSync('npm', ['run', 'build'], { cwd: new URL('../..', import.meta.url), stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed; the browser tests need the built site.');
}
