/**
 * Runs a command and measures it: wall time, each output line stamped with the
 * second it appeared (to split a build into phases), the peak memory of the
 * whole process tree (sampled from /proc) and of its largest process (from
 * GNU time's "Maximum resident set size", when /usr/bin/time exists).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface Line {
  /** Seconds since the command started. */
  t: number;
  text: string;
}

export interface RunResult {
  code: number;
  seconds: number;
  lines: Line[];
  /** Peak of the summed resident memory of the process and all its descendants, in bytes (0 if /proc is unavailable). */
  peakTreeRss: number;
  /** Peak resident memory of the largest single process, in bytes (from GNU time; 0 if unavailable). */
  maxProcessRss: number;
  /** Memory samples every 100 ms: seconds since start, summed RSS of the tree, RSS of its largest process. */
  samples: { t: number; tree: number; largest: number }[];
  /** Peak resident memory of a single process, by command name (`node`, `pagefind_extend`…), sampled. */
  peakByCommand: Record<string, number>;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Called with every line as it appears (progress output). */
  onLine?: (line: Line) => void;
}

const TIME = '/usr/bin/time';
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const PAGE_SIZE = 4096;

export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const timed = existsSync(TIME);
  const started = performance.now();
  const child = timed
    ? spawn(TIME, ['-v', command, ...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Line[] = [];
  let peakTreeRss = 0;
  const samples: RunResult['samples'] = [];
  const peakByCommand: Record<string, number> = {};
  const sample = () => {
    if (!child.pid) return;
    const { total, largest, byCommand } = treeMemory(child.pid);
    peakTreeRss = Math.max(peakTreeRss, total);
    for (const [name, rss] of byCommand) peakByCommand[name] = Math.max(peakByCommand[name] ?? 0, rss);
    samples.push({ t: (performance.now() - started) / 1000, tree: total, largest });
  };
  const timer = setInterval(sample, 100);

  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const part of parts) push(part);
    });
    stream.on('end', () => rest && push(rest));
  };
  const push = (raw: string) => {
    const line = { t: (performance.now() - started) / 1000, text: raw.replace(ANSI, '').replace(/\r/g, '') };
    lines.push(line);
    options.onLine?.(line);
  };
  collect(child.stdout!);
  collect(child.stderr!);

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      let maxProcessRss = 0;
      if (timed) {
        const found = lines.find((l) => /Maximum resident set size \(kbytes\):/.test(l.text));
        if (found) maxProcessRss = Number(found.text.split(':').pop()!.trim()) * 1024;
      }
      // GNU time's report is not the command's output.
      const own = timed ? lines.filter((l) => !/^\t/.test(l.text) && !/^Command (exited|terminated)/.test(l.text)) : lines;
      const status = timed
        ? Number(
            lines
              .find((l) => /^\tExit status:/.test(l.text))
              ?.text.split(':')
              .pop()
              ?.trim() ??
              code ??
              1,
          )
        : (code ?? 1);
      resolve({ code: status, seconds, lines: own, peakTreeRss, maxProcessRss, samples, peakByCommand });
    });
  });
}

/** Summed RSS of `pid` and every descendant, the RSS of the largest of them, and the largest by command name, from /proc. */
export function treeMemory(pid: number): { total: number; largest: number; byCommand: Map<string, number> } {
  let entries: string[];
  const byCommand = new Map<string, number>();
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return { total: 0, largest: 0, byCommand };
  }
  const children = new Map<number, number[]>();
  const names = new Map<number, string>();
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      // The command name may contain spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      names.set(Number(e), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
      const list = children.get(ppid) ?? [];
      list.push(Number(e));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  let largest = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const rss = Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      total += rss;
      largest = Math.max(largest, rss);
      const name = names.get(p) ?? '?';
      byCommand.set(name, Math.max(byCommand.get(name) ?? 0, rss));
    } catch {
      // Gone.
    }
    stack.push(...(children.get(p) ?? []));
  }
  return { total, largest, byCommand };
}

/** The first line matching `pattern`, or undefined. */
export function findLine(lines: readonly Line[], pattern: RegExp): Line | undefined {
  return lines.find((l) => pattern.test(l.text));
}
