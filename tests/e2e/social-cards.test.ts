/** Every page of the built fixture site names a social card that the site publishes: its briefing's, or the site card. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, publishedBriefings } from '../helpers/content.ts';
import { site } from '../../src/site.config.ts';

function htmlPages(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' ? [] : htmlPages(path);
    return d.name.endsWith('.html') ? [path] : [];
  });
}

const pageUrl = (file: string) => `/${relative(dist, file).replace(/index\.html$/, '')}`;
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' };
/** A meta tag's content, its character references decoded. */
const meta = (html: string, name: string) =>
  new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`)
    .exec(html)?.[1]
    ?.replace(/&(amp|quot|#39|lt|gt);/g, (_, entity: string) => ENTITIES[entity]!);

/** The width and height in a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The file in dist/ that an absolute og:image URL names. */
function cardFile(url: string): string {
  expect(url.startsWith(`${site.url}/`), url).toBe(true);
  return join(dist, decodeURIComponent(new URL(url).pathname));
}

describe('social cards', () => {
  const pages = htmlPages().map((file) => ({ url: pageUrl(file), html: readFileSync(file, 'utf8') }));

  it("give every briefing page its own card: a 1200×630 PNG in dist/, also the JSON-LD's image", () => {
    expect(publishedBriefings().length).toBeGreaterThan(1);
    for (const b of publishedBriefings()) {
      const page = pages.find((p) => p.url === `/briefings/${b.id}/`);
      expect(page, b.id).toBeDefined();
      const image = meta(page!.html, 'og:image');
      expect(image, b.id).toBe(`${site.url}/og/${b.id}.png`);
      expect(pngSize(cardFile(image!)), b.id).toEqual({ width: 1200, height: 630 });
      expect(meta(page!.html, 'og:image:alt'), b.id).toContain(b.title);
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page!.html)![1]!) as { image?: string };
      expect(jsonLd.image, b.id).toBe(image);
    }
  });

  it('give every other page the site card', () => {
    const others = pages.filter((p) => !p.url.startsWith('/briefings/'));
    expect(others.length).toBeGreaterThan(5);
    for (const page of others) expect(meta(page.html, 'og:image'), page.url).toBe(`${site.url}/og/site.png`);
    expect(pngSize(join(dist, 'og/site.png'))).toEqual({ width: 1200, height: 630 });
  });

  it('are announced as large images, with their size, on every page', () => {
    for (const page of pages) {
      expect(meta(page.html, 'twitter:card'), page.url).toBe('summary_large_image');
      expect(meta(page.html, 'og:image:width'), page.url).toBe('1200');
      expect(meta(page.html, 'og:image:height'), page.url).toBe('630');
      expect(meta(page.html, 'og:image:alt'), page.url).toBeTruthy();
    }
  });

  it('are published for no draft and nothing else', () => {
    expect(readdirSync(join(dist, 'og')).sort()).toEqual(['site.png', ...publishedBriefings().map((b) => `${b.id}.png`)].sort());
  });
});
