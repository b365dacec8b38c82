/**
 * Reading a content folder (src/check/files.ts): a folder of tens of thousands
 * of files must not open them all at once, which fails with EMFILE.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readBounded, readContentDir } from '../../src/check/files.ts';

const reads = vi.hoisted(() => ({ open: 0, most: 0 }));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  // The callback form, which the reader uses (promisified).
  const readFile = (path: string, ...rest: unknown[]) => {
    const done = rest.pop() as (error: unknown, data?: unknown) => void;
    reads.most = Math.max(reads.most, ++reads.open);
    // Held open a little, as a slow disk would, so that reads overlap.
    setTimeout(
      () =>
        (real.readFile as (...args: unknown[]) => void)(path, ...rest, (error: unknown, data: unknown) => {
          reads.open--;
          done(error, data);
        }),
      1,
    );
  };
  return { ...real, readFile };
});

const root = mkdtempSync(join(tmpdir(), 'sitrep-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readContentDir', () => {
  it('reads a large folder in name order with a bounded number of files open at once', async () => {
    const dir = 'src/content/actors';
    mkdirSync(join(root, dir), { recursive: true });
    const names = Array.from({ length: 500 }, (_, i) => `actor-${String(i).padStart(3, '0')}.yaml`);
    for (const name of names) writeFileSync(join(root, dir, name), `name: ${name}\n`);
    const files = await readContentDir(root, dir, 'actors');
    expect(files.map((f) => f.name)).toEqual(names);
    expect(files.every((f) => f.text === `name: ${f.name}\n` && f.problems.length === 0)).toBe(true);
    expect(reads.most).toBeGreaterThan(1);
    expect(reads.most).toBeLessThanOrEqual(64);
  });

  it('reads any number of files within the same bound, as the post-build audit reads the built pages', async () => {
    reads.most = 0;
    const dir = join(root, 'pages');
    mkdirSync(dir, { recursive: true });
    const names = Array.from({ length: 300 }, (_, i) => `page-${i}.html`);
    for (const name of names) writeFileSync(join(dir, name), `<p>${name}</p>`);
    const texts = await Promise.all(names.map((name) => readBounded(join(dir, name), 'latin1')));
    expect(texts).toEqual(names.map((name) => `<p>${name}</p>`));
    expect(reads.most).toBeGreaterThan(1);
    expect(reads.most).toBeLessThanOrEqual(64);
  });
});
