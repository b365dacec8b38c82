import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { handoff } from '../../src/cache/handoff.ts';
import { checkContent } from '../../src/check/index.ts';
import { checkedActorNames, checkedCountryAliases, releaseCheckedBriefings, shareNames, takeCheckedText } from '../../src/check/shared.ts';
import { actorSchema, briefingSchema, contentDirs, countryNoteSchema, placeSchema } from '../../src/content.config.ts';

describe('handoff', () => {
  it('is the same object in every module instance, as Astro gives the integrations and the content layer', async () => {
    // A query string makes Vite load the module again, as a second instance.
    // @ts-expect-error TypeScript knows no module by a path with a query string.
    const other = (await import('../../src/cache/handoff.ts?instance=2')) as typeof import('../../src/cache/handoff.ts');
    expect(other.handoff).toBe(handoff);
    handoff.searchParts.open();
    const waiting = other.handoff.searchParts.receive();
    handoff.searchParts.send([]);
    await expect(waiting).resolves.toEqual([]);
  });

  it('delivers parts sent before anyone waits, and forgets them when a new build opens the channel', async () => {
    const { searchParts } = handoff;
    searchParts.open();
    searchParts.send([]);
    await expect(searchParts.receive()).resolves.toEqual([]);
    searchParts.open();
    let got: unknown;
    void searchParts.receive().then((v) => (got = v));
    await new Promise((r) => setTimeout(r, 5));
    expect(got).toBeUndefined();
    const next = [{ name: '2024', key: 'k', records: () => [], heads: [] }];
    searchParts.send(next);
    await expect(searchParts.receive()).resolves.toBe(next);
  });

  it("carries each actor's name and aliases and each country note's aliases from the check to the search records", () => {
    const actor = { name: 'Rustem Umerov', aliases: ['Umierov'], role: 'Minister' };
    const note = (name: string, text?: string) => ({ name, file: `src/content/countries/${name}`, text, problems: [] });
    shareNames(new Map([['rustem-umerov', { data: actor }]]), [
      note('kr.yaml', 'note: "N"\naliases: ["ROK"]\n'),
      note('ua.yaml', 'note: "N"\n'),
      note('kp.yaml'),
    ]);
    expect(checkedActorNames()).toEqual(new Map([['rustem-umerov', { name: 'Rustem Umerov', aliases: ['Umierov'] }]]));
    expect(checkedCountryAliases()).toEqual(new Map([['kr', ['ROK']]]));
  });

  it('hands the briefings loader the text of each briefing file as the check read it, each once, and none after a release', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sitrep-handoff-'));
    try {
      cpSync(fileURLToPath(new URL('../fixtures/bad-inputs/base', import.meta.url)), root, { recursive: true });
      const check = (shareRendered: boolean) =>
        checkContent({
          root,
          dirs: contentDirs,
          schemas: { briefing: briefingSchema, actor: actorSchema, countryNote: countryNoteSchema, place: placeSchema },
          today: '2026-01-01',
          shareRendered,
        });
      const dir = join(root, contentDirs.briefings);
      const [name] = readdirSync(dir).filter((n) => n.endsWith('.mdx'));
      const path = join(dir, name!);

      await check(false);
      expect(takeCheckedText(path)).toBeUndefined();
      await check(true);
      expect(takeCheckedText(path)).toBe(readFileSync(path, 'utf8'));
      expect(takeCheckedText(path)).toBeUndefined();
      await check(true);
      releaseCheckedBriefings();
      expect(takeCheckedText(path)).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
      releaseCheckedBriefings();
    }
  });
});
