/** The benchmark corpus's seeded random numbers: the same seed always gives the same draws. */

/** Mulberry32: small, fast, and good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  readonly next: () => number;
  constructor(next: () => number) {
    this.next = next;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** Index drawn with probability ∝ 1/(i+1)^s: a few items are common, most are rare. */
  zipf(n: number, s = 1.1, table = zipfTable(n, s)): number {
    const x = this.next() * table[table.length - 1]!;
    let lo = 0;
    let hi = table.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (table[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** `count` distinct items, drawn with zipf weights. */
  distinct<T>(list: readonly T[], count: number, s = 1.1): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, list.length)) chosen.add(this.zipf(list.length, s));
    return [...chosen].map((i) => list[i]!);
  }
}

const zipfTables = new Map<string, number[]>();
/** Cumulative zipf weights of n items, computed once per (n, s). */
export function zipfTable(n: number, s: number): number[] {
  const key = `${n}:${s}`;
  let table = zipfTables.get(key);
  if (!table) {
    table = [];
    let sum = 0;
    for (let i = 0; i < n; i++) table.push((sum += 1 / Math.pow(i + 1, s)));
    zipfTables.set(key, table);
  }
  return table;
}
