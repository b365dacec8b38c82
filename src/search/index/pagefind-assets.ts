/**
 * The files Pagefind writes into every part alike: its scripts, which pages
 * load from the top of dist/pagefind/, and its WebAssembly, which the search
 * page loads from the first part only (the parts merged into it use the
 * first one's: ../client/loader.ts). They are prepared once for the code that
 * builds the index, minified and compressed again, and kept in the cache
 * under its key (part-key.ts), so a build that indexes a part does not pay
 * for them again.
 */
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { regzip } from './regzip.ts';

/** The scripts pages load from /pagefind/: the search API and the highlighter of briefing pages. */
export const PAGEFIND_SCRIPTS = ['pagefind.js', 'pagefind-highlight.js'];
/** Pagefind's WebAssembly, one file per language (`unknown` for pages without one). */
const WASM = /^wasm\.[\w-]+\.pagefind$/;

/** Whether a file of a part is one of the shared files, published from the prepared copy instead. */
export function isSharedFile(name: string): boolean {
  return PAGEFIND_SCRIPTS.includes(name) || WASM.test(name);
}

/**
 * Pagefind ships its scripts with their names and helpers unminified (47 and
 * 44 KB); minified they are 32 and 20 KB, which the first search and a
 * highlighted briefing load. Licence comments are kept.
 */
export async function minifiedScript(path: string): Promise<string> {
  return (await transform(await readFile(path, 'utf8'), { minify: true })).code;
}

/** Writes the shared files of the index part in `partDir` to `dir`, unless they are there already. */
export async function prepareSharedFiles(partDir: string, dir: string): Promise<void> {
  if ((await readdir(dir).catch(() => undefined)) !== undefined) return;
  // Written aside and renamed into place, as a part is (build-parts.ts).
  const draft = `${dir}.partial`;
  await rm(draft, { recursive: true, force: true });
  await mkdir(draft, { recursive: true });
  for (const script of PAGEFIND_SCRIPTS) await writeFile(join(draft, script), await minifiedScript(join(partDir, script)));
  const wasm = (await readdir(partDir)).filter((name) => WASM.test(name));
  for (const name of wasm) await copyFile(join(partDir, name), join(draft, name));
  // Only the WebAssembly of the index's languages is ever loaded (`unknown` is written for pages without one).
  const entry = JSON.parse(await readFile(join(partDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string }> };
  const loaded = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm}.pagefind`));
  await regzip(wasm.filter((name) => loaded.has(name)).map((name) => join(draft, name)));
  await rename(draft, dir);
}

/** Copies the shared files from `dir`: the scripts into `bundle`, the WebAssembly into the first part's folder there. */
export async function publishSharedFiles(dir: string, bundle: string, firstPart: string): Promise<void> {
  for (const name of await readdir(dir)) {
    await copyFile(join(dir, name), join(bundle, ...(WASM.test(name) ? [firstPart, name] : [name])));
  }
}
