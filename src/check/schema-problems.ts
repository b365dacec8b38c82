/**
 * YAML syntax errors and schema issues as problems a contributor can act on:
 * where (file, line, column), which rule, what is wrong and how to fix it. The
 * check maps every front matter, actor file, place file and country note through here,
 * and `npm run new` its answers. Text that reads as something it is not
 * (rules/unsafe-text.ts) is checked here too, before the schema, which would
 * only say that such an id has the wrong format.
 */
import { fieldPath } from './field-path.ts';
import type { ParsedYaml, YamlError } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { unsafeTextReports } from './rules/unsafe-text.ts';

/** The part of a Zod schema the check needs; the schemas themselves live in src/content.config.ts. */
export interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
}

/** Briefings have front matter; actor files and country notes are YAML throughout. The rule ids say which. */
type DocumentKind = 'frontmatter' | 'yaml';

/** One issue as a contributor reads it, before it is placed in a file. */
interface IssueReport {
  /** The field it is about, e.g. ['sources', 0, 'url']. */
  path: (string | number)[];
  rule: 'unknown-field' | 'missing-field' | 'invalid-value';
  message: string;
  hint: string;
}

/**
 * A hint for a schema issue, given the issue (its code and the field's path)
 * and the whole document, where the schema's own message needs one of its own
 * (a place's coordinates); undefined keeps the general hint.
 */
export type FieldHint = (issue: { code: string; path: readonly (string | number)[] }, data: unknown) => string | undefined;

/** A parsed document checked against a schema: its data when valid, otherwise every problem in it. */
export function schemaProblems<T>(
  file: string,
  parsed: ParsedYaml,
  schema: Schema<T>,
  kind: DocumentKind = 'frontmatter',
  fieldHint?: FieldHint,
): { data?: T; problems: Problem[] } {
  if (parsed.yamlErrors.length) return { problems: parsed.yamlErrors.map((e) => yamlProblem(file, e, kind)) };
  if (parsed.data === undefined || parsed.data === null) {
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          rule: `${kind}/missing`,
          message: kind === 'frontmatter' ? 'the file has no front matter' : 'the file has no fields',
          hint:
            kind === 'frontmatter'
              ? 'Start the file with a `---` line, the fields, and another `---` line; `npm run new` writes a valid skeleton.'
              : 'Add the fields listed in CONTRIBUTING.md.',
        },
      ],
    };
  }
  const text = unsafeTextReports(parsed.data);
  const place = (report: { path: (string | number)[]; rule: string; message: string; hint: string }): Problem => ({
    file,
    ...parsed.locate(report.path),
    rule: report.rule,
    message: report.message,
    hint: report.hint,
  });
  const problems = text.map(place);
  const result = schema.safeParse(parsed.data);
  if (result.success) return problems.length ? { problems } : { data: result.data, problems };
  // A field with unsafe text is reported once, for that: the schema would only add that an id has the wrong format.
  const reported = new Set(text.map((r) => fieldPath(r.path)));
  for (const issue of result.error.issues) {
    for (const report of describeIssue(parsed.data, issue)) {
      if (reported.has(fieldPath(report.path))) continue;
      const hint = (report.rule !== 'unknown-field' && fieldHint?.({ code: issue.code, path: report.path }, parsed.data)) || report.hint;
      problems.push(place({ ...report, rule: `${kind}/${report.rule}`, hint }));
    }
  }
  return { problems };
}

const YAML_HINTS: Record<NonNullable<YamlError['kind']> | 'syntax', string> = {
  syntax: 'Check indentation and quoting; put text containing a colon in quotes.',
  alias: 'Write the values out: content files do not use YAML anchors (`&name`) and aliases (`*name`) for lists or mappings.',
  'too-deep': 'No field nests more than a list of mappings (`sources`); remove the extra brackets or indentation.',
};

function yamlProblem(file: string, e: YamlError, kind: DocumentKind): Problem {
  const rule = e.kind === undefined ? `${kind}/yaml` : `${kind}/${e.kind}`;
  const message = e.kind === undefined ? `YAML syntax error: ${e.message}` : e.message;
  return { file, line: e.line, column: e.column, rule, message, hint: YAML_HINTS[e.kind ?? 'syntax'] };
}

/** What an issue means for the data it was found in: an unknown field gives one report per key. */
export function describeIssue(data: unknown, issue: SchemaIssue): IssueReport[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return (issue.keys ?? []).map((key) => ({
      path: [...path, key],
      rule: 'unknown-field',
      message: `unknown field \`${fieldPath([...path, key])}\``,
      hint: 'Remove it or correct its spelling; CONTRIBUTING.md lists the fields.',
    }));
  }
  const value = valueAt(data, path);
  // An absent enum field (`status`, `kind`) comes as `invalid_value`, not `invalid_type`.
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && value === undefined) {
    return [
      {
        path,
        rule: 'missing-field',
        message: `missing required field \`${fieldPath(path)}\``,
        hint: 'Add it; CONTRIBUTING.md lists the fields and shows an example.',
      },
    ];
  }
  // A number out of range is shown, so that a contributor sees which of two similar fields (latitude, longitude) holds it.
  const shown = (issue.code === 'too_small' || issue.code === 'too_big') && typeof value === 'number' ? ` is ${value}, but` : '';
  return [
    {
      path,
      rule: 'invalid-value',
      message: `\`${fieldPath(path) || '(front matter)'}\`${shown} ${lowerFirst(issue.message)}`,
      hint: 'CONTRIBUTING.md lists each field and its format.',
    },
  ];
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined),
    data,
  );
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
