import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem, githubAnnotation, sortProblems, type Problem } from '../../src/check/problems.ts';

const problem = (overrides: Partial<Problem> = {}): Problem => ({
  file: 'src/content/briefings/2024-11-04-troops.mdx',
  line: 7,
  column: 3,
  rule: 'mdx/syntax',
  message: 'unexpected character',
  hint: 'Escape it.',
  ...overrides,
});

describe('formatProblem', () => {
  it('writes file:line:col, rule, message and hint separated by two spaces', () => {
    expect(formatProblem(problem())).toBe('src/content/briefings/2024-11-04-troops.mdx:7:3  mdx/syntax  unexpected character  Escape it.');
  });

  it('uses column 1 when only the line is known', () => {
    expect(formatProblem(problem({ column: undefined }))).toBe('src/content/briefings/2024-11-04-troops.mdx:7:1  mdx/syntax  unexpected character  Escape it.');
  });

  it('leaves out line, column and hint when there are none', () => {
    expect(formatProblem({ file: 'src/content/briefings/Notes.md', rule: 'file/name', message: 'bad name' })).toBe(
      'src/content/briefings/Notes.md  file/name  bad name',
    );
  });

  it('ignores a column without a line', () => {
    expect(formatProblem(problem({ line: undefined, column: 4 }))).toBe(
      'src/content/briefings/2024-11-04-troops.mdx  mdx/syntax  unexpected character  Escape it.',
    );
  });
});

describe('githubAnnotation', () => {
  it('produces an ::error workflow command with file, line, col and title', () => {
    expect(githubAnnotation(problem())).toBe(
      '::error file=src/content/briefings/2024-11-04-troops.mdx,line=7,col=3,title=mdx/syntax::unexpected character Escape it.',
    );
  });

  it('defaults col to 1 and leaves out line and col when the line is unknown', () => {
    expect(githubAnnotation(problem({ column: undefined }))).toContain(',line=7,col=1,');
    expect(githubAnnotation(problem({ line: undefined, column: undefined, hint: undefined }))).toBe(
      '::error file=src/content/briefings/2024-11-04-troops.mdx,title=mdx/syntax::unexpected character',
    );
  });

  it('escapes % and newlines in the message, but not , or :', () => {
    const out = githubAnnotation(problem({ message: 'bad: 50% done,\nnext\rline', hint: undefined }));
    expect(out.split('::')[2]).toBe('bad: 50%25 done,%0Anext%0Dline');
    expect(out).not.toContain('\n');
  });

  it('escapes , : % and newlines in property values', () => {
    const out = githubAnnotation(problem({ file: 'dir/a,b:c%d\ne.mdx' }));
    expect(out).toBe('::error file=dir/a%2Cb%3Ac%25d%0Ae.mdx,line=7,col=3,title=mdx/syntax::unexpected character Escape it.');
  });

  it('escapes the title exactly once', () => {
    expect(githubAnnotation(problem({ rule: 'a:b,c' }))).toContain(',title=a%3Ab%2Cc::');
  });
});

describe('sortProblems', () => {
  it('sorts by file, then line, then column, without changing the input', () => {
    const input = [
      problem({ file: 'b.mdx', line: 1, column: 1 }),
      problem({ file: 'a.mdx', line: 9, column: 1 }),
      problem({ file: 'a.mdx', line: 2, column: 8 }),
      problem({ file: 'a.mdx', line: 2, column: 3 }),
    ];
    const copy = [...input];
    expect(sortProblems(input).map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual(['a.mdx:2:3', 'a.mdx:2:8', 'a.mdx:9:1', 'b.mdx:1:1']);
    expect(input).toEqual(copy);
  });

  it('puts problems without a line first within a file', () => {
    const sorted = sortProblems([problem({ file: 'a.mdx', line: 3 }), problem({ file: 'a.mdx', line: undefined, rule: 'briefing/duplicate' })]);
    expect(sorted.map((p) => p.rule)).toEqual(['briefing/duplicate', 'mdx/syntax']);
  });
});

describe('ContentError', () => {
  it('lists every problem, sorted by file then line, after a count', () => {
    const error = new ContentError([
      { file: 'b.mdx', line: 2, rule: 'r', message: 'm2' },
      { file: 'a.mdx', line: 9, rule: 'r', message: 'm1' },
      { file: 'a.mdx', line: 3, column: 2, rule: 'r', message: 'm0' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.message).toBe('3 content problems:\na.mdx:3:2  r  m0\na.mdx:9:1  r  m1\nb.mdx:2:1  r  m2');
    expect(error.problems.map((p) => p.message)).toEqual(['m0', 'm1', 'm2']);
  });

  it('uses the singular for one problem', () => {
    expect(new ContentError([{ file: 'a.mdx', rule: 'r', message: 'm' }]).message).toBe('1 content problem:\na.mdx  r  m');
  });
});
