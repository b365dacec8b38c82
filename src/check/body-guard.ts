/**
 * A body the MDX parser must not be given. Sätteri parses a `{…}` expression
 * in time that doubles with each JSX tag left open inside it (25 tags: over
 * 10 s; 40: days), in native code that nothing can interrupt. A briefing may
 * hold no expression at all (mdx/no-expression), so an expression holding
 * more than a few tags is refused here, before parsing, under that rule; any
 * other expression is left to the parser, which says exactly what is wrong.
 */
import type { Violation } from '../render/mdx-policy.ts';
import { lineColumn } from './characters.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { normaliseText } from './text.ts';

/** Tags an expression may hold before it is refused unparsed: 8 take the parser under a millisecond. */
const MAX_TAGS = 8;
/** The start of a JSX tag or fragment: `<` and a name's first character (`<a`, `<_a`, `<$a`, `<Ω`) or `>`. */
const TAG = /<[\p{ID_Start}_$>]/gu;

/**
 * The violation of a body that would take the parser too long, or undefined
 * when it can be parsed. Braces in code count too: telling code from an
 * expression takes the parser, and a guess that hid an expression would let
 * the parser hang.
 */
export function unparseableBody(text: string): Violation | undefined {
  const split = splitFrontmatter(text);
  const body = split ? split.body : normaliseText(text);
  const bodyLine = split ? split.bodyLine : 1;
  for (let start = body.indexOf('{'); start !== -1; start = body.indexOf('{', start + 1)) {
    if (isEscaped(body, start)) continue;
    const end = closingBrace(body, start);
    const tags = body.slice(start, end).match(TAG)?.length ?? 0;
    if (tags > MAX_TAGS) {
      const { line, column } = lineColumn(body, start);
      return {
        rule: 'mdx/no-expression',
        message: `\`{…}\` expressions are not allowed in a briefing, and this one holds ${tags} tags, too many to read`,
        hint: 'Write the text itself; to show a literal brace, escape it as `\\{`.',
        line: line + bodyLine - 1,
        column,
      };
    }
    // The braces inside were counted with this one; going on after it keeps the scan linear.
    start = end - 1;
  }
  return undefined;
}

function isEscaped(text: string, index: number): boolean {
  let slashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}

/** The index just past the `}` that closes the brace at `start`, or the end of the text. */
function closingBrace(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}
