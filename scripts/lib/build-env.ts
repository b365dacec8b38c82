/**
 * The environment `npm run build` gives `astro build` (scripts/build.ts):
 * what it was given, with limits that keep the build's memory down.
 */

/**
 * A heap limit well under the machine's memory: V8 then collects before it
 * grows, which keeps a 10,000-briefing build under 2 GB at a small cost in
 * time. It grows with the corpus (about 100 KB a briefing above 10,000),
 * because a fixed one makes a larger build collect garbage most of the time.
 */
export function heapLimitMb(briefingFiles: number): number {
  return Math.max(1024, Math.ceil(briefingFiles / 10));
}

/**
 * Rolldown, which bundles the site, allocates with mimalloc. By default
 * mimalloc keeps what Rolldown frees for a while and backs it with
 * transparent huge pages, so the build process held about 190 MB it no longer
 * used while it rendered the pages (10,000 briefings: 1,199 against 1,008 MB
 * at its peak, with no change in time). Each setting can still be given.
 */
const ALLOCATOR = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ALLOW_THP: '0' };

/**
 * One thread for Node's file system calls instead of four. A build makes
 * about 80,000 of them, small ones (each page written twice, bodies, search
 * documents), and on two cores four threads spend more waking each other
 * than writing: writing 11,000 pages took 2.7 times the main thread's time
 * with four as with one. Cold 10,000-briefing builds, alternating: median
 * 33.8 s against 35.3 s. Still set by the environment when given.
 */
const FILE_THREADS = { UV_THREADPOOL_SIZE: '1' };

export function astroBuildEnv(env: NodeJS.ProcessEnv, briefingFiles: number): NodeJS.ProcessEnv {
  const nodeOptions = [env.NODE_OPTIONS, `--max-old-space-size=${heapLimitMb(briefingFiles)}`].filter(Boolean).join(' ');
  return { ...ALLOCATOR, ...FILE_THREADS, ...env, NODE_OPTIONS: nodeOptions };
}
