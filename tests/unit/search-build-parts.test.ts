import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { compressPart, indexRecords } from '../../src/search/index/build-parts.ts';
import { minifiedScript, PAGEFIND_SCRIPTS, prepareSharedFiles, publishSharedFiles } from '../../src/search/index/pagefind-assets.ts';
import { searchRecord } from '../../src/search/index/record.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-build-parts-'));
afterAll(async () => {
  await pagefind.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('indexRecords', () => {
  it('writes word chunks of 5,000 postings, not the 20,000 of Pagefind’s default, so a query loads less', async () => {
    // 40 briefings of 200 words each, every word in every briefing: 8,000 postings (16,000 by Pagefind's count,
    // which adds each page's locations), one chunk at the default and four at 5,000.
    const words = Array.from({ length: 200 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const records = Array.from({ length: 40 }, (_, i) => ({
      ...searchRecord({
        id: `b${i}`,
        title: `Briefing ${i}`,
        date: '2024-11-04',
        summary: 'S',
        status: 'reported',
        topics: [],
        html: '',
        actors: [],
        countries: [],
        places: [],
      }),
      html: `<p>${words.join(' ')}</p>`,
    }));
    const urls = await indexRecords(records, join(dir, 'documents'), join(dir, 'index'));
    expect(urls).toHaveLength(40);
    expect(readdirSync(join(dir, 'index', 'index')).length).toBeGreaterThanOrEqual(3);
  });

  it('moves the documents it indexed, a folder per part, into the folder the benchmark names, rather than copying them', async () => {
    const keep = join(dir, 'kept');
    process.env.SITREP_KEEP_SEARCH_DOCUMENTS = keep;
    try {
      const record = searchRecord({
        id: 'kept-one',
        title: 'Kept',
        date: '2024-11-04',
        summary: 'S',
        status: 'reported',
        topics: [],
        html: '<p>Words</p>',
        actors: [],
        countries: [],
        places: [],
      });
      await indexRecords([record], join(dir, 'part-a.documents'), join(dir, 'part-a'));
    } finally {
      delete process.env.SITREP_KEEP_SEARCH_DOCUMENTS;
    }
    expect(readdirSync(keep)).toEqual(['part-a.documents']);
    expect(existsSync(join(keep, 'part-a.documents', 'briefings', 'kept-one', 'index.html'))).toBe(true);
    expect(existsSync(join(dir, 'part-a.documents'))).toBe(false);
  });

  it('compressPart writes the metadata file smaller than Pagefind’s own level 9 gzip of it, which every search loads', async () => {
    await compressPart(join(dir, 'index'));
    const meta = readdirSync(join(dir, 'index')).find((name) => name.endsWith('.pf_meta'))!;
    const written = readFileSync(join(dir, 'index', meta));
    expect(written.length).toBeLessThan(gzipSync(gunzipSync(written), { level: 9 }).length);
  });
});

describe('the files Pagefind writes into every part', () => {
  it('are prepared once, minified and compressed again, and published: the scripts at the top, the WebAssembly in the first part', async () => {
    const index = join(dir, 'index');
    const shared = join(dir, 'shared');
    await prepareSharedFiles(index, shared);
    const wasm = readdirSync(index).filter((name) => name.startsWith('wasm.'));
    expect(wasm).toContain('wasm.en.pagefind');
    expect(readdirSync(shared).sort()).toEqual([...PAGEFIND_SCRIPTS, ...wasm].sort());
    // The index's language is English: its WebAssembly is compressed again, the unused `unknown` one copied.
    for (const name of wasm) {
      const [before, after] = [readFileSync(join(index, name)), readFileSync(join(shared, name))];
      expect(gunzipSync(after).equals(gunzipSync(before)), name).toBe(true);
      if (name === 'wasm.en.pagefind') expect(after.length, name).toBeLessThan(before.length);
      else expect(after.equals(before), name).toBe(true);
    }
    expect(readFileSync(join(shared, 'pagefind.js'), 'utf8')).toBe(await minifiedScript(join(index, 'pagefind.js')));

    // Prepared already: left as it is.
    writeFileSync(join(shared, 'pagefind.js'), 'kept');
    await prepareSharedFiles(index, shared);
    expect(readFileSync(join(shared, 'pagefind.js'), 'utf8')).toBe('kept');

    const bundle = join(dir, 'bundle');
    mkdirSync(join(bundle, 'a'), { recursive: true });
    await publishSharedFiles(shared, bundle, 'a');
    expect(readdirSync(bundle).sort()).toEqual(['a', ...PAGEFIND_SCRIPTS].sort());
    expect(readdirSync(join(bundle, 'a')).sort()).toEqual(wasm.sort());
    expect(existsSync(join(dir, 'shared.partial'))).toBe(false);
  });
});

describe('minifiedScript', () => {
  it('makes each of Pagefind’s scripts at least a quarter smaller, and pagefind.js still exports the same API', async () => {
    const index = join(dir, 'index');
    for (const script of PAGEFIND_SCRIPTS) {
      const original = readFileSync(join(index, script), 'utf8');
      expect((await minifiedScript(join(index, script))).length, script).toBeLessThan(original.length * 0.75);
    }
    const published = join(dir, 'pagefind.mjs');
    writeFileSync(published, await minifiedScript(join(index, 'pagefind.js')));
    const [before, after] = await Promise.all([import(join(index, 'pagefind.js')), import(published)]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(Object.keys(after)).toEqual(expect.arrayContaining(['init', 'search', 'mergeIndex', 'options']));
  });

  it('keeps the highlighter a script that defines PagefindHighlight, as the briefing pages use it', async () => {
    const code = await minifiedScript(join(dir, 'index', 'pagefind-highlight.js'));
    expect(code).toMatch(/window\.PagefindHighlight=/);
  });
});
