/**
 * Under `npm run dev`, a content problem shows in the page the writer is looking at, in the words `npm run check`
 * prints, also in a page opened afterwards, and goes when the file is fixed (src/integrations/dev-content.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { copyProject, removeCopies, writeBriefing, type TestBriefing } from '../helpers/project.ts';

const briefing: TestBriefing = { id: '2024-11-04-dev-overlay', title: 'A briefing the test breaks', actors: ['volodymyr-zelensky'], countries: ['ua'] };
const file = `src/content/briefings/${briefing.id}.mdx`;

let server: ChildProcess | undefined;
let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
  await stopDev();
  removeCopies();
});

/** `npm run dev` in `root`, in a process group of its own so that stopping it stops Astro too; resolves to its URL. */
function startDev(root: string): Promise<string> {
  const env = { ...process.env };
  // Astro's dev server serves no pages under Vitest, and NODE_ENV=test is not the development mode.
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV') delete env[key];
  const child = spawn('npm', ['run', 'dev', '--', '--port', '0'], { cwd: root, env, detached: true });
  server = child;
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (data: Buffer) => {
      output += stripVTControlCharacters(String(data));
      const url = /Local\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('close', (code) => reject(new Error(`npm run dev exited with ${code} before it was ready:\n${output}`)));
  });
}

async function stopDev(): Promise<void> {
  const child = server;
  if (!child?.pid || child.exitCode !== null) return;
  const closed = new Promise((resolve) => child.on('close', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await closed;
}

/**
 * Opens `url` in `page`. The dev server reloads its pages when content changes, and such a reload can cut short a
 * navigation of ours under way (net::ERR_ABORTED): that one is tried again.
 */
async function open(page: Page, url: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(url);
      return;
    } catch (error) {
      if (attempt === 3 || !/ERR_ABORTED|frame was detached/.test(String(error))) throw error;
    }
  }
}

it('shows a content problem in the browser while it lasts', { timeout: 90_000 }, async () => {
  const root = copyProject();
  writeBriefing(root, briefing);
  const url = await startDev(root);
  browser = await launchChromium();
  const page = await browser.newPage();
  const overlay = page.locator('vite-error-overlay');
  const pageUrl = new URL(`briefings/${briefing.id}/`, url).href;
  await open(page, pageUrl);
  // The page's own heading: Astro's dev toolbar adds headings of its own once it has loaded.
  await expect.poll(() => page.locator('main h1').textContent(), { timeout: 30_000 }).toBe(briefing.title);
  await expect(overlay.count()).resolves.toBe(0);

  // An unknown actor is found only by the check across files, which the dev server ran only at its start before.
  writeBriefing(root, { ...briefing, actors: ['volodymyr-zelenskyy'] });
  const message = overlay.locator('#message-content');
  await message.waitFor({ timeout: 30_000 });
  // The watcher may see the file half written first, a problem of its own: the overlay then moves on to this one.
  await expect.poll(() => message.textContent(), { timeout: 30_000 }).toContain('reference/unknown-actor');
  const shown = await message.textContent();
  expect(shown).toContain(`${file}:5:`);
  expect(shown).toContain('reference/unknown-actor');
  expect(shown).toContain('Did you mean volodymyr-zelensky?');

  // A page opened while the problem lasts shows it too.
  await open(page, pageUrl);
  await message.waitFor({ timeout: 30_000 });
  expect(await message.textContent()).toBe(shown);

  writeBriefing(root, briefing);
  await overlay.waitFor({ state: 'detached', timeout: 30_000 });
  await expect.poll(() => page.locator('main h1').textContent(), { timeout: 30_000 }).toBe(briefing.title);
});
