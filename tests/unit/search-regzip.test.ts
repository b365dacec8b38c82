import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { regzip } from '../../src/search/index/regzip.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-regzip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes laid out as Pagefind's metadata file lays out its pages: a hash in hexadecimal and a word count each. */
function metadataLike(pages: number): Buffer {
  const entries = Array.from({ length: pages }, (_, i) =>
    Buffer.concat([Buffer.from([0x83, 0x6a]), Buffer.from(`en_${randomBytes(4).toString('hex').slice(0, 7)}`), Buffer.from([0x19, 1, i % 256, 0x60])]),
  );
  return Buffer.concat([Buffer.from('pagefind_dcd'), ...entries]);
}

describe('regzip', () => {
  it('writes a file Pagefind gzipped at level 9 at least a tenth smaller, with the same bytes inside', async () => {
    const content = metadataLike(2_000);
    const file = join(dir, 'meta.pf_meta');
    const pagefinds = gzipSync(content, { level: 9 });
    writeFileSync(file, pagefinds);
    await regzip([file]);
    const after = readFileSync(file);
    expect(gunzipSync(after).equals(content)).toBe(true);
    expect(after.length).toBeLessThan(pagefinds.length * 0.9);
  });

  it('fails, and leaves the file as it was, when a file is not gzip', async () => {
    const file = join(dir, 'plain.pf_meta');
    writeFileSync(file, 'not gzip');
    await expect(regzip([file])).rejects.toThrow(/could not compress .*plain\.pf_meta: incorrect header check/);
    expect(readFileSync(file, 'utf8')).toBe('not gzip');
  });

  it('does nothing for no files', async () => {
    await expect(regzip([])).resolves.toBeUndefined();
  });
});
