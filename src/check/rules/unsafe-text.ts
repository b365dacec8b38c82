/**
 * Text that reads as something it is not: text/control-character (anywhere in
 * a value, where a YAML escape such as `"\a"` puts one), and, in what names or
 * identifies something, text/invisible-character (zero-width and
 * bidirectional formatting characters) and text/lookalike (a letter from
 * another alphabet that looks like a Latin one). Two names that look the same
 * must be the same name, or the duplicate and reference checks are fooled.
 */
import { describeCharacter, findControl, findInvisible } from '../characters.ts';
import { fieldPath } from '../field-path.ts';
import { findMixedScriptWord, findNonLatinLetter } from '../scripts.ts';

/** One problem in a document, at the field it is in. */
export interface TextReport {
  path: (string | number)[];
  rule: 'text/control-character' | 'text/invisible-character' | 'text/lookalike';
  message: string;
  hint: string;
}

/** Fields whose values are names a reader tells apart by eye: titles, names and aliases. */
const NAME_FIELDS: ReadonlySet<string> = new Set(['title', 'name', 'aliases']);
/** Fields whose values are ids: always lowercase Latin letters, digits and hyphens. */
const ID_FIELDS: ReadonlySet<string> = new Set(['actors', 'countries', 'places', 'country', 'parent', 'kind', 'topics', 'status']);

const HINTS = {
  control: 'Delete it: it usually comes from a paste or from a YAML escape such as `\\a`. Tabs and line breaks are fine.',
  invisible:
    'Delete it (retype the value if you cannot find it): an invisible character makes two names that look the same differ, and a bidirectional one changes how the text is shown.',
  lookalikeId: 'Retype the id in Latin letters a–z, digits and hyphens: a letter from another alphabet that looks the same makes an id that never matches.',
  lookalikeName: 'Retype the word in one alphabet: a letter from another alphabet that looks the same makes a name that reads alike but never matches.',
};

/** Every control, invisible or lookalike character in a document's values, one report per value. */
export function unsafeTextReports(data: unknown): TextReport[] {
  const reports: TextReport[] = [];
  const seen = new Set<object>();
  const stack: { value: unknown; path: (string | number)[]; field?: string }[] = [{ value: data, path: [] }];
  while (stack.length) {
    const { value, path, field } = stack.pop()!;
    if (typeof value === 'string') {
      const report = valueReport(value, path, field);
      if (report) reports.push(report);
    } else if (value !== null && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
      // Reversed, so that reports come out in document order.
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        stack.push({ value: child, path: [...path, key], field: typeof key === 'string' ? key : field });
      }
    }
  }
  return reports;
}

function valueReport(value: string, path: (string | number)[], field: string | undefined): TextReport | undefined {
  const where = `\`${fieldPath(path) || '(document)'}\``;
  const control = findControl(value);
  if (control)
    return {
      path,
      rule: 'text/control-character',
      message: `${where} contains the control character ${describeCharacter(control.char)}${position(value, control.index)}`,
      hint: HINTS.control,
    };
  if (field === undefined || !(NAME_FIELDS.has(field) || ID_FIELDS.has(field))) return undefined;
  const invisible = findInvisible(value);
  if (invisible)
    return {
      path,
      rule: 'text/invisible-character',
      message: `${where} contains the invisible character ${describeCharacter(invisible.char)}${position(value, invisible.index)}`,
      hint: HINTS.invisible,
    };
  if (ID_FIELDS.has(field)) {
    const foreign = findNonLatinLetter(value);
    if (foreign)
      return {
        path,
        rule: 'text/lookalike',
        message: `${where} \`${value}\` has ${letterName(foreign)}, but ids are written in Latin letters`,
        hint: HINTS.lookalikeId,
      };
    return undefined;
  }
  const mixed = findMixedScriptWord(value);
  if (mixed)
    return {
      path,
      rule: 'text/lookalike',
      message: `${where}: the word “${mixed.word}” has ${letterName(mixed.odd)} among ${scriptName(mixed.main)} letters`,
      hint: HINTS.lookalikeName,
    };
  return undefined;
}

/** The problem with a file's name, if it has a control, invisible or non-Latin character. */
export function fileNameReport(name: string): Omit<TextReport, 'path'> | undefined {
  const control = findControl(name);
  if (control)
    return {
      rule: 'text/control-character',
      message: `the file name contains the control character ${describeCharacter(control.char)}${position(name, control.index)}`,
      hint: 'Rename the file: lowercase letters, digits and single hyphens.',
    };
  const invisible = findInvisible(name);
  if (invisible)
    return {
      rule: 'text/invisible-character',
      message: `the file name contains the invisible character ${describeCharacter(invisible.char)}${position(name, invisible.index)}`,
      hint: 'Rename the file, typing the name afresh: lowercase letters, digits and single hyphens.',
    };
  const foreign = findNonLatinLetter(name);
  if (foreign)
    return {
      rule: 'text/lookalike',
      message: `the file name \`${name}\` has ${letterName(foreign)}, but file names are written in Latin letters`,
      hint: 'Rename the file in Latin letters a–z, digits and hyphens: the file name is the id that other files refer to.',
    };
  return undefined;
}

/** ` after “North Korean”`: where in a value the character is, by the text before it. */
function position(value: string, index: number): string {
  if (index === 0) return ' at its start';
  const before = [...value.slice(0, index)];
  return ` after “${before.length > 24 ? `…${before.slice(-24).join('')}` : before.join('')}”`;
}

function letterName({ letter, script }: { letter: string; script?: string }): string {
  return `the ${script ? `${scriptName(script)} ` : ''}letter \`${letter}\` (${describeCharacter(letter)})`;
}

function scriptName(script: string): string {
  return script.replace(/_/g, ' ');
}
