import { describe, expect, it } from 'vitest';
import { normaliseName, normaliseText } from '../../src/check/text.ts';

describe('normaliseText', () => {
  it('strips a leading BOM and turns CRLF and lone CR into LF', () => {
    expect(normaliseText('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('keeps a BOM that is not at the start', () => {
    expect(normaliseText('a\uFEFFb')).toBe('a\uFEFFb');
  });
});

describe('normaliseName', () => {
  it('lowercases, strips accents and turns spaces into hyphens', () => {
    expect(normaliseName('António Guterres')).toBe('antonio-guterres');
  });

  it('drops apostrophes and collapses and trims separators', () => {
    expect(normaliseName("  O’Neil  --  D'Arcy! ")).toBe('oneil-darcy');
    expect(normaliseName('Kim Jong Un')).toBe('kim-jong-un');
  });
});
