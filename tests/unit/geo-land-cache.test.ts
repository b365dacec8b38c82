import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { MapInput, MapModel } from '../../src/geo/map.ts';
import { tempDirs } from '../helpers/temp-dirs.ts';
import { place } from './geo-helpers.ts';

const inputs: MapInput[] = [
  { focus: ['ua'], markers: [place('kyiv', 40), place('kharkiv', 12), place('sudzha', 1), place('kursk', 3)] },
  { focus: ['ru'], markers: [place('kursk', 30), place('moscow', 9), place('rostov', 4)] },
  { markers: [place('kyiv'), place('seoul'), place('washington')] },
  { focus: ['ua', 'kr'], markers: [place('kyiv'), place('seoul')] },
  { focus: ['bh'], markers: [place('moscow'), { id: 'manama', name: 'Manama', href: '/places/manama/', lat: 26.23, lon: 50.58 }] },
];

const temp = tempDirs('sitrep-land-');

/** The maps of `inputs` in a fresh module instance, as in a new build process, with a store in `dir` (or none). */
async function drawInFreshProcess(dir?: string) {
  vi.resetModules();
  const { drawMap } = await import('../../src/geo/map.ts');
  const { DiskLandStore } = await import('../../src/geo/land-cache.ts');
  const store = dir === undefined ? undefined : new DiskLandStore(dir);
  const calls = { get: 0, hits: 0, set: 0 };
  const counted = store && {
    get: (key: string) => {
      calls.get++;
      const found = store.get(key);
      if (found) calls.hits++;
      return found;
    },
    set: (key: string, land: Parameters<typeof store.set>[1]) => {
      calls.set++;
      store.set(key, land);
    },
  };
  const maps: MapModel[] = inputs.map((input) => drawMap(input, counted));
  return { json: JSON.stringify(maps), calls };
}

describe('projected land on disk', () => {
  it('draws the same bytes with a cold and a warm store as with none, and projects nothing when warm', async () => {
    const dir = temp();
    const none = await drawInFreshProcess();
    const cold = await drawInFreshProcess(dir);
    expect(cold.calls).toEqual({ get: inputs.length, hits: 0, set: inputs.length });
    expect(readdirSync(dir).filter((name) => name.endsWith('.json'))).toHaveLength(inputs.length);
    const warm = await drawInFreshProcess(dir);
    expect(warm.calls).toEqual({ get: inputs.length, hits: inputs.length, set: 0 });
    expect(cold.json).toBe(none.json);
    expect(warm.json).toBe(cold.json);
  }, 60_000);

  it('leaves no partial file and reads a stored layer back as written', async () => {
    const { DiskLandStore } = await import('../../src/geo/land-cache.ts');
    const store = new DiskLandStore(join(temp(), 'nested', 'version'));
    const land = { outline: 'M0 0H640V400H0z', land: [{ id: 'ua', d: 'M1 2l3 4z', focus: true }] };
    expect(store.get('a|b')).toBeUndefined();
    store.set('a|b', land);
    expect(store.get('a|b')).toEqual(land);
    expect(store.get('a|c')).toBeUndefined();
    expect(readdirSync(store.dir).some((name) => name.endsWith('.partial'))).toBe(false);
  });
});

describe('landStore', () => {
  /** A project with the code that draws maps and a lockfile, as codeHash reads them. */
  function project(): string {
    const root = temp();
    for (const dir of ['src/geo', 'src/cache']) cpSync(join(process.cwd(), dir), join(root, dir), { recursive: true });
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
    return root;
  }

  it('keeps the layers in a folder of Astro’s cache named by the code and the atlas, and removes other versions', async () => {
    const root = project();
    const stale = join(root, 'node_modules/.astro/sitrep-map-land/0123');
    mkdirSync(stale, { recursive: true });
    const { landStore } = await import('../../src/geo/land-cache.ts');
    const store = landStore(root);
    expect(store.dir).toMatch(new RegExp(`^${join(root, 'node_modules/.astro/sitrep-map-land/')}[0-9a-f]{64}$`));
    expect(landStore(root)).toBe(store);
    expect(existsSync(stale)).toBe(false);
  });

  it('is another folder when the code that draws maps changes, or the lockfile', async () => {
    const { landStore } = await import('../../src/geo/land-cache.ts');
    const [a, b, c] = [project(), project(), project()];
    appendFileSync(join(b, 'src/geo/svg-path.ts'), '\n// changed\n');
    writeFileSync(join(c, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
    const dirs = [a, b, c].map((root) => landStore(root).dir.split('/').pop());
    expect(new Set(dirs).size).toBe(3);
    expect(landStore(project()).dir.split('/').pop()).toBe(dirs[0]);
  });
});
