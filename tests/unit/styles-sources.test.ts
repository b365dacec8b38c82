import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve('src');
const stylesheet = join(src, 'styles', 'global.css');

/** The folders and files global.css tells Tailwind to scan, relative to src/. */
function scanned(): string[] {
  const css = readFileSync(stylesheet, 'utf8');
  return [...css.matchAll(/^@source '([^']+)';/gm)].map((m) => relative(src, resolve(join(src, 'styles'), m[1]!)));
}

/** TypeScript under src/ that writes class names into markup (hast's className, HTML's class=, the DOM's classList). */
function filesWritingClasses(): string[] {
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.startsWith('content'))
    .filter((file) => /\bclassName\b|\bclass=|\bclassList\b|\bclass: /.test(readFileSync(join(src, file), 'utf8')));
}

describe('the stylesheet’s sources', () => {
  it('cover every component and every module that writes class names, so none of their utilities is left out', () => {
    const sources = scanned();
    expect(sources).toContain('**/*.astro');
    const uncovered = filesWritingClasses().filter((file) => !sources.some((source) => file === source || file.startsWith(`${source}/`)));
    expect(uncovered).toEqual([]);
    expect(filesWritingClasses().length).toBeGreaterThanOrEqual(5);
  });
});
