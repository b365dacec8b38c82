/**
 * Content problems where the writer is looking, under `astro dev`. Whenever a
 * content file is added, changed or removed, the whole content check runs
 * again (memoised, so unchanged files cost little), the checks across files
 * included, and its problems show in Astro's error overlay: in every open page
 * at once, and in each page opened while they remain. When they are fixed, the
 * pages reload. The terminal gets the same list.
 */
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { createRecheck } from '../check/dev-recheck.ts';
import { isInside, overlayError, ProblemReport } from '../check/dev-report.ts';
import { ContentError, type Problem } from '../check/problems.ts';

export interface DevContentOptions {
  /** `ws` is Vite's channel to the pages; Astro renders the `error` payloads sent on it as its overlay. */
  server: Pick<ViteDevServer, 'watcher' | 'ws'>;
  root: string;
  /** The absolute content folders. */
  dirs: readonly string[];
  /** What the check found when the server started. */
  initial: readonly Problem[];
  check: () => Promise<Problem[]>;
  logger: Pick<AstroIntegrationLogger, 'info' | 'error'>;
  /** How long changes must pause before the check runs again, in ms. */
  delay?: number;
}

/** Starts watching; the function it returns stops. */
export function showContentProblems({ server, root, dirs, initial, check, logger, delay = 150 }: DevContentOptions): () => void {
  const report = new ProblemReport();
  report.update(initial);
  const show = () => server.ws.send({ type: 'error', err: overlayError(report.problems, root) });

  const recheck = createRecheck({
    delay,
    async run() {
      const change = report.update(await check());
      if (change === 'show') {
        logger.error(new ContentError([...report.problems]).message);
        show();
      } else if (change === 'clear') {
        logger.info('the content problems are fixed');
        server.ws.send({ type: 'full-reload', path: '*' });
      }
    },
    onError: (error) => logger.error(`the content check failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  });

  const onFile = (path: string) => {
    if (isInside(path, dirs)) recheck.schedule();
  };
  // A page loaded after the problems were sent (or reloaded by the content layer) would not show them otherwise.
  const onConnect = () => {
    if (report.problems.length) show();
  };
  const events = ['add', 'change', 'unlink'] as const;
  for (const event of events) server.watcher.on(event, onFile);
  server.ws.on('vite:client:connect', onConnect);
  return () => {
    recheck.stop();
    for (const event of events) server.watcher.off(event, onFile);
    server.ws.off('vite:client:connect', onConnect);
  };
}
