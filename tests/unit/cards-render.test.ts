import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { briefingCard, siteCard } from '../../src/cards/card-data.ts';
import type { Card } from '../../src/cards/layout.ts';
import { drawCards } from '../../src/cards/pool.ts';
import { renderCard } from '../../src/cards/render.ts';
import { site } from '../../src/site.config.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-cards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A PNG's width and height, from its IHDR chunk, the first after the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const card = briefingCard(
  { title: 'Зеленський: North Korean troops in Kursk', date: '2024-11-04', status: 'confirmed', countries: ['kp', 'ru', 'ua'] },
  ['North Korea', 'Russia', 'Ukraine'],
  site,
);

describe('a rendered card', () => {
  it('is a 1200×630 PNG, the same bytes every time', async () => {
    const png = await renderCard(card);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect((await renderCard(card)).equals(png)).toBe(true);
    expect(pngSize(await renderCard(siteCard(site)))).toEqual({ width: 1200, height: 630 });
  }, 30_000);

  it('that cannot be drawn says which card', async () => {
    await expect(renderCard({ ...card, title: undefined } as unknown as Card)).rejects.toThrow(/could not draw the card of the briefing/);
  });
});

describe('drawing cards on worker threads', () => {
  it('writes each card into its file, on a worker before the main thread is asked to help, and reports those it cannot draw', async () => {
    const broken = { kind: 'site' } as unknown as Card;
    const jobs = [
      { card, file: join(dir, 'a.png') },
      { card: siteCard(site), file: join(dir, 'b.png') },
      { card: broken, file: join(dir, 'c.png') },
    ];
    const drawing = drawCards(jobs, 1);
    // The worker draws before the main thread is asked to help: poll for its first two cards.
    await vi.waitFor(() => expect(existsSync(join(dir, 'a.png')) && existsSync(join(dir, 'b.png'))).toBe(true), { timeout: 40_000, interval: 100 });
    const failed = await drawing.finish();
    expect(failed).toEqual([{ file: join(dir, 'c.png'), error: expect.stringMatching(/could not draw the site card/) }]);
    expect(readFileSync(join(dir, 'a.png')).equals(await renderCard(card))).toBe(true);
    expect(pngSize(readFileSync(join(dir, 'b.png')))).toEqual({ width: 1200, height: 630 });
  }, 60_000);
});
