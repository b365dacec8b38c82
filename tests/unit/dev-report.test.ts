import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, overlayError, ProblemReport } from '../../src/check/dev-report.ts';
import { formatProblem, type Problem } from '../../src/check/problems.ts';

const root = '/project';
const unknownActor: Problem = {
  file: 'src/content/briefings/2024-11-04-troops.mdx',
  line: 5,
  column: 11,
  rule: 'reference/unknown-actor',
  message: 'unknown actor `volodymyr-zelenskyy` in `actors[0]`',
  hint: 'Did you mean `volodymyr-zelensky`? Otherwise add src/content/actors/volodymyr-zelenskyy.yaml if it is a new actor.',
};
const emptyFile: Problem = { file: 'src/content/actors/a-new-actor.yaml', rule: 'file/empty', message: 'the file is empty' };

describe('overlayError', () => {
  it('lists every problem as npm run check prints it, sorted by file', () => {
    const err = overlayError([unknownActor, emptyFile], root);
    expect(err.message).toBe(`${formatProblem(emptyFile)}\n${formatProblem(unknownActor)}`);
    expect(err.title).toBe('2 content problems');
    expect(overlayError([unknownActor], root).title).toBe('1 content problem');
  });

  it('points the overlay at the problem, by its absolute path', () => {
    expect(overlayError([unknownActor], root).loc).toEqual({ file: join(root, unknownActor.file), line: 5, column: 11 });
    expect(overlayError([{ ...unknownActor, column: undefined }], root).loc).toMatchObject({ line: 5, column: 1 });
  });

  it('passes over problems with the whole file, and shows no excerpt when every problem is one', () => {
    expect(overlayError([emptyFile, unknownActor], root).loc).toMatchObject({ file: join(root, unknownActor.file) });
    expect(overlayError([emptyFile], root)).not.toHaveProperty('loc');
  });

  it('is a plain object, so that Astro keeps its hint whatever the message says', () => {
    const err = overlayError([{ ...unknownActor, message: 'unknown actor `window` in `actors[0]`' }], root);
    expect(Object.getPrototypeOf(err)).toBe(Object.prototype);
    expect(err.hint).toContain('npm run check');
  });
});

describe('ProblemReport', () => {
  it('shows new problems, stays put for the same ones in any order, and clears when they are fixed', () => {
    const report = new ProblemReport();
    expect(report.update([])).toBe('unchanged');
    expect(report.update([unknownActor])).toBe('show');
    expect(report.update([{ ...unknownActor }])).toBe('unchanged');
    expect(report.update([unknownActor, emptyFile])).toBe('show');
    expect(report.update([emptyFile, unknownActor])).toBe('unchanged');
    expect(report.problems).toEqual([emptyFile, unknownActor]);
    expect(report.update([])).toBe('clear');
    expect(report.problems).toEqual([]);
  });

  it('shows a problem that moved to another line', () => {
    const report = new ProblemReport();
    report.update([unknownActor]);
    expect(report.update([{ ...unknownActor, line: 6 }])).toBe('show');
  });
});

describe('isInside', () => {
  const dirs = [join(root, 'src/content/briefings'), join(root, 'src/content/actors')];

  it('is true for a file in a content folder, at any depth', () => {
    expect(isInside(join(root, 'src/content/briefings/2024-11-04-troops.mdx'), dirs)).toBe(true);
    expect(isInside(join(root, 'src/content/actors/nested/x.yaml'), dirs)).toBe(true);
  });

  it('is false for the folder itself, a sibling with the same prefix, or a file elsewhere', () => {
    expect(isInside(join(root, 'src/content/briefings'), dirs)).toBe(false);
    expect(isInside(join(root, 'src/content/briefings-old/x.mdx'), dirs)).toBe(false);
    expect(isInside(join(root, 'src/pages/index.astro'), dirs)).toBe(false);
  });
});
