import { describe, expect, it } from 'vitest';
import { parentCycles } from '../../src/check/rules/places.ts';
import { duplicateNames } from '../../src/check/rules/duplicates.ts';

const locate = (path: readonly PropertyKey[]) => ({ line: path[0] === 'parent' ? 7 : 1, column: 1 });
const place = (id: string, parent?: string, aliases: string[] = [], name = id) => [id, { file: `src/content/places/${id}.yaml`, data: { name, aliases, parent }, locate }] as const;

describe('parentCycles', () => {
  it('accepts a chain that ends, and a parent that is not a place (the reference check reports that)', () => {
    expect(parentCycles(new Map([place('sudzha', 'kursk-oblast'), place('kursk-oblast'), place('kyiv', 'nowhere')]))).toEqual([]);
  });

  it('reports each place on a cycle at its parent, with the chain', () => {
    const problems = parentCycles(new Map([place('a', 'b'), place('b', 'c'), place('c', 'a'), place('d', 'a')]));
    expect(problems.map((p) => [p.file, p.line, p.rule])).toEqual([
      ['src/content/places/a.yaml', 7, 'place/parent-cycle'],
      ['src/content/places/b.yaml', 7, 'place/parent-cycle'],
      ['src/content/places/c.yaml', 7, 'place/parent-cycle'],
    ]);
    expect(problems[0]!.message).toBe('`parent` leads back to `a`: a → b → c → a');
  });

  it('reports a place that is its own parent', () => {
    expect(parentCycles(new Map([place('a', 'a')]))[0]!.message).toBe('`parent` leads back to `a`: a → a');
  });
});

describe('duplicateNames for places', () => {
  it('refuses a name or alias another place has, whatever its case or accents', () => {
    const problems = duplicateNames('place', new Map([place('zaporizhzhia', undefined, ['Zaporozhye'], 'Zaporizhzhia'), place('zaporizhzhia-oblast', undefined, ['zaporozhye'], 'Zaporizhzhia Oblast')]));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'src/content/places/zaporizhzhia-oblast.yaml', rule: 'place/duplicate-name', message: '`zaporozhye` is already a name of place `zaporizhzhia`' }),
    ]);
  });
});
