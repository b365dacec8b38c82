/**
 * Astro's log destination, with the two lines it writes per page batched.
 *
 * A build writes `├─ /path/` and `(+2ms)` or `(cached)` for every page: at
 * 10,000 briefings, 22,000 synchronous writes to a pipe, each first line with a
 * formatted timestamp (3–4 % of rendering, BENCHMARKS.md, issue #18). Those
 * lines are kept, without the timestamp, and written in batches; every other
 * message goes to Astro's own Node destination after the batch before it, so
 * the order of the log is unchanged.
 */
import type { AstroLoggerDestination, AstroLoggerLevel, AstroLoggerMessage } from 'astro';
import nodeDestination from 'astro/logger/node';

/** Enough lines to make writes rare, few enough that progress still shows. */
const BATCH_LINES = 400;
const ROUTE = /[├└]─/;
/** What ends a page's line: its render time, or that it came from the incremental cache (colours or not). */
const ROUTE_END = /^\s*(?:\x1b\[[\d;]*m)*\((?:\+\d|cached\)|restored\))/;

/**
 * Whether a message is part of a page's line: the route, or what ends it. Pages render
 * four at a time, so routes and their ends interleave, as they do in Astro's own log.
 */
export function isRouteLine(message: AstroLoggerMessage): boolean {
  if (message.level !== 'info') return false;
  if (message.label === null) return !message.newLine && ROUTE.test(message.message);
  return message.label === 'SKIP_FORMAT' && ROUTE_END.test(message.message);
}

export interface BatchedDestination extends AstroLoggerDestination {
  flush(): void;
}

/** Route lines into `writeOut` in batches; everything else to `next`, in order. */
export function batchRouteLines(next: AstroLoggerDestination, writeOut: (text: string) => void): BatchedDestination {
  let pending: string[] = [];
  let lines = 0;
  const flush = () => {
    if (pending.length === 0) return;
    writeOut(pending.join(''));
    pending = [];
    lines = 0;
  };
  return {
    write(message) {
      if (isRouteLine(message)) {
        pending.push(message.newLine ? `${message.message}\n` : message.message);
        if (message.newLine && ++lines >= BATCH_LINES) flush();
        return;
      }
      flush();
      next.write(message);
    },
    flush,
  };
}

export default function buildLog(options: { level?: AstroLoggerLevel } = {}): AstroLoggerDestination {
  const destination = batchRouteLines(nodeDestination(options), (text) => process.stdout.write(text));
  process.once('exit', destination.flush);
  return destination;
}
