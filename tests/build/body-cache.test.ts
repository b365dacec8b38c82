/** The rendered bodies live outside Astro's data store: a build must not depend on them surviving. */
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { build, copyProject, removeCopies } from '../helpers/project.ts';

afterAll(removeCopies);

const PAGE = 'dist/briefings/2024-11-04-north-korean-troops-kursk/index.html';
const bodyOf = (root: string) => /<div class="prose[^>]*">([\s\S]*?)<\/div>/.exec(readFileSync(join(root, PAGE), 'utf8'))?.[1];

/** One project for both tests, in order: the second moves the first's built project. */
let root = '';

it('renders the bodies again when their cache is gone but the data store is not', { timeout: 180_000 }, async () => {
  root = copyProject();
  const first = await build(root);
  expect(first.code, first.output).toBe(0);
  const body = bodyOf(root);
  expect(body).toContain('In his evening address on 4 November');

  rmSync(join(root, 'node_modules/.astro/sitrep-bodies'), { recursive: true, force: true });
  const second = await build(root);
  expect(second.code, second.output).toBe(0);
  expect(bodyOf(root)).toBe(body);
});

it('builds a project moved to another folder, whose data store names the old one', { timeout: 180_000 }, async () => {
  expect(bodyOf(root), 'the first test built the project').toContain('In his evening address on 4 November');
  const moved = `${root}-moved`;
  renameSync(root, moved);
  try {
    const second = await build(moved);
    expect(second.code, second.output).toBe(0);
    expect(bodyOf(moved)).toContain('In his evening address on 4 November');
  } finally {
    rmSync(moved, { recursive: true, force: true });
  }
});
