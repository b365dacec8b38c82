/** What a build's log says of its time and memory, phase by phase: the figures `npm run bench` prints. */
import { findLine, type RunResult } from './run.ts';

export interface BuildFigures {
  seconds: number;
  /** The build without the time it spent waiting for the search index once the pages were written. */
  siteSeconds: number;
  /** Pagefind's own timing, from its log line (it runs while the pages render); undefined when it does not log one. */
  indexSeconds?: number;
  /** How long the build waited for Pagefind after rendering. */
  indexWaitSeconds?: number;
  phases: Record<string, number>;
  /** Peak memory during each phase that has a start and an end: of the process tree and of its largest process. */
  memory: Record<string, { tree: number; largest: number }>;
  peakTreeRss: number;
  maxProcessRss: number;
  /** Peak memory of a single process by command name: Astro is `node`, Pagefind `pagefind_extend`. */
  peakByCommand: Record<string, number>;
}

/** Splits a build into phases by the log lines Astro and the integrations print. */
export function buildFigures(result: RunResult): BuildFigures {
  const at = (pattern: RegExp) => findLine(result.lines, pattern)?.t;
  const ms = (pattern: RegExp) => {
    const m = findLine(result.lines, pattern)?.text.match(pattern);
    return m ? Number(m[1]) / 1000 : undefined;
  };
  const indexLine = findLine(result.lines, /\[sitrep:pagefind\].* in (\d+(?:\.\d+)?) ?(ms|s)\b/);
  const indexMatch = indexLine?.text.match(/ in (\d+(?:\.\d+)?) ?(ms|s)\b/);
  const indexSeconds = indexMatch ? Number(indexMatch[1]) / (indexMatch[2] === 'ms' ? 1000 : 1) : undefined;
  const indexWaitSeconds = indexLine ? Number(indexLine.text.match(/waited (\d+) ms/)?.[1] ?? 0) / 1000 : undefined;
  const syncStart = at(/\[content\] Syncing content/);
  const syncEnd = at(/\[content\] Synced content/);
  const generate = at(/generating static routes/);
  const generated = result.lines.find((l) => generate !== undefined && l.t >= generate && /Completed in|page\(s\) built/.test(l.text))?.t;
  const done = at(/\[build\] (Complete!|\d+ page\(s\) built)/);
  const phases: Record<string, number> = {};
  const memory: Record<string, { tree: number; largest: number }> = {};
  const put = (name: string, from?: number, to?: number) => {
    if (from === undefined || to === undefined || to < from) return;
    phases[name] = to - from;
    const inside = result.samples.filter((m) => m.t >= from && m.t <= to);
    memory[name] = { tree: Math.max(0, ...inside.map((m) => m.tree)), largest: Math.max(0, ...inside.map((m) => m.largest)) };
  };
  put('startup + content check', 0, syncStart);
  const check = ms(/content-guard\].*checked .* in (\d+) ?ms/);
  if (check !== undefined) phases['content check'] = check;
  put('content layer sync', syncStart, syncEnd);
  put('vite build', syncEnd, generate);
  put('render pages', generate, generated);
  put('after render (hooks: sitemap, search index, audit)', generated ?? done, result.seconds);
  if (indexSeconds !== undefined) phases['search index (Pagefind)'] = indexSeconds;
  const audit = ms(/site-audit\].* in (\d+) ?ms/);
  if (audit !== undefined) phases['post-build audit'] = audit;
  return {
    seconds: result.seconds,
    siteSeconds: result.seconds - (indexWaitSeconds ?? 0),
    indexSeconds,
    indexWaitSeconds,
    phases,
    memory,
    peakTreeRss: result.peakTreeRss,
    maxProcessRss: result.maxProcessRss,
    peakByCommand: result.peakByCommand,
  };
}
