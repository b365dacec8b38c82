/**
 * `npm run build`: the site, its search index and the post-build checks, or
 * nothing. A failed build removes dist/ so that nothing half-built can be
 * served or deployed, and a build that "succeeds" without writing the site
 * (astro exits 0 on an unsupported Node) is caught here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

rmSync(dist, { recursive: true, force: true });
// A heap limit well under the machine's memory: V8 then collects before it grows, which keeps a
// 10,000-briefing build under 2 GB at a small cost in time. It grows with the corpus (about 100 KB a
// briefing above 10,000), because a fixed one makes a larger build collect garbage most of the time.
const briefingsDir = new URL('../src/content/briefings/', import.meta.url);
const briefingFiles = existsSync(briefingsDir) ? readdirSync(briefingsDir).filter((name) => name.endsWith('.mdx')).length : 0;
const heapMb = Math.max(1024, Math.ceil(briefingFiles / 10));
const nodeOptions = [process.env.NODE_OPTIONS, `--max-old-space-size=${heapMb}`].filter(Boolean).join(' ');
const result = spawnSync('astro', ['build', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', shell: false, env: { ...process.env, NODE_OPTIONS: nodeOptions } });
const built = existsSync(new URL('../dist/index.html', import.meta.url)) || existsSync(new URL('../dist/briefings/', import.meta.url));

if (result.status !== 0 || !built) {
  rmSync(dist, { recursive: true, force: true });
  if (result.status === 0) {
    console.error(`astro build exited without writing dist/. Astro 7 needs Node >= 22.12 (this is ${process.version}); run it through npm, which uses the project's Node 24.`);
  }
  process.exit(result.status || 1);
}
