/**
 * Rendered briefing bodies, kept as HTML files named by the digest of their
 * source, outside Astro's data store. Astro writes the data store, loads it
 * and bundles it into the build as one module on every build; at 10,000
 * briefings the bodies would be 48 of its 67 MB. Here a body is written once
 * when its source changes, and read when its page is rendered and when the
 * search index is built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export class BodyCache {
  readonly dir: string;

  /** `cacheDir`: Astro's cache directory (node_modules/.astro unless configured). */
  constructor(cacheDir: string) {
    this.dir = join(cacheDir, 'sitrep-bodies');
  }

  fileFor(digest: string): string {
    return join(this.dir, `${digest}.html`);
  }

  has(digest: string): boolean {
    return existsSync(this.fileFor(digest));
  }

  async write(digest: string, html: string): Promise<string> {
    const file = this.fileFor(digest);
    // Written aside, then renamed: a build stopped halfway must not leave a truncated body that looks cached.
    const partial = `${file}.${process.pid}.partial`;
    // The folder is made when a write finds it missing, rather than before each of 10,000 writes.
    try {
      await writeFile(partial, html);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(this.dir, { recursive: true });
      await writeFile(partial, html);
    }
    await rename(partial, file);
    return file;
  }

  /** Removes the bodies of sources that are gone or changed. */
  async keepOnly(digests: Iterable<string>): Promise<number> {
    const kept = new Set([...digests].map((d) => `${d}.html`));
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const stale = names.filter((name) => !kept.has(name));
    await Promise.all(stale.map((name) => rm(join(this.dir, name), { force: true })));
    return stale.length;
  }
}

/** A cached body, by the file the loader recorded for it. */
export function readBody(file: string | undefined, id: string): string {
  if (!file) throw new Error(`Briefing \`${id}\` has no rendered body: the briefings loader records one for every briefing it stores`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `The rendered body of briefing \`${id}\` is missing (${file}). Delete Astro's cache directory (node_modules/.astro unless configured) and .astro/, then build again.`,
    );
  }
}
