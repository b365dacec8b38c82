import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { childProcesses, deprioritizeChildren } from '../../src/lib/process-priority.ts';

const children: ChildProcess[] = [];
afterEach(async () => {
  await Promise.all(children.splice(0).map((child) => new Promise((exited) => child.once('exit', exited).kill())));
});

function sleeper(): number {
  const child = spawn('sleep', ['30'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

/** The niceness of a process's main thread: field 19 of /proc/<pid>/stat. */
function niceOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

// The priority is set through /proc, so on Linux only (CI and the deploy run there); elsewhere the build just does without it.
describe.runIf(process.platform === 'linux')('deprioritizeChildren on Linux', () => {
  it('finds this process’s children by command name, and only those', () => {
    const pid = sleeper();
    expect(childProcesses(process.pid, 'sleep')).toEqual([pid]);
    expect(childProcesses(process.pid, 'pagefind')).toEqual([]);
    expect(childProcesses(1, 'sleep')).not.toContain(pid);
  });

  it('lowers the priority of every thread of the matching children', () => {
    const pid = sleeper();
    expect(niceOf(pid)).toBe(0);
    expect(deprioritizeChildren('sleep', 7)).toBe(1);
    expect(niceOf(pid)).toBe(7);
    expect(niceOf(process.pid)).toBe(0);
  });

  it('changes nothing when no child matches', () => {
    sleeper();
    expect(deprioritizeChildren('no-such-command')).toBe(0);
  });
});
