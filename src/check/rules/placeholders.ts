/**
 * briefing/placeholder: a briefing that is not a draft carries none of the
 * placeholders `npm run new` writes. They are valid values, so that a new
 * skeleton checks clean while it is a draft; without this rule, deleting
 * `draft: true` would publish it as it is. The marker comes from the
 * scaffold, so the two cannot drift apart.
 */
import { PLACEHOLDER_MARKER } from '../../lib/scaffold.ts';
import { fieldPath } from '../field-path.ts';
import { splitFrontmatter, type Locate } from '../frontmatter.ts';
import type { Problem } from '../problems.ts';

const MARKER = new RegExp(`\\b${PLACEHOLDER_MARKER}\\b`);
const HINT = 'Replace it with the real text, or put `draft: true` back until the briefing is ready.';

/** Every field and body line of a published briefing that still holds a placeholder, each at its place. */
export function placeholderProblems(file: string, data: { draft: boolean }, text: string, locate: Locate): Problem[] {
  if (data.draft || !MARKER.test(text)) return [];
  const problems: Problem[] = [];
  for (const { path, value } of strings(data)) {
    const at = value.search(MARKER);
    if (at !== -1)
      problems.push({
        file,
        ...locate(path),
        rule: 'briefing/placeholder',
        message: `\`${fieldPath(path)}\` still holds a placeholder: “${excerpt(value, at)}”`,
        hint: HINT,
      });
  }
  const split = splitFrontmatter(text);
  split?.body.split('\n').forEach((line, i) => {
    const at = line.search(MARKER);
    if (at !== -1)
      problems.push({
        file,
        line: split.bodyLine + i,
        column: at + 1,
        rule: 'briefing/placeholder',
        message: `the body still holds a placeholder: “${excerpt(line, at)}”`,
        hint: HINT,
      });
  });
  return problems;
}

/** Every string in checked front matter, with its path. */
function strings(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

/** The placeholder from its marker on, cut at a word after about 40 characters. */
function excerpt(text: string, at: number): string {
  const rest = text.slice(at);
  if (rest.length <= 48) return rest;
  const cut = rest.lastIndexOf(' ', 40);
  return `${rest.slice(0, cut > 0 ? cut : 40)}…`;
}
