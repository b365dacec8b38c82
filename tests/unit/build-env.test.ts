import { describe, expect, it } from 'vitest';
import { astroBuildEnv, heapLimitMb } from '../../scripts/lib/build-env.ts';

describe('the environment of astro build', () => {
  it('limits the heap to 1,024 MB, and to about 100 KB a briefing above 10,000', () => {
    expect(heapLimitMb(0)).toBe(1024);
    expect(heapLimitMb(10_000)).toBe(1024);
    expect(heapLimitMb(30_000)).toBe(3000);
    expect(astroBuildEnv({}, 30_000).NODE_OPTIONS).toBe('--max-old-space-size=3000');
  });

  it('keeps the Node options it is given, before the limit', () => {
    expect(astroBuildEnv({ NODE_OPTIONS: '--cpu-prof' }, 10).NODE_OPTIONS).toBe('--cpu-prof --max-old-space-size=1024');
  });

  it('has mimalloc give back what Rolldown frees, without huge pages, unless told otherwise', () => {
    const env = astroBuildEnv({ PATH: '/bin' }, 10);
    expect(env).toMatchObject({ PATH: '/bin', MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ALLOW_THP: '0' });
    expect(astroBuildEnv({ MIMALLOC_ALLOW_THP: '1' }, 10).MIMALLOC_ALLOW_THP).toBe('1');
  });

  it('gives Node one thread for file system calls, unless told otherwise', () => {
    expect(astroBuildEnv({}, 10).UV_THREADPOOL_SIZE).toBe('1');
    expect(astroBuildEnv({ UV_THREADPOOL_SIZE: '4' }, 10).UV_THREADPOOL_SIZE).toBe('4');
  });
});
