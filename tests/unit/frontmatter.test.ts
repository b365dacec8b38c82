import { describe, expect, it } from 'vitest';
import { parseSource, parseYaml, splitFrontmatter } from '../../src/check/frontmatter.ts';

/** A briefing-shaped file; line numbers in the comments are lines of the file. */
const LF = [
  '---', //                            1
  'title: Troops in Kursk', //         2
  'date: 2024-11-04', //               3
  'impossible: 2024-02-30', //         4
  'sources:', //                       5
  '  - title: First', //               6
  '    url: https://a.example/x', //   7
  '  - title: Second', //              8
  '    url: https://b.example/y', //   9
  '---', //                            10
  '', //                               11
  'Body line.', //                     12
  '',
].join('\n');

const CRLF_BOM = '\uFEFF' + LF.replace(/\n/g, '\r\n');

describe('splitFrontmatter', () => {
  it('splits YAML from body and says on which line the body starts', () => {
    const split = splitFrontmatter(LF);
    expect(split).toBeDefined();
    expect(split!.yaml.split('\n')[0]).toBe('title: Troops in Kursk');
    expect(split!.yaml.split('\n')).toHaveLength(8);
    expect(split!.body).toBe('\nBody line.\n');
    expect(split!.bodyLine).toBe(11);
  });

  it('splits a BOM + CRLF file exactly like the LF file', () => {
    expect(splitFrontmatter(CRLF_BOM)).toEqual(splitFrontmatter(LF));
  });

  it('accepts trailing whitespace on the fences', () => {
    expect(splitFrontmatter('---  \ntitle: x\n---\t\nB')).toEqual({ yaml: 'title: x', body: 'B', bodyLine: 4 });
  });

  it('returns undefined without an opening fence or without a closing fence', () => {
    expect(splitFrontmatter('no front matter\n---\n')).toBeUndefined();
    expect(splitFrontmatter('---\ntitle: x\n')).toBeUndefined();
  });
});

describe('parseSource', () => {
  it('parses the fields, keeping dates as strings (core schema)', () => {
    const parsed = parseSource(LF);
    expect(parsed.yamlErrors).toEqual([]);
    expect(parsed.data).toEqual({
      title: 'Troops in Kursk',
      date: '2024-11-04',
      impossible: '2024-02-30',
      sources: [
        { title: 'First', url: 'https://a.example/x' },
        { title: 'Second', url: 'https://b.example/y' },
      ],
    });
    const data = parsed.data as Record<string, unknown>;
    expect(typeof data.date).toBe('string');
    expect(data.date).not.toBeInstanceOf(Date);
    // YAML 1.1 timestamps would have rolled this over to 2024-03-01.
    expect(data.impossible).toBe('2024-02-30');
  });

  it('parses a BOM + CRLF file like the LF file, positions included', () => {
    const lf = parseSource(LF);
    const crlf = parseSource(CRLF_BOM);
    expect(crlf.data).toEqual(lf.data);
    expect(crlf.body).toBe(lf.body);
    expect(crlf.bodyLine).toBe(lf.bodyLine);
    expect(crlf.locate(['sources', 1, 'url'])).toEqual(lf.locate(['sources', 1, 'url']));
    expect(crlf.body).not.toContain('\r');
  });

  it('locates fields in file coordinates (front matter starts on line 2)', () => {
    const { locate } = parseSource(LF);
    expect(locate(['title'])).toEqual({ line: 2, column: 1 });
    expect(locate(['date'])).toEqual({ line: 3, column: 1 });
    expect(locate(['sources'])).toEqual({ line: 5, column: 1 });
    expect(locate(['sources', 0])).toEqual({ line: 6, column: 5 });
    expect(locate(['sources', 0, 'url'])).toEqual({ line: 7, column: 5 });
    expect(locate(['sources', 1, 'url'])).toEqual({ line: 9, column: 5 });
  });

  it('falls back to the nearest parent that exists', () => {
    const { locate } = parseSource(LF);
    expect(locate(['sources', 5, 'url'])).toEqual({ line: 5, column: 1 });
    expect(locate(['title', 'deeper'])).toEqual({ line: 2, column: 1 });
    expect(locate(['missing'])).toEqual({ line: 2, column: 1 });
    expect(locate([])).toEqual({ line: 2, column: 1 });
  });

  it('reports a YAML syntax error with line and column in the file', () => {
    const parsed = parseSource('---\ntitle: Hello\nsummary: a: b\n---\nBody\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.yamlErrors).toEqual([{ message: 'Nested mappings are not allowed in compact mappings', line: 3, column: 10 }]);
  });

  it('reports the same YAML error position in a BOM + CRLF file', () => {
    const text = '---\ntitle: Hello\nsummary: a: b\n---\nBody\n';
    const crlf = '\uFEFF' + text.replace(/\n/g, '\r\n');
    expect(parseSource(crlf).yamlErrors).toEqual(parseSource(text).yamlErrors);
  });

  it('refuses duplicate keys, pointing at the second one', () => {
    const parsed = parseSource('---\ntitle: A\ntitle: B\n---\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.yamlErrors).toEqual([{ message: 'Map keys must be unique', line: 3, column: 1 }]);
  });

  it('keeps only the first line of a multi-line YAML error message', () => {
    const parsed = parseSource('---\ntitle: "Hello\ndate: 2024-11-04\n---\n');
    expect(parsed.yamlErrors).toHaveLength(1);
    expect(parsed.yamlErrors[0]!.message).toBe('Missing closing "quote');
    expect(parsed.yamlErrors[0]!.message).not.toContain('\n');
    expect(parsed.yamlErrors[0]!.line).toBe(3);
  });

  it('gives a file without front matter no data, the whole text as body and no location', () => {
    const parsed = parseSource('Just text\r\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.body).toBe('Just text\n');
    expect(parsed.bodyLine).toBe(1);
    expect(parsed.yamlErrors).toEqual([]);
    expect(parsed.locate(['title'])).toBeUndefined();
  });
});

describe('parseYaml', () => {
  it('uses the core schema: yes stays a string, timestamps stay strings', () => {
    expect(parseYaml('a: yes\nb: 0x1F\nc: 1.5\nd: ~\ne: 2024-11-04T10:00:00Z').data).toEqual({
      a: 'yes',
      b: 31,
      c: 1.5,
      d: null,
      e: '2024-11-04T10:00:00Z',
    });
  });

  it('counts lines from firstLine', () => {
    expect(parseYaml('a: 1\nb: 2', 1).locate(['b'])).toEqual({ line: 2, column: 1 });
    expect(parseYaml('a: 1\nb: 2', 10).locate(['b'])).toEqual({ line: 11, column: 1 });
    expect(parseYaml('a: 1\nb: [', 1).yamlErrors[0]).toMatchObject({ line: 2, column: 5 });
  });
});
