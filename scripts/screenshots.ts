/**
 * `npm run screenshots`: every page type at phone and desktop widths, light and
 * dark, into screenshots/, from the built site. Look at them before merging a
 * change to a page.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/browser.ts';
import { serveDirectory } from './lib/static-server.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const out = fileURLToPath(new URL('../screenshots/', import.meta.url));
const pages = (
  process.argv[2] ??
  '/,/briefings/2024-11-04-north-korean-troops-kursk/,/actors/,/actors/volodymyr-zelensky/,/countries/,/countries/kp/,/countries/ua/,/places/,/places/zaporizhzhia-oblast/,/timeline/,/timeline/2024/11/,/search/?q=Kursk,/about/,/no-such-page/'
).split(',');
const widths = [390, 1280];

mkdirSync(out, { recursive: true });
const server = await serveDirectory(dist);
const browser = await launchChromium();
for (const scheme of ['light', 'dark'] as const) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const path of pages) {
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
      await page.screenshot({ path: `${out}${name}-${width}-${scheme}.png`, fullPage: true });
    }
    await page.close();
  }
}
await browser.close();
await server.close();
console.log(`Screenshots in ${out}`);
