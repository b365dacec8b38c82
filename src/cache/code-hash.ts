/**
 * A digest of the code that produces a cached output: the source of every
 * project module reachable from the entry modules by their imports, and the
 * lockfile, which pins every package they use. A cache keyed on it cannot
 * serve output of code that has since changed, and nobody has a version
 * number to remember to bump.
 *
 * Imports are read from the source text: static `import … from`, `export …
 * from`, side-effect `import '…'` and `import('…')` with a literal. A relative
 * import that names no file is an error, so a module the walk cannot follow
 * fails the build rather than leaving part of the code out of the key.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;
const FOLLOWED = /\.(?:[cm]?[jt]s|astro)$/;

/** Every project file the entries import, directly or not, entries included, sorted. */
export function moduleGraph(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = entries.map((entry) => resolve(entry));
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    if (!isFile(file)) throw new Error(`code hash: ${file} does not exist`);
    seen.add(file);
    if (!FOLLOWED.test(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[2]!;
      const target = resolve(dirname(file), specifier.split(/[?#]/)[0]!);
      const found = [target, `${target}.ts`, join(target, 'index.ts')].find(isFile);
      if (!found) throw new Error(`code hash: ${file} imports ${specifier}, which names no file`);
      pending.push(found);
    }
  }
  return [...seen].sort();
}

/**
 * The digest of the entries' module graph and of the nearest lockfile above
 * the first entry. Paths enter it relative to the lockfile's folder, so a
 * moved checkout keeps its caches.
 */
export function codeHash(entries: readonly string[]): string {
  const hash = createHash('sha256');
  const lockfile = nearestLockfile(entries[0] ?? '.');
  const root = lockfile ? dirname(lockfile) : dirname(resolve(entries[0] ?? '.'));
  for (const file of moduleGraph(entries))
    hash
      .update(`${relative(root, file)}\n`)
      .update(readFileSync(file))
      .update('\n');
  hash.update(lockfile ? readFileSync(lockfile) : 'no lockfile');
  return hash.digest('hex');
}

function nearestLockfile(from: string): string | undefined {
  for (let dir = dirname(resolve(from)); ; dir = dirname(dir)) {
    const file = join(dir, 'package-lock.json');
    if (existsSync(file)) return file;
    if (dir === dirname(dir)) return undefined;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
