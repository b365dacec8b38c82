import { describe, expect, it } from 'vitest';
import { PART_COUNT, searchPartName, searchPartNames, searchPartPath } from '../../src/search/parts.ts';

describe('search parts', () => {
  it('puts a briefing in a part by a hash of its id, the same on every run', () => {
    expect(searchPartName('old')).toBe('2');
    expect(searchPartName('new')).toBe('1');
    expect(Number(searchPartName('new', 3))).toBeLessThan(3);
  });

  it('spreads ids evenly over the parts, so that each part is a random sample', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 8000; i++) {
      const part = searchPartName(`2025-03-${String(i % 28).padStart(2, '0')}-briefing-${i}`);
      counts.set(part, (counts.get(part) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(Array.from({ length: PART_COUNT }, (_, i) => String(i)));
    for (const count of counts.values()) expect(Math.abs(count - 8000 / PART_COUNT)).toBeLessThan(8000 / PART_COUNT / 10);
  });

  it('serves each part from its own folder under /pagefind/', () => {
    expect(searchPartPath('3')).toBe('/pagefind/3/');
  });

  it('lists the parts of a set of ids once each, in numeric order', () => {
    expect(searchPartNames(['old', 'new', 'later', 'april'])).toEqual(['1', '2', '3']);
    expect(searchPartNames([])).toEqual([]);
  });
});
