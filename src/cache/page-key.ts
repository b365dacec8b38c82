/**
 * The cacheKey of every page built from getStaticPaths: a digest of its props.
 *
 * Astro's incremental build copies a page from the last build when its
 * cacheKey and its code are unchanged; Astro hashes the code itself (the page
 * module and everything it imports). A page renders from its props alone and
 * reads no collection, so its code and its props are all its HTML depends on,
 * and a key made from the props cannot miss anything the page shows. A
 * briefing's body is read from the body cache by a file name that is the
 * digest of its source and of the renderer's code, and that name is in the props.
 */
import { createHash } from 'node:crypto';

/** JSON of a frozen object, computed once: a briefing's card is in the props of a dozen pages. */
const frozenJson = new WeakMap<object, string>();

/**
 * Props as deterministic JSON. A Map, a Set or a function would hash as if
 * empty and hide its changes, so they are refused; a Date becomes its ISO text.
 */
export function propsJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') throw new TypeError(`page key: a ${typeof value} is not data`);
    return JSON.stringify(value) ?? 'null';
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value instanceof Map || value instanceof Set) throw new TypeError(`page key: a ${value.constructor.name} would hash as if it were empty; pass an array`);
  const known = frozenJson.get(value);
  if (known !== undefined) return known;
  const json = Array.isArray(value)
    ? `[${value.map((item) => (item === undefined ? 'null' : propsJson(item))).join(',')}]`
    : `{${Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${JSON.stringify(k)}:${propsJson(v)}`)
        .join(',')}}`;
  if (Object.isFrozen(value)) frozenJson.set(value, json);
  return json;
}

export function propsKey(props: unknown): string {
  return createHash('sha1').update(propsJson(props)).digest('base64url');
}

/** getStaticPaths entries with the cacheKey of their props: the one way pages get a key. */
export function withPageKeys<P extends { props: object }>(paths: readonly P[]): (P & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: propsKey(path.props) }));
}
