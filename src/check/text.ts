/**
 * How the project normalises text, in one place: the text of a content file
 * before it is parsed, and a name before two names are compared or one is
 * turned into an id.
 */

/** Strips a byte-order mark and normalises CRLF, both common in files saved on Windows. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Lowercase, without accents, spaces as hyphens: "António Guterres" → "antonio-guterres". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
