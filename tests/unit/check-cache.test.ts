/**
 * The content check's cache (src/cache/check-cache.ts): its code key follows
 * the code the check runs, and entries are kept only for the same text and
 * the same code.
 */
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCodeKey, openCheckCache } from '../../src/cache/check-cache.ts';
import { codeHash, moduleGraph } from '../../src/cache/code-hash.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = 'src/check/site.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-check-cache-'));
  temps.push(dir);
  return dir;
}

/** The check's modules and the lockfile, copied to a temp dir, so they can be changed. */
function copyOfTheCheck(): string {
  const root = tempDir();
  for (const file of [...moduleGraph([join(repo, ENTRY)]), join(repo, 'package-lock.json')]) {
    const target = join(root, relative(repo, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  return root;
}

describe('checkCodeKey', () => {
  it("is the code hash of the check's entry module", () => {
    expect(checkCodeKey()).toBe(codeHash([join(repo, ENTRY)]));
  });

  it('changes with every module the check imports: its rules, its workers, the schemas, the renderer, and with the lockfile', () => {
    const root = copyOfTheCheck();
    const key = () => checkCodeKey(pathToFileURL(join(root, ENTRY)));
    let before = key();
    expect(key()).toBe(before);
    for (const file of [
      'src/check/rules/duplicates.ts',
      'src/check/worker.ts',
      'src/content.config.ts',
      'src/site.config.ts',
      'src/render/body.ts',
      'package-lock.json',
    ]) {
      appendFileSync(join(root, file), '\n');
      const after = key();
      expect(after, file).not.toBe(before);
      before = after;
    }
  });

  it('is undefined for a check that is not on disk (bundled), which turns the cache off', async () => {
    expect(checkCodeKey(new URL('data:text/javascript,'))).toBeUndefined();
    expect(await openCheckCache(join(tempDir(), 'cache.json'), undefined)).toBeUndefined();
  });
});

describe('openCheckCache', () => {
  const entry = (hash: string) => ({ hash, problems: [] });

  it('gives back an entry for the same file, text hash and code only', async () => {
    const file = join(tempDir(), 'nested', 'cache.json');
    const first = (await openCheckCache<ReturnType<typeof entry>>(file, 'code-a'))!;
    first.set('a.mdx', entry('h1'));
    await first.save(['a.mdx']);
    const again = (await openCheckCache<ReturnType<typeof entry>>(file, 'code-a'))!;
    expect(again.get('a.mdx', 'h1')).toEqual(entry('h1'));
    expect(again.get('a.mdx', 'h2')).toBeUndefined();
    expect(again.get('b.mdx', 'h1')).toBeUndefined();
    const otherCode = (await openCheckCache<ReturnType<typeof entry>>(file, 'code-b'))!;
    expect(otherCode.get('a.mdx', 'h1')).toBeUndefined();
  });

  it('forgets the files that are gone when it saves', async () => {
    const file = join(tempDir(), 'cache.json');
    const cache = (await openCheckCache<ReturnType<typeof entry>>(file, 'code'))!;
    cache.set('a.mdx', entry('h1'));
    cache.set('b.mdx', entry('h2'));
    await cache.save(['b.mdx']);
    const again = (await openCheckCache<ReturnType<typeof entry>>(file, 'code'))!;
    expect(again.get('a.mdx', 'h1')).toBeUndefined();
    expect(again.get('b.mdx', 'h2')).toEqual(entry('h2'));
  });
});
