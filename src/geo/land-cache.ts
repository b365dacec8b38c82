/**
 * The land of each map frame kept on disk between builds
 * (node_modules/.astro/sitrep-map-land/), so that a build projects only the
 * frames it has not drawn before: projecting a new frame's land was about 5 %
 * of rendering the pages.
 *
 * A stored base layer is what map.ts would compute from the frame and focus
 * countries in its key, the atlas and the code: it lives in a folder named
 * by the digest of the atlas files' bytes and of `codeHash` of map.ts (every
 * module it imports, the lockfile included), in a file named by the digest of
 * its key. A change to any of them is another file, so a stored layer is
 * never one the code would not draw; the folders of other code are removed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeHash } from '../cache/code-hash.ts';
import { atlasFiles } from './atlas.ts';

/** What a base layer is made of; its markup is written from these. */
export interface StoredLand {
  outline: string;
  land: { id: string; d: string; focus: boolean }[];
}

export interface LandStore {
  get(key: string): StoredLand | undefined;
  set(key: string, land: StoredLand): void;
}

const digest = (...parts: (string | Buffer)[]) => parts.reduce((hash, part) => hash.update(part).update('\0'), createHash('sha256')).digest('hex');

export class DiskLandStore implements LandStore {
  /** One folder per atlas and code, named by their digest. */
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  fileFor(key: string): string {
    return join(this.dir, `${digest(key)}.json`);
  }

  get(key: string): StoredLand | undefined {
    let text: string;
    try {
      text = readFileSync(this.fileFor(key), 'utf8');
    } catch {
      return undefined;
    }
    return JSON.parse(text) as StoredLand;
  }

  set(key: string, land: StoredLand): void {
    mkdirSync(this.dir, { recursive: true });
    const file = this.fileFor(key);
    // Written aside, then renamed: a build stopped halfway must not leave a truncated layer that looks stored.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify(land));
    renameSync(partial, file);
  }
}

const stores = new Map<string, DiskLandStore>();

/**
 * The store of a project: `root` is where astro runs (its default root, the process's folder), whose
 * node_modules/.astro is Astro's cache directory and whose src/geo/map.ts is the code that draws maps.
 */
export function landStore(root: string = process.cwd()): DiskLandStore {
  let store = stores.get(root);
  if (!store) {
    const parent = join(root, 'node_modules/.astro/sitrep-map-land');
    const version = digest(codeHash([join(root, 'src/geo/map.ts')]), ...atlasFiles().map((file) => readFileSync(file)));
    for (const name of readdirSafe(parent)) if (name !== version) rmSync(join(parent, name), { recursive: true, force: true });
    stores.set(root, (store = new DiskLandStore(join(parent, version))));
  }
  return store;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
