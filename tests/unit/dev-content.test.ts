import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Problem } from '../../src/check/problems.ts';
import { showContentProblems, type DevContentOptions } from '../../src/integrations/dev-content.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const root = '/project';
const briefings = join(root, 'src/content/briefings');
const briefing = join(briefings, '2024-11-04-troops.mdx');
const problem: Problem = {
  file: 'src/content/briefings/2024-11-04-troops.mdx',
  line: 5,
  column: 11,
  rule: 'reference/unknown-actor',
  message: 'unknown actor `x` in `actors[0]`',
};

/** A dev server's watcher and page channel, recording what is sent to the pages. */
function fakeServer() {
  const watcher = new EventEmitter();
  const channel = new EventEmitter();
  const sent: { type: string; err?: { message: string } }[] = [];
  const ws = { send: (payload: { type: string }) => sent.push(payload), on: channel.on.bind(channel), off: channel.off.bind(channel) };
  return { watcher, channel, sent, server: { watcher, ws } as unknown as DevContentOptions['server'] };
}

function start(found: Problem[][], initial: Problem[] = []) {
  const fake = fakeServer();
  const logged: string[] = [];
  const check = vi.fn(async () => found.shift() ?? []);
  const logger = { info: (m: string) => logged.push(`info ${m}`), error: (m: string) => logged.push(`error ${m}`) };
  const stop = showContentProblems({ server: fake.server, root, dirs: [briefings], initial, check, logger, delay: 50 });
  return { ...fake, check, logged, stop };
}

describe('showContentProblems', () => {
  it('checks again when a content file changes, and shows the problems in the pages and the terminal', async () => {
    const dev = start([[problem]]);
    dev.watcher.emit('change', briefing);
    await vi.advanceTimersByTimeAsync(50);
    expect(dev.check).toHaveBeenCalledTimes(1);
    expect(dev.sent).toEqual([{ type: 'error', err: expect.objectContaining({ message: expect.stringContaining('reference/unknown-actor') }) }]);
    expect(dev.logged).toEqual([
      expect.stringMatching(/^error 1 content problem:\nsrc\/content\/briefings\/2024-11-04-troops.mdx:5:11  reference\/unknown-actor/),
    ]);
  });

  it('ignores changes outside the content folders', async () => {
    const dev = start([[problem]]);
    dev.watcher.emit('change', join(root, 'src/pages/index.astro'));
    await vi.advanceTimersByTimeAsync(100);
    expect(dev.check).not.toHaveBeenCalled();
  });

  it('sends nothing again for the same problems, and reloads the pages when they are fixed', async () => {
    const dev = start([[problem], []], [problem]);
    dev.watcher.emit('add', briefing);
    await vi.advanceTimersByTimeAsync(50);
    expect(dev.sent).toEqual([]);
    dev.watcher.emit('unlink', briefing);
    await vi.advanceTimersByTimeAsync(50);
    expect(dev.sent).toEqual([{ type: 'full-reload', path: '*' }]);
    expect(dev.logged).toEqual(['info the content problems are fixed']);
  });

  it('shows the problems to each page that connects while they remain, those of the start included', async () => {
    const dev = start([[]], [problem]);
    dev.channel.emit('vite:client:connect');
    expect(dev.sent).toEqual([{ type: 'error', err: expect.objectContaining({ title: '1 content problem' }) }]);
    dev.watcher.emit('change', briefing);
    await vi.advanceTimersByTimeAsync(50);
    dev.channel.emit('vite:client:connect');
    expect(dev.sent.map((p) => p.type)).toEqual(['error', 'full-reload']);
  });

  it('stops watching', async () => {
    const dev = start([[problem]], [problem]);
    dev.stop();
    dev.watcher.emit('change', briefing);
    dev.channel.emit('vite:client:connect');
    await vi.advanceTimersByTimeAsync(100);
    expect(dev.check).not.toHaveBeenCalled();
    expect(dev.sent).toEqual([]);
  });
});
