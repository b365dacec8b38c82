/** The rendered bodies live outside Astro's data store: a build must not depend on them surviving. */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { build, copyProject, removeCopies } from '../helpers/project.ts';

afterAll(removeCopies);

it('renders the bodies again when their cache is gone but the data store is not', { timeout: 180_000 }, async () => {
  const root = copyProject();
  const page = join(root, 'dist/briefings/2024-11-04-north-korean-troops-kursk/index.html');
  const first = await build(root);
  expect(first.code, first.output).toBe(0);
  const body = /<div class="prose[^>]*">([\s\S]*?)<\/div>/.exec(readFileSync(page, 'utf8'))?.[1];
  expect(body).toContain('In his evening address on 4 November');

  rmSync(join(root, 'node_modules/.astro/sitrep-bodies'), { recursive: true, force: true });
  const second = await build(root);
  expect(second.code, second.output).toBe(0);
  expect(/<div class="prose[^>]*">([\s\S]*?)<\/div>/.exec(readFileSync(page, 'utf8'))?.[1]).toBe(body);
});
