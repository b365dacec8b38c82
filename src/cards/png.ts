/**
 * A card as a PNG with a palette. A card holds a few colours and the blends
 * its anti-aliased edges make between them, some hundred in all, so one byte
 * a pixel says what resvg's PNG says in three or four: at 10,000 briefings
 * that halves the cards in dist/ (BENCHMARKS.md). Lossless: each pixel keeps
 * its exact colour. Deflate finds runs only (Z_RLE): the rows are mostly runs
 * of one index, and on them it compresses almost as well as the default
 * strategy in a tenth of the time.
 */
import { constants, crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The most colours a palette holds (PNG's limit at eight bits a pixel). */
const PALETTE_SIZE = 256;

/**
 * The opaque RGBA pixels as an indexed PNG, or undefined when they have more
 * than 256 colours or any transparency, which a palette without a
 * transparency chunk cannot hold.
 */
export function indexedPng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  const palette = new Map<number, number>();
  // Each row starts with its filter type, 0 (none): the filter that suits palette images.
  const rows = Buffer.alloc((width + 1) * height);
  let last = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    const row = y * (width + 1) + 1;
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      if (rgba[p + 3] !== 255) return undefined;
      const colour = (rgba[p]! << 16) | (rgba[p + 1]! << 8) | rgba[p + 2]!;
      // Most pixels repeat the one before: the paper, the inside of a glyph.
      if (colour !== last) {
        let index = palette.get(colour);
        if (index === undefined) {
          if (palette.size === PALETTE_SIZE) return undefined;
          palette.set(colour, (index = palette.size));
        }
        last = colour;
        lastIndex = index;
      }
      rows[row + x] = lastIndex;
    }
  }
  const colours = Buffer.alloc(palette.size * 3);
  for (const [colour, index] of palette) colours.writeUIntBE(colour, index * 3, 3);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits a pixel, indexed colour, deflate, filters per row, no interlace
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', colours),
    chunk('IDAT', deflateSync(rows, { strategy: constants.Z_RLE })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(data.length + 12);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
