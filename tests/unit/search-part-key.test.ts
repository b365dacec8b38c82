/**
 * A cached index part is reused only under the same key: its content and the
 * code that indexes it. The code is read from a copy of the project, so the
 * test can change a module and see the key change.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexCode, pageFilesDirName, partDirName } from '../../src/search/index/part-key.ts';

const project = new URL('../..', import.meta.url).pathname;
const part = { name: '2024', key: 'records and bodies of 2024' };
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'sitrep-part-key-'));
  cpSync(join(project, 'src'), join(copy, 'src'), { recursive: true, filter: (path) => !path.includes('/src/content/') });
  cpSync(join(project, 'package-lock.json'), join(copy, 'package-lock.json'));
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** The part's key after appending a comment to a module of the copy. */
function keyAfterChanging(module: string): string {
  appendFileSync(join(copy, module), `\n// changed by the test\n`);
  return partDirName(part, indexCode(copy));
}

describe('the key of an index part', () => {
  it('names the part’s year and is the same for the same content and code', () => {
    const key = partDirName(part, indexCode(copy));
    expect(key).toMatch(/^2024-[0-9a-f]{16}$/);
    expect(partDirName(part, indexCode(copy))).toBe(key);
    expect(partDirName({ ...part, key: 'another record' }, indexCode(copy))).not.toBe(key);
  });

  it('changes with a change to a module the index imports, directly or not, or to the lockfile', () => {
    let key = partDirName(part, indexCode(copy));
    for (const module of ['src/search/index/record.ts', 'src/search/index/build-parts.ts', 'src/lib/dates.ts', 'src/site.config.ts', 'package-lock.json']) {
      const changed = keyAfterChanging(module);
      expect(changed, module).not.toBe(key);
      key = changed;
    }
  });

  it('stays the same when code the index does not use changes', () => {
    const key = partDirName(part, indexCode(copy));
    for (const module of ['src/pages/about.astro', 'src/search/client/main.ts', 'src/search/index/pagefind.ts'])
      expect(keyAfterChanging(module), module).toBe(key);
  });
});

describe('the key of the search page’s own files (facets, date order)', () => {
  it('changes with any part’s name or content, and with the code that writes the files', () => {
    const parts = [part, { name: '2025', key: 'records of 2025' }];
    const key = pageFilesDirName(parts, indexCode(copy));
    expect(key).toMatch(/^page-files-[0-9a-f]{16}$/);
    expect(pageFilesDirName(parts, indexCode(copy))).toBe(key);
    expect(pageFilesDirName([part, { name: '2026', key: 'records of 2025' }], indexCode(copy))).not.toBe(key);
    expect(pageFilesDirName([part, { name: '2025', key: 'another record' }], indexCode(copy))).not.toBe(key);
    const code = indexCode(copy);
    appendFileSync(join(copy, 'src/search/index/facet-file.ts'), `\n// changed by the test\n`);
    expect(pageFilesDirName(parts, indexCode(copy))).not.toBe(pageFilesDirName(parts, code));
  });
});
