/** A built site served on localhost, and one Chromium for a test file. */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveDirectory, type RunningServer } from '../../scripts/lib/static-server.ts';
import { dist } from './content.ts';

export interface Site {
  url: string;
  server: RunningServer;
  browser: Browser;
  page(options?: { width?: number; colorScheme?: 'light' | 'dark'; javaScript?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

/** Serves `root` (the fixture site's dist/ unless told) at `mount`, and starts Chromium. */
export async function openSite(root = dist, { mount = '/' }: { mount?: string } = {}): Promise<Site> {
  const server = await serveDirectory(root, { mount });
  const browser = await launchChromium();
  return {
    url: server.url,
    server,
    browser,
    async page({ width = 1280, colorScheme = 'light', javaScript = true } = {}) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, javaScriptEnabled: javaScript });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
