import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BodyCache, readBody } from '../../src/cache/body-cache.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'sitrep-body-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('BodyCache', () => {
  const cache = new BodyCache(cacheDir);

  it('keeps each body as an HTML file named by its digest, inside the cache directory', async () => {
    expect(cache.has('abc')).toBe(false);
    const file = await cache.write('abc', '<p>Body</p>');
    expect(file).toBe(join(cacheDir, 'sitrep-bodies', 'abc.html'));
    expect(cache.has('abc')).toBe(true);
    expect(readBody(file, 'a')).toBe('<p>Body</p>');
    expect(readdirSync(cache.dir)).toEqual(['abc.html']);
  });

  it('removes the bodies of sources that are gone or changed, and only those', async () => {
    await cache.write('old', '<p>Old</p>');
    await cache.write('new', '<p>New</p>');
    expect(await cache.keepOnly(['abc', 'new'])).toBe(1);
    expect(readdirSync(cache.dir).sort()).toEqual(['abc.html', 'new.html']);
  });

  it('makes its folder again when it was removed meanwhile, as deleting the cache during a dev server session does', async () => {
    rmSync(cache.dir, { recursive: true, force: true });
    const file = await cache.write('again', '<p>Again</p>');
    expect(readBody(file, 'again')).toBe('<p>Again</p>');
    expect(readdirSync(cache.dir)).toEqual(['again.html']);
  });

  it('has nothing to remove before anything is written', async () => {
    expect(await new BodyCache(join(cacheDir, 'empty')).keepOnly([])).toBe(0);
  });
});

describe('readBody', () => {
  it('says which briefing has no body recorded', () => {
    expect(() => readBody(undefined, '2024-11-04-kursk')).toThrow('Briefing `2024-11-04-kursk` has no rendered body');
  });

  it('says which body file is missing and how to recover', () => {
    expect(() => readBody(join(cacheDir, 'nope.html'), '2024-11-04-kursk')).toThrow(
      /rendered body of briefing `2024-11-04-kursk` is missing .*nope\.html.*Delete Astro's cache directory \(node_modules\/\.astro unless configured\)/,
    );
  });
});
