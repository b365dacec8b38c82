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

describe('the long-text stylesheet (prose.css)', () => {
  const named = (readFileSync(join(src, 'styles', 'prose.css'), 'utf8').match(/^@source inline\('([^']+)'\);/m)?.[1] ?? '').split(' ');
  const components = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.astro'));
  /** Class tokens that are the typography plugin's: prose, prose-*, and those under a variant (dark:prose-invert). */
  const proseClasses = (file: string) =>
    [...readFileSync(join(src, file), 'utf8').matchAll(/(?<![\w-])(?:[\w-]+:)*prose(?:-[\w:-]+)?(?![\w-])/g)].map((m) => m[0]);

  it('names every typography class the components use, since it does not scan for them', () => {
    const used = new Set(components.flatMap(proseClasses));
    expect(used.size).toBeGreaterThanOrEqual(5);
    expect([...used].filter((name) => !named.includes(name))).toEqual([]);
  });

  it('is loaded by the Prose component, the only one that sets the prose class itself', () => {
    const settingProse = components.filter((file) => proseClasses(file).some((name) => ['prose', 'prose-neutral', 'dark:prose-invert'].includes(name)));
    expect(settingProse).toEqual([join('components', 'Prose.astro')]);
    expect(readFileSync(join(src, 'components', 'Prose.astro'), 'utf8')).toContain("import '../styles/prose.css';");
    expect(readFileSync(stylesheet, 'utf8')).not.toContain('@tailwindcss/typography');
  });
});
