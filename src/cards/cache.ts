/**
 * Social cards on disk, named by the digest of what they show and of the code
 * that draws them, under Astro's cache directory
 * (node_modules/.astro/sitrep-cards/<key>.png). A card is drawn once; every
 * later build, forced or not, puts it into dist/ as it is, until its
 * briefing's title, date, status or countries, a label, or the card code
 * changes. The deploy workflow keeps the directory between deploys.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import pLimit from 'p-limit';
import { codeHash } from '../cache/code-hash.ts';
import type { Card } from './layout.ts';

/**
 * The hash of the code that draws a card: render.ts and what it imports (the
 * layout, the fonts) and the lockfile, which pins satori, resvg and the font
 * files. card-data.ts is not in it: what it makes is in each card's key.
 */
export function cardCode(root: string): string {
  return codeHash([join(root, 'src/cards/render.ts')]);
}

/** A card's key: the digest of the card code and of everything the card shows. */
export function cardKey(card: Card, code: string): string {
  return createHash('sha256')
    .update(`${code}\n${JSON.stringify(card)}`)
    .digest('hex');
}

/** Writes aside, then renames: a build stopped halfway must not leave a truncated card that looks drawn. */
export async function writeCardFile(file: string, png: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
}

/** At most this many files linked, copied or removed at once: thousands of cards must not run out of file descriptors. */
const files = pLimit(64);

export class CardCache {
  readonly dir: string;

  /** `cacheDir`: Astro's cache directory (node_modules/.astro unless configured). */
  constructor(cacheDir: string) {
    this.dir = join(cacheDir, 'sitrep-cards');
  }

  fileFor(key: string): string {
    return join(this.dir, `${key}.png`);
  }

  has(key: string): boolean {
    return existsSync(this.fileFor(key));
  }

  /**
   * Puts each card at its file under `outDir` (`to`: a site path, such as /og/<id>.png) as a hard link to
   * the cached file, or a copy where the two folders cannot share one (another file system). A link is less
   * than half the time of a copy, for 10,000 cards on every build; nothing writes to a card once it is cached,
   * and removing either name leaves the other whole.
   */
  async publish(cards: readonly { key: string; to: string }[], outDir: string): Promise<void> {
    const dirs = new Set(cards.map(({ to }) => dirname(join(outDir, to))));
    await Promise.all([...dirs].map((dir) => mkdir(dir, { recursive: true })));
    await Promise.all(
      cards.map(({ key, to }) => files(() => link(this.fileFor(key), join(outDir, to)).catch(() => copyFile(this.fileFor(key), join(outDir, to))))),
    );
  }

  /** Removes the cards no longer published, and what an interrupted write left. */
  async keepOnly(keys: Iterable<string>): Promise<number> {
    const kept = new Set([...keys].map((key) => `${key}.png`));
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const stale = names.filter((name) => !kept.has(name));
    await Promise.all(stale.map((name) => files(() => rm(join(this.dir, name), { force: true }))));
    return stale.length;
  }
}
