import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { normaliseText } from './text.ts';

/** A file split into its YAML front matter and body, with enough position data to point at a line. */
export interface ParsedSource {
  data: unknown;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** Returns the 1-based line and column of a front-matter field, or of the nearest parent that exists. */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
  yamlErrors: { message: string; line: number; column: number }[];
}

/** A YAML document as parsed: a file's front matter, or a whole actor or country file. */
export type ParsedYaml = Omit<ParsedSource, 'body' | 'bodyLine'>;

/** Where a field is in the file, for a problem to point at. */
export type Locate = ParsedSource['locate'];

const FENCE = /^---[ \t]*$/;

export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const lines = normaliseText(text).split('\n');
  if (!FENCE.test(lines[0] ?? '')) return undefined;
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end === -1) return undefined;
  return {
    yaml: lines.slice(1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}

/**
 * Parses YAML with the core schema, so `2024-11-04` stays a string: the
 * default YAML 1.1 timestamp type would silently turn `2024-02-30` into 1 March.
 *
 * js-yaml reads the data, about ten times faster than `yaml` (it is most of the
 * time of `npm run check` on 10,000 briefings). `yaml`'s document, with its
 * positions and clearer messages, is built only when js-yaml refuses the text
 * or a field has to be located for a problem.
 */
export function parseYaml(yaml: string, firstLine = 1): ParsedYaml {
  let data: unknown;
  try {
    data = load(yaml, { schema: CORE_SCHEMA });
  } catch {
    return parseYamlDocument(yaml, firstLine);
  }
  let document: ParsedYaml | undefined;
  return { data, locate: (path) => (document ??= parseYamlDocument(yaml, firstLine)).locate(path), yamlErrors: [] };
}

function parseYamlDocument(yaml: string, firstLine: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    locate: (path) => locateNode(doc, path, position),
    yamlErrors: doc.errors.map((e) => ({ message: e.message.split('\n')[0] ?? e.message, ...position(e.pos[0]) })),
  };
}

function locateNode(
  doc: Document,
  path: readonly PropertyKey[],
  position: (offset: number) => { line: number; column: number },
): { line: number; column: number } | undefined {
  let node: unknown = doc.contents;
  let found = isMap(node) || isSeq(node) || isScalar(node) ? (node.range?.[0] ?? undefined) : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      const keyNode = pair.key as { range?: [number, number, number] };
      found = keyNode.range?.[0] ?? found;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      found = item.range?.[0] ?? found;
      node = item;
    } else break;
  }
  return found === undefined ? undefined : position(found);
}

/** Parses a Markdown/MDX source file. A file without front matter gets `data: undefined`. */
export function parseSource(text: string): ParsedSource {
  const split = splitFrontmatter(text);
  if (!split) {
    return {
      data: undefined,
      body: normaliseText(text),
      bodyLine: 1,
      locate: () => undefined,
      yamlErrors: [],
    };
  }
  return { ...parseYaml(split.yaml, 2), body: split.body, bodyLine: split.bodyLine };
}
