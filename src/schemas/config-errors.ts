/**
 * Zod's issues as the person editing a config reads them: one line per wrong
 * setting, naming it, saying what is wrong and how to fix it, never Zod's own
 * dump (modelled on Astro Starlight's user-config validation). A schema's own
 * messages say what is wrong with a value; missing settings, values of the
 * wrong type and unknown keys are worded here, with the setting's description.
 */
import { closest, distance } from 'fastest-levenshtein';
import { z } from 'astro/zod';

type Path = readonly PropertyKey[];

export class ConfigError extends Error {
  /** One line per problem, as the message lists them. */
  declare readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    const count = problems.length === 1 ? 'a setting' : `${problems.length} settings`;
    super(`${file} has ${count} to fix:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    // Not enumerable, so that Node, printing an uncaught error, shows the message alone rather than the lines twice.
    Object.defineProperty(this, 'problems', { value: problems, enumerable: false });
    // The message is the whole story: Astro prints the stack under it, which would only point in here.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** `labels.actors`, `topics['foreign-forces']`: the setting as it is written in the config. */
export function settingName(path: Path): string {
  if (!path.length) return 'the config';
  return path
    .map((key, i) => (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key) ? (i ? `.${key}` : key) : `['${String(key).replace(/['\\]/g, '\\$&')}']`))
    .join('');
}

function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let node: z.ZodType | undefined = schema;
  for (const key of path) {
    if (node instanceof z.ZodObject) node = (node.shape as Record<PropertyKey, z.ZodType>)[key];
    else if (node instanceof z.ZodRecord) node = node.valueType as z.ZodType;
    else return undefined;
  }
  return node;
}

/** A value as it would be written in the config, short enough for one line. */
function show(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  const written = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return written.length > 60 ? `${written.slice(0, 57)}…` : written;
}

/** The setting a misspelt key was probably meant to be, or else the settings there are. */
function suggestion(key: string, known: readonly string[], path: Path): string {
  const guess = known.length ? closest(key, known as string[]) : undefined;
  if (guess !== undefined && distance(key, guess) <= Math.max(2, key.length / 3)) return `Did you mean ${settingName([...path, guess])}?`;
  return `The settings ${path.length ? `of ${settingName(path)} ` : ''}are: ${known.join(', ')}.`;
}

const EXPECTED: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object, { … }',
  record: 'an object, { … }',
  array: 'a list, [ … ]',
};

function problems(issue: z.core.$ZodIssue, schema: z.ZodType, input: unknown): string[] {
  const name = settingName(issue.path);
  const value = valueAt(input, issue.path);
  const about = schemaAt(schema, issue.path)?.description;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const owner = schemaAt(schema, issue.path);
      const known = owner instanceof z.ZodObject ? Object.keys(owner.shape) : [];
      return issue.keys.map(
        (key) => `${settingName([...issue.path, key])} is not a setting: remove it or correct its name. ${suggestion(key, known, issue.path)}`,
      );
    }
    case 'invalid_type':
      if (value === undefined) return [`${name} is missing: add it${about ? ` (${about})` : ''}`];
      return [`${name} is ${show(value)}, but it must be ${EXPECTED[issue.expected] ?? issue.expected}${about ? ` (${about})` : ''}`];
    case 'invalid_key': {
      const key = issue.path.at(-1);
      const reasons = issue.issues.map((inner) => inner.message).join('; ');
      return [`${settingName(issue.path.slice(0, -1))} has the key ${show(String(key))}, which ${reasons}`];
    }
    default:
      return [value !== null && typeof value === 'object' ? `${name} ${issue.message}` : `${name} is ${show(value)}, which ${issue.message}`];
  }
}

/** `input` parsed by `schema`, or a ConfigError naming `file` and every wrong setting in it. */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, input: unknown, file: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ConfigError(
    file,
    result.error.issues.flatMap((issue) => problems(issue, schema, input)),
  );
}
