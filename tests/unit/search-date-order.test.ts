import { describe, expect, it } from 'vitest';
import { readDateOrder, writeDateOrder } from '../../src/search/date-order.ts';

const body = (bytes: Uint8Array) => [...bytes.subarray(bytes.indexOf(0x0a) + 1)];

describe('the date order file', () => {
  it('names, newest first, the part of each briefing, one bit each for two parts, and places each by part and position', () => {
    // Each part's sort keys oldest first, as Pagefind orders the part.
    const bytes = writeDateOrder([
      ['2024-01-01 a', '2024-03-01 c'],
      ['2024-02-01 b', '2024-02-01 d'],
    ]);
    expect(JSON.parse(new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(0x0a))))).toEqual({ parts: [2, 2] });
    // c (part 0), d (1), b (1), a (0): 0110, then padding.
    expect(body(bytes)).toEqual([0b01100000]);
    const order = readDateOrder(bytes);
    expect([order.rank(0, 1), order.rank(1, 1), order.rank(1, 0), order.rank(0, 0)]).toEqual([0, 1, 2, 3]);
    expect(order.rank(2, 0)).toBeNaN();
  });

  it('gives the order one index would, by sort key, for any number of parts', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const keys = Array.from({ length: 500 }, (_, i) => `2024-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-01 briefing-${i}`);
    for (const partCount of [1, 3, 5]) {
      const parts = Array.from({ length: partCount }, (_, k) => keys.filter((_, i) => i % partCount === k).sort());
      const order = readDateOrder(writeDateOrder(parts));
      const newestFirst = [...keys].sort().reverse();
      parts.forEach((part, k) => part.forEach((key, position) => expect(order.rank(k, position)).toBe(newestFirst.indexOf(key))));
    }
  });

  it('fails on a file cut short, or naming a part more often than it has pages, rather than placing briefings wrongly', () => {
    const bytes = writeDateOrder([Array.from({ length: 9 }, (_, i) => `2024-01-0${i + 1} a`), ['2024-01-05 b']]);
    expect(() => readDateOrder(bytes.subarray(0, bytes.length - 1))).toThrow(/ends early/);
    const head = new TextEncoder().encode('{"parts":[1,1]}\n');
    expect(() => readDateOrder(Uint8Array.from([...head, 0b00000000]))).toThrow(/names part 0 more often/);
  });
});
