import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { indexedPng } from '../../src/cards/png.ts';

/** The chunks of a PNG after its signature, by type. */
function chunks(png: Buffer): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    found.set(png.subarray(at + 4, at + 8).toString('latin1'), png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  return found;
}

/** An indexed PNG's pixels as RGBA, read back through its palette. */
function decode(png: Buffer): { width: number; height: number; rgba: Buffer } {
  const parts = chunks(png);
  const header = parts.get('IHDR')!;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  expect([...header.subarray(8)]).toEqual([8, 3, 0, 0, 0]);
  const palette = parts.get('PLTE')!;
  const rows = inflateSync(parts.get('IDAT')!);
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const index = rows[y * (width + 1) + 1 + x]!;
      palette.copy(rgba, (y * width + x) * 4, index * 3, index * 3 + 3);
      rgba[(y * width + x) * 4 + 3] = 255;
    }
  }
  return { width, height, rgba };
}

/** Opaque pixels of `colours` distinct colours, repeated in runs as a card's are. */
function pixels(width: number, height: number, colours: number): Buffer {
  const rgba = Buffer.alloc(width * height * 4, 255);
  for (let i = 0; i < width * height; i++) {
    const colour = Math.floor(i / 7) % colours;
    rgba.set([colour & 255, colour >> 8, 7], i * 4);
  }
  return rgba;
}

describe('an indexed PNG', () => {
  it('holds every pixel exactly, through its palette', () => {
    const rgba = pixels(80, 60, 200);
    const png = indexedPng(rgba, 80, 60)!;
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(decode(png)).toEqual({ width: 80, height: 60, rgba });
    expect(chunks(png).get('PLTE')!.length).toBe(200 * 3);
  });

  it('is left to resvg when the pixels have more colours than a palette holds, or any transparency', () => {
    expect(indexedPng(pixels(80, 60, 256), 80, 60)).toBeDefined();
    expect(indexedPng(pixels(80, 60, 257), 80, 60)).toBeUndefined();
    const seeThrough = pixels(80, 60, 2);
    seeThrough[3] = 254;
    expect(indexedPng(seeThrough, 80, 60)).toBeUndefined();
  });
});
