/**
 * The content check's problems as the dev server shows them in the browser
 * (src/integrations/dev-content.ts): one error for Astro's error overlay, in
 * the words `npm run check` prints, and whether a new check changed what is
 * shown.
 */
import { isAbsolute, join, relative, sep } from 'node:path';
import { formatProblem, sortProblems, type Problem } from './problems.ts';

/**
 * The `err` of a Vite error payload, which Astro's overlay shows. A plain
 * object, not an Error: Astro swaps the hint of any error whose text mentions
 * `document` or `window` for advice about browser APIs.
 */
export interface OverlayError {
  name: string;
  title: string;
  /** One problem per line, exactly as `npm run check` prints them. */
  message: string;
  hint: string;
  /** The first problem's place that has a line: the overlay shows that file around it. */
  loc?: { file: string; line: number; column: number };
  /** The overlay's stack box; empty, as the place of each problem is in the message. */
  stack: string;
}

const count = (n: number) => `${n} content problem${n === 1 ? '' : 's'}`;

/** The overlay's error for a list of problems, found in the project at `root`. */
export function overlayError(problems: readonly Problem[], root: string): OverlayError {
  const sorted = sortProblems([...problems]);
  const placed = sorted.find((p) => p.line !== undefined);
  return {
    name: 'ContentError',
    title: count(sorted.length),
    message: sorted.map(formatProblem).join('\n'),
    hint: 'Fix the file and save it: this goes away when the content check passes. `npm run check` prints the same list.',
    ...(placed && { loc: { file: join(root, placed.file), line: placed.line!, column: placed.column ?? 1 } }),
    stack: '',
  };
}

/** What a new check means for what the browser shows. */
export type ReportChange = 'show' | 'clear' | 'unchanged';

/** The problems last shown, so that a check which finds the same ones changes nothing on screen. */
export class ProblemReport {
  #problems: Problem[] = [];
  #key = '';

  /** The problems shown now: none when the content passes. */
  get problems(): readonly Problem[] {
    return this.#problems;
  }

  /** Takes the latest check's problems: `show` when they differ from those shown, `clear` when the last are fixed. */
  update(problems: readonly Problem[]): ReportChange {
    const sorted = sortProblems([...problems]);
    const key = sorted.map(formatProblem).join('\n');
    if (key === this.#key) return 'unchanged';
    this.#problems = sorted;
    this.#key = key;
    return sorted.length ? 'show' : 'clear';
  }
}

/** Whether `path` is inside one of the absolute folders `dirs`. */
export function isInside(path: string, dirs: readonly string[]): boolean {
  return dirs.some((dir) => {
    const rel = relative(dir, path);
    return rel !== '' && rel.split(sep)[0] !== '..' && !isAbsolute(rel);
  });
}
