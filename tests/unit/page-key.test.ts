import { describe, expect, it } from 'vitest';
import { propsJson, propsKey, withPageKeys } from '../../src/cache/page-key.ts';

describe('propsKey', () => {
  it('changes when anything in the props changes, however deep', () => {
    const props = { briefing: { id: 'a', data: { title: 'T', sources: [{ url: 'https://example.org/1' }] } }, related: [] as unknown[] };
    const before = propsKey(props);
    props.briefing.data.sources[0]!.url = 'https://example.org/2';
    expect(propsKey(props)).not.toBe(before);
  });

  it('is the same for equal props built separately', () => {
    expect(propsKey({ a: 1, b: ['x', { c: true }] })).toBe(propsKey({ a: 1, b: ['x', { c: true }] }));
  });

  it('tells apart values that JSON.stringify would confuse or drop', () => {
    expect(propsJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(propsJson([undefined])).toBe('[null]');
    expect(propsJson(new Date('2024-11-04T00:00:00Z'))).toBe('"2024-11-04T00:00:00.000Z"');
    expect(propsKey({ date: new Date('2024-11-04T00:00:00Z') })).not.toBe(propsKey({ date: new Date('2024-11-05T00:00:00Z') }));
  });

  it('refuses what it cannot see into, rather than hashing it as empty', () => {
    expect(() => propsKey({ m: new Map([[1, 2]]) })).toThrow(/Map/);
    expect(() => propsKey({ s: new Set([1]) })).toThrow(/Set/);
    expect(() => propsKey({ f: () => 1 })).toThrow(/function/);
  });

  it('serialises a frozen object once, and the same way as an unfrozen copy', () => {
    const card = Object.freeze({ id: 'a', data: Object.freeze({ title: 'T' }) });
    expect(propsJson([card, card])).toBe(
      propsJson([
        { id: 'a', data: { title: 'T' } },
        { id: 'a', data: { title: 'T' } },
      ]),
    );
  });
});

describe('withPageKeys', () => {
  it('gives each getStaticPaths entry the key of its own props', () => {
    const paths = withPageKeys([
      { params: { id: 'a' }, props: { title: 'A' } },
      { params: { id: 'b' }, props: { title: 'B' } },
    ]);
    expect(paths[0]!.cacheKey).toBe(propsKey({ title: 'A' }));
    expect(paths[1]!.cacheKey).toBe(propsKey({ title: 'B' }));
    expect(paths[0]!.params).toEqual({ id: 'a' });
  });
});
