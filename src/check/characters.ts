/**
 * Characters a content file must not carry, or not in a name: control
 * characters, and the invisible ones (zero-width characters and bidirectional
 * formatting) that make two ids or names look the same while they differ, or
 * reorder how a line is shown. Also how to print such a character, so that a
 * problem line shows it rather than being garbled by it.
 */

/** Control characters (C0, DEL, C1) other than tab, line feed and carriage return. */
const CONTROL = /[^\P{Cc}\t\n\r]/u;

/** Zero-width characters and bidirectional embeddings, overrides and isolates, by name. */
const INVISIBLE_NAMES: Readonly<Record<number, string>> = {
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x2060: 'word joiner',
  0xfeff: 'zero width no-break space',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

const INVISIBLE_CHARS = Object.keys(INVISIBLE_NAMES)
  .map((cp) => `\\u{${Number(cp).toString(16)}}`)
  .join('');
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'u');
/** What printable() shows as a code point: every control character and the invisible ones. */
const HIDDEN = new RegExp(`[\\p{Cc}${INVISIBLE_CHARS}]`, 'gu');

/** `U+200B`: how a code point is written. */
function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The character as a contributor can find it: `U+202E (right-to-left override)`. */
export function describeCharacter(char: string): string {
  const name = INVISIBLE_NAMES[char.codePointAt(0)!];
  return name ? `${codePoint(char)} (${name})` : codePoint(char);
}

/** The first control character in `text` other than tab, LF and CR, with its index. */
export function findControl(text: string): { char: string; index: number } | undefined {
  const match = CONTROL.exec(text);
  return match ? { char: match[0], index: match.index } : undefined;
}

/** The first zero-width or bidirectional formatting character in `text`, with its index. */
export function findInvisible(text: string): { char: string; index: number } | undefined {
  const match = INVISIBLE.exec(text);
  return match ? { char: match[0], index: match.index } : undefined;
}

/** 1-based line and column of `index` in `text` (columns count UTF-16 units, as the parsers do). */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: index - start + 1 };
}

/**
 * Text as it may be printed on one line of a terminal or a pull request: line
 * breaks and tabs become spaces, and any other control or invisible character
 * its code point in angle brackets (`<U+202E>`), so that a hostile name can
 * neither reorder nor hide part of a problem line.
 */
export function printable(text: string): string {
  return text.replace(HIDDEN, (char) => (char === '\n' || char === '\r' || char === '\t' ? ' ' : `<${codePoint(char)}>`));
}
