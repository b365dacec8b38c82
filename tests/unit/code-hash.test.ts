import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeHash, moduleGraph } from '../../src/cache/code-hash.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A small project: entry.ts imports a.ts, which imports b.ts; c.ts is imported by nothing. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'code-hash-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'src/lib'), { recursive: true });
  writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3}');
  writeFileSync(join(dir, 'src/entry.ts'), "import { a } from './lib/a.ts';\nimport 'node:fs';\nimport { z } from 'zod';\nexport const e = a;\n");
  writeFileSync(join(dir, 'src/lib/a.ts'), "export { b as a } from './b.ts';\n");
  writeFileSync(join(dir, 'src/lib/b.ts'), "export const b = 1;\nexport const later = () => import('./c.ts');\n");
  writeFileSync(join(dir, 'src/lib/c.ts'), 'export const c = 1;\n');
  writeFileSync(join(dir, 'src/lib/unused.ts'), 'export const u = 1;\n');
  return dir;
}

describe('codeHash', () => {
  it('follows static, re-exported and dynamic imports, and leaves out what nothing imports', () => {
    const dir = project();
    expect(moduleGraph([join(dir, 'src/entry.ts')]).map((f) => f.slice(dir.length + 1))).toEqual([
      'src/entry.ts',
      'src/lib/a.ts',
      'src/lib/b.ts',
      'src/lib/c.ts',
    ]);
  });

  it('changes when a module the entry imports indirectly changes, and when the lockfile does', () => {
    const dir = project();
    const entry = join(dir, 'src/entry.ts');
    const before = codeHash([entry]);
    writeFileSync(join(dir, 'src/lib/unused.ts'), 'export const u = 2;\n');
    expect(codeHash([entry])).toBe(before);
    writeFileSync(join(dir, 'src/lib/c.ts'), 'export const c = 2;\n');
    const afterCode = codeHash([entry]);
    expect(afterCode).not.toBe(before);
    writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
    expect(codeHash([entry])).not.toBe(afterCode);
  });

  it('is the same for the same code in another folder, so a moved checkout keeps its caches', () => {
    const one = project();
    const two = project();
    expect(codeHash([join(one, 'src/entry.ts')])).toBe(codeHash([join(two, 'src/entry.ts')]));
  });

  it('fails on an import it cannot follow rather than leaving code out of the key', () => {
    const dir = project();
    writeFileSync(join(dir, 'src/lib/b.ts'), "export { gone } from './gone.ts';\n");
    expect(() => codeHash([join(dir, 'src/entry.ts')])).toThrow(/imports \.\/gone\.ts, which names no file/);
  });
});
