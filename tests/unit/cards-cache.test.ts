import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { moduleGraph } from '../../src/cache/code-hash.ts';
import { CardCache, cardKey, writeCardFile } from '../../src/cards/cache.ts';
import type { BriefingCard } from '../../src/cards/layout.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-card-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const card: BriefingCard = {
  kind: 'briefing',
  siteName: 'Sitrep',
  title: 'Rutte visits Kyiv',
  date: '4 November 2024',
  status: { label: 'Reported', colour: '#0b5cad' },
  countries: ['Ukraine', 'Netherlands'],
};

describe("a card's key", () => {
  const key = cardKey(card, 'code');

  it('stays the same while the card shows the same thing', () => {
    expect(cardKey(structuredClone(card), 'code')).toBe(key);
  });

  it('changes with everything the card shows', () => {
    const changes: BriefingCard[] = [
      { ...card, siteName: 'Desk' },
      { ...card, title: 'Rutte visits Kyiv again' },
      { ...card, date: '5 November 2024' },
      { ...card, status: { ...card.status, label: 'Confirmed' } },
      { ...card, status: { ...card.status, colour: '#1a7f37' } },
      { ...card, countries: ['Netherlands', 'Ukraine'] },
      { ...card, countries: ['Ukraine'] },
    ];
    const keys = new Set(changes.map((changed) => cardKey(changed, 'code')));
    expect(keys.size).toBe(changes.length);
    expect(keys.has(key)).toBe(false);
  });

  it('changes with the code that draws it', () => {
    expect(cardKey(card, 'other code')).not.toBe(key);
  });

  it('covers the card code and the fonts, and not the data modules, whose output is in the key', () => {
    const root = join(import.meta.dirname, '../..');
    const files = moduleGraph([join(root, 'src/cards/render.ts')]).map((file) => file.slice(root.length));
    expect(files).toEqual(expect.arrayContaining(['/src/cards/render.ts', '/src/cards/layout.ts', '/src/cards/fonts.ts']));
    expect(files.filter((file) => !file.startsWith('/src/cards/'))).toEqual([]);
    expect(files).not.toContain('/src/cards/card-data.ts');
  });
});

describe('CardCache', () => {
  const cache = new CardCache(dir);

  it('keeps each card as a PNG named by its key, written whole or not at all', async () => {
    expect(cache.has('abc')).toBe(false);
    await writeCardFile(cache.fileFor('abc'), Buffer.from('png'));
    expect(cache.fileFor('abc')).toBe(join(dir, 'sitrep-cards', 'abc.png'));
    expect(cache.has('abc')).toBe(true);
    expect(readdirSync(cache.dir)).toEqual(['abc.png']);
  });

  it('puts each card at its path under the output folder', async () => {
    const out = join(dir, 'dist');
    await cache.publish(
      [
        { key: 'abc', to: '/og/2024-11-04-a.png' },
        { key: 'abc', to: '/og/site.png' },
      ],
      out,
    );
    expect(readdirSync(join(out, 'og')).sort()).toEqual(['2024-11-04-a.png', 'site.png']);
    expect(readFileSync(join(out, 'og', 'site.png'), 'utf8')).toBe('png');
  });

  it('removes the cards no longer published and what an interrupted write left, and only those', async () => {
    await writeCardFile(cache.fileFor('old'), Buffer.from('old'));
    writeFileSync(join(cache.dir, 'abc.png.123.x.partial'), 'half');
    expect(await cache.keepOnly(['abc'])).toBe(2);
    expect(readdirSync(cache.dir)).toEqual(['abc.png']);
    mkdirSync(join(dir, 'none'));
    expect(await new CardCache(join(dir, 'none')).keepOnly([])).toBe(0);
  });
});
