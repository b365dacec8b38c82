import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecheck } from '../../src/check/dev-recheck.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A check that takes `ms` and records when each run started and ended. */
function slowCheck(ms: number) {
  const log: string[] = [];
  let runs = 0;
  const run = async () => {
    const n = ++runs;
    log.push(`start ${n} at ${Date.now()}`);
    await new Promise((resolve) => setTimeout(resolve, ms));
    log.push(`end ${n} at ${Date.now()}`);
  };
  return { log, run };
}

describe('createRecheck', () => {
  it('runs once, when the changes have paused for the delay', async () => {
    vi.setSystemTime(0);
    const check = slowCheck(10);
    const recheck = createRecheck({ delay: 100, run: check.run, onError: () => {} });
    recheck.schedule();
    await vi.advanceTimersByTimeAsync(60);
    recheck.schedule();
    await vi.advanceTimersByTimeAsync(60);
    recheck.schedule();
    expect(check.log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(check.log).toEqual(['start 1 at 220', 'end 1 at 230']);
  });

  it('never runs twice at once: a change during a run runs again after it', async () => {
    vi.setSystemTime(0);
    const check = slowCheck(500);
    const recheck = createRecheck({ delay: 100, run: check.run, onError: () => {} });
    recheck.schedule();
    await vi.advanceTimersByTimeAsync(200);
    recheck.schedule();
    recheck.schedule();
    await vi.advanceTimersByTimeAsync(2000);
    expect(check.log).toEqual(['start 1 at 100', 'end 1 at 600', 'start 2 at 700', 'end 2 at 1200']);
  });

  it('reports a failed run and runs again on the next change', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const recheck = createRecheck({
      delay: 10,
      run: async () => {
        if (++runs === 1) throw new Error('unreadable');
      },
      onError: (error) => errors.push(error),
    });
    recheck.schedule();
    await vi.advanceTimersByTimeAsync(10);
    expect(errors).toEqual([new Error('unreadable')]);
    recheck.schedule();
    await vi.advanceTimersByTimeAsync(10);
    expect(runs).toBe(2);
  });

  it('runs nothing after stop', async () => {
    const check = slowCheck(0);
    const recheck = createRecheck({ delay: 10, run: check.run, onError: () => {} });
    recheck.schedule();
    recheck.stop();
    recheck.schedule();
    await vi.advanceTimersByTimeAsync(100);
    expect(check.log).toEqual([]);
  });
});
