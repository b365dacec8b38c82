import { CORE_SCHEMA, load } from 'js-yaml';
import { isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { normaliseText } from './text.ts';

/** A file split into its YAML front matter and body, with enough position data to point at a line. */
export interface ParsedSource {
  data: unknown;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** Returns the 1-based line and column of a front-matter field, or of the nearest parent that exists. */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
  yamlErrors: YamlError[];
}

/** Why the YAML cannot be read, where. */
export interface YamlError {
  message: string;
  line: number;
  column: number;
  /** Absent for a syntax error. `alias`: an alias repeats a list or mapping; `too-deep`: nested beyond what a parser follows. */
  kind?: 'alias' | 'too-deep';
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
  // js-yaml shares a list or mapping between its aliases, which is how an alias bomb stays small until something walks it; yaml points at the alias.
  if (repeatsCollection(data)) return parseYamlDocument(yaml, firstLine);
  let document: ParsedYaml | undefined;
  return { data, locate: (path) => (document ??= parseYamlDocument(yaml, firstLine)).locate(path), yamlErrors: [] };
}

/** Whether a list or mapping appears twice in the data (or inside itself): only an alias does that. */
function repeatsCollection(data: unknown): boolean {
  const seen = new Set<object>();
  const stack = [data];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (seen.has(value)) return true;
    seen.add(value);
    for (const child of Object.values(value)) stack.push(child);
  }
  return false;
}

function parseYamlDocument(yaml: string, firstLine: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  let doc: Document;
  try {
    doc = parseDocument(yaml, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return { data: undefined, locate: () => undefined, yamlErrors: [unreadable(error, { line: firstLine, column: 1 })] };
  }
  const yamlErrors = documentErrors(doc, position);
  let data: unknown;
  if (!yamlErrors.length) {
    try {
      // yaml's own limit on aliases (100 uses of one anchor) keeps this linear; js-yaml has read most files with more.
      data = doc.toJS();
    } catch (error) {
      yamlErrors.push(
        error instanceof ReferenceError ? { message: 'aliases repeat values too many times', ...position(0), kind: 'alias' } : unreadable(error, position(0)),
      );
    }
  }
  return { data, locate: (path) => locateNode(doc, path, position), yamlErrors };
}

/**
 * The errors of a parsed document: its syntax errors, or else the first alias
 * of a list or mapping, or a list or mapping used as a key. Turning either
 * into data takes time that grows steeply with how they nest.
 */
function documentErrors(doc: Document, position: (offset: number) => { line: number; column: number }): YamlError[] {
  // yaml catches a stack overflow and reports it with its own code; what follows it is noise.
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) return [{ message: TOO_DEEP, ...position(exhausted.pos[0]), kind: 'too-deep' }];
  if (doc.errors.length) return doc.errors.map((e) => ({ message: e.message.split('\n')[0] ?? e.message, ...position(e.pos[0]) }));
  // An alias names the last anchor of that name before it; yaml's own Alias.resolve searches the whole document for each.
  const anchors = new Map<string, unknown>();
  let found: YamlError | undefined;
  try {
    visit(doc, {
      Alias(_, node) {
        if (!isCollection(anchors.get(node.source))) return undefined;
        found = { message: `the alias \`*${node.source}\` repeats a list or mapping`, ...position(node.range?.[0] ?? 0), kind: 'alias' };
        return visit.BREAK;
      },
      Node(_, node) {
        if ('anchor' in node && node.anchor) anchors.set(node.anchor, node);
        return undefined;
      },
      Pair(_, pair) {
        if (!isCollection(pair.key)) return undefined;
        found = { message: 'a list or mapping is used as a key; a key is a field name', ...position(pair.key.range?.[0] ?? 0) };
        return visit.BREAK;
      },
    });
  } catch (error) {
    return [unreadable(error, position(0))];
  }
  return found ? [found] : [];
}

const TOO_DEEP = 'lists or mappings are nested too deeply to read';

/** What a parser threw, as an error at `where`: running out of stack means nesting too deep. */
function unreadable(error: unknown, where: { line: number; column: number }): YamlError {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return { message: TOO_DEEP, ...where, kind: 'too-deep' };
  return { message: error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error), ...where };
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
