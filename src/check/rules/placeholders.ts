/**
 * briefing/placeholder: a briefing that is not a draft carries none of the
 * placeholders `npm run new` and `npm run ingest` write. They are valid
 * values, so that a new skeleton or draft checks clean while it is a draft;
 * without this rule, deleting `draft: true` would publish it as it is. The
 * marker comes from the scaffold, and what a marker such as `TODO(source)`
 * needs from src/lib/review-markers.ts, so they cannot drift apart.
 */
import { MARKER_PATTERN, needOf } from '../../lib/review-markers.ts';
import { fieldPath } from '../field-path.ts';
import { splitFrontmatter, type Locate } from '../frontmatter.ts';
import type { Problem } from '../problems.ts';

const HINT = 'Replace it with the real text, or put `draft: true` back until the briefing is ready.';

/** Every field and body line of a published briefing that still holds a placeholder, each at its place; a body line, at each of its markers. */
export function placeholderProblems(file: string, data: { draft: boolean }, text: string, locate: Locate): Problem[] {
  if (data.draft || !new RegExp(MARKER_PATTERN.source).test(text)) return [];
  const problems: Problem[] = [];
  for (const { path, value } of strings(data)) {
    const [marker] = value.matchAll(MARKER_PATTERN);
    if (marker) problems.push({ file, ...locate(path), rule: 'briefing/placeholder', ...wording(`\`${fieldPath(path)}\``, value, marker) });
  }
  const split = splitFrontmatter(text);
  split?.body.split('\n').forEach((line, i) => {
    for (const marker of line.matchAll(MARKER_PATTERN))
      problems.push({ file, line: split.bodyLine + i, column: marker.index + 1, rule: 'briefing/placeholder', ...wording('the body', line, marker) });
  });
  return problems;
}

/** The message and hint for one marker: what it needs, when it says, with the words it stands after. */
function wording(where: string, text: string, marker: RegExpExecArray): { message: string; hint: string } {
  const need = needOf(marker[1]);
  if (!need) return { message: `${where} still holds a placeholder: “${excerpt(text, marker.index)}”`, hint: HINT };
  const end = marker.index + marker[0].length + (text[marker.index + marker[0].length] === ']' ? 1 : 0);
  const before = text.slice(0, marker.index).replace(/[\s[]+$/, '');
  return { message: `${where} still ${need.says}: “${before ? lead(text.slice(0, end)) : excerpt(text, marker.index)}”`, hint: need.hint };
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

/** The end of `text`, from a word about 50 characters before it: the words a marker stands after. */
function lead(text: string): string {
  if (text.length <= 58) return text;
  const cut = text.indexOf(' ', text.length - 50);
  return `…${text.slice(cut > 0 ? cut + 1 : text.length - 50)}`;
}
