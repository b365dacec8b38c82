import { printable } from './characters.ts';

/** A mistake found in a content file, reported the same way by the build and by `npm run check`. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  column?: number;
  /** A stable rule id, documented in CONTRIBUTING.md. */
  rule: string;
  message: string;
  /** How to fix it, in one sentence. */
  hint?: string;
}

/** One line: a file name or a message may quote a hostile file, whose control or invisible characters are shown as code points. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line, p.line === undefined ? undefined : (p.column ?? 1)].filter((part) => part !== undefined).join(':');
  return printable([where, p.rule, p.message, p.hint].filter(Boolean).join('  '));
}

/** One GitHub Actions workflow command, so the problem shows on the pull request's diff. */
export function githubAnnotation(p: Problem): string {
  const props = [`file=${p.file}`];
  if (p.line !== undefined) props.push(`line=${p.line}`, `col=${p.column ?? 1}`);
  props.push(`title=${p.rule}`);
  const text = p.hint ? `${p.message} ${p.hint}` : p.message;
  return `::error ${props.map((prop) => escapeProperty(shownText(prop))).join(',')}::${escapeData(shownText(text))}`;
}

/** Control and invisible characters as code points; line breaks are kept, as the workflow command escapes them. */
function shownText(text: string): string {
  return text.replace(/[^\r\n]+/g, printable);
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * Thrown by the build with every problem at once, so a contributor fixes them
 * in one pass. It has no stack: it reports the content, not a fault in the
 * code, and Astro prints the stack of an error that has one under the problems.
 */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const sorted = sortProblems(problems);
    const count = `${sorted.length} content problem${sorted.length === 1 ? '' : 's'}`;
    super(`${count}:\n${sorted.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = sorted;
    this.stack = '';
  }
}
