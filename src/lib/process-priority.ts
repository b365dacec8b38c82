/**
 * Lowers the CPU priority of a process's children, so that work a build does
 * on the side (the search index) yields the cores to the work it waits for
 * (rendering the pages). Linux only, through /proc; elsewhere, or without
 * permission, it changes nothing and says so by returning 0.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The ids of `parent`'s child processes whose command name starts with `name`. */
export function childProcesses(parent: number, name: string): number[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  return pids.flatMap((pid) => {
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return ppid === parent && comm.startsWith(name) ? [Number(pid)] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Gives every thread of the matching children the niceness `nice` (Linux
 * applies it per thread, and threads started later inherit it). Returns how
 * many threads were changed.
 */
export function deprioritizeChildren(name: string, nice = 10, parent = process.pid): number {
  let changed = 0;
  for (const pid of childProcesses(parent, name)) {
    let threads: string[];
    try {
      threads = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of threads) {
      try {
        setPriority(Number(tid), nice);
        changed++;
      } catch {
        // Gone already, or not ours to change: the build is only slower, not wrong.
      }
    }
  }
  return changed;
}
