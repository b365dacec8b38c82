/**
 * `npm run build`: the site, its search index and the post-build checks, or
 * nothing. A failed build removes dist/ so that nothing half-built can be
 * served or deployed, and a build that "succeeds" without writing the site
 * (astro exits 0 on an unsupported Node) is caught here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroBuildEnv } from './lib/build-env.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

rmSync(dist, { recursive: true, force: true });
const briefingsDir = new URL('../src/content/briefings/', import.meta.url);
const briefingFiles = existsSync(briefingsDir) ? readdirSync(briefingsDir).filter((name) => name.endsWith('.mdx')).length : 0;
// Astro's incremental build writes each page into its cache as it renders, but records the pages' keys only
// when the build succeeds: after a failed or interrupted build the cache can hold pages that its record does not
// describe, and a later build would copy them. So a build that follows one that did not finish renders every page.
const unfinished = fileURLToPath(new URL('../node_modules/.astro/sitrep-build-unfinished', import.meta.url));
const args = process.argv.slice(2);
if (existsSync(unfinished) && !args.includes('--force')) {
  console.log('The last build did not finish: rendering every page again (astro build --force).');
  args.push('--force');
}
mkdirSync(dirname(unfinished), { recursive: true });
writeFileSync(unfinished, `${new Date().toISOString()}\n`);
const result = spawnSync('astro', ['build', ...args], { cwd: root, stdio: 'inherit', shell: false, env: astroBuildEnv(process.env, briefingFiles) });
const built = existsSync(new URL('../dist/index.html', import.meta.url)) || existsSync(new URL('../dist/briefings/', import.meta.url));

if (result.status !== 0 || !built) {
  rmSync(dist, { recursive: true, force: true });
  if (result.status === 0) {
    console.error(
      `astro build exited without writing dist/. Astro 7 needs Node >= 22.12 (this is ${process.version}); run it through npm, which uses the project's Node 24.`,
    );
  }
  process.exit(result.status || 1);
}
rmSync(unfinished, { force: true });
