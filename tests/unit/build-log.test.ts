import type { AstroLoggerMessage } from 'astro';
import { describe, expect, it } from 'vitest';
import { batchRouteLines, isRouteLine } from '../../src/lib/build-log.ts';

const info = (label: string | null, message: string, newLine = true): AstroLoggerMessage => ({ label, level: 'info', message, newLine });

/** Two lines per page, as Astro's build writes them. */
function page(path: string, after = '(+2ms)'): AstroLoggerMessage[] {
  return [info(null, `  ├─ ${path}`, false), info('SKIP_FORMAT', ` ${after} `)];
}

describe('batchRouteLines', () => {
  it('writes the pages’ lines, in batches, before the next message, in the order they came', () => {
    const log: string[] = [];
    const destination = batchRouteLines({ write: (m) => log.push(`next:${m.message}`) }, (text) => log.push(`batch:${text}`));
    destination.write(info('build', 'generating static routes'));
    for (const m of [...page('/a/'), ...page('/b/', '(cached)')]) destination.write(m);
    expect(log).toEqual(['next:generating static routes']);
    destination.write(info(null, '✓ Completed in 1.2s.'));
    expect(log).toEqual(['next:generating static routes', 'batch:  ├─ /a/ (+2ms) \n  ├─ /b/ (cached) \n', 'next:✓ Completed in 1.2s.']);
  });

  it('writes a batch once it is full, and what is left when flushed', () => {
    const batches: string[] = [];
    const destination = batchRouteLines({ write: () => {} }, (text) => batches.push(text));
    for (let i = 0; i < 401; i++) for (const m of page(`/p${i}/`)) destination.write(m);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.split('\n')).toHaveLength(401);
    destination.flush();
    expect(batches[1]).toBe('  ├─ /p400/ (+2ms) \n');
  });

  it('passes warnings, errors and other unformatted lines straight on', () => {
    const passed: string[] = [];
    const destination = batchRouteLines({ write: (m) => passed.push(m.message) }, () => {});
    destination.write({ label: 'build', level: 'warn', message: 'slow ├─ page', newLine: true });
    destination.write(info('SKIP_FORMAT', ' generating optimized images '));
    expect(passed).toEqual(['slow ├─ page', ' generating optimized images ']);
  });
});

describe('isRouteLine', () => {
  it('is a page’s route, or what ends its line, coloured or not', () => {
    expect(isRouteLine(info(null, '  ├─ /a/', false))).toBe(true);
    expect(isRouteLine(info('SKIP_FORMAT', ' (cached) '))).toBe(true);
    expect(isRouteLine(info('SKIP_FORMAT', ' \x1b[2m(+12ms)\x1b[22m '))).toBe(true);
    expect(isRouteLine(info('SKIP_FORMAT', ' \x1b[32m(restored)\x1b[39m'))).toBe(true);
    expect(isRouteLine(info(null, '  ├─ /a/'))).toBe(false);
    expect(isRouteLine(info('SKIP_FORMAT', ' generating optimized images '))).toBe(false);
  });
});
