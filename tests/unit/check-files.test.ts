/**
 * Reading a content folder (src/check/files.ts): a folder of tens of thousands
 * of files must not open them all at once, which fails with EMFILE.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readContentDir } from '../../src/check/files.ts';

const reads = vi.hoisted(() => ({ open: 0, most: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = async (...args: Parameters<typeof real.readFile>) => {
    reads.most = Math.max(reads.most, ++reads.open);
    try {
      // Held open a little, as a slow disk would, so that reads overlap.
      await new Promise((resolve) => setTimeout(resolve, 1));
      return await real.readFile(...args);
    } finally {
      reads.open--;
    }
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
});
