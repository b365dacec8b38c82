import { describe, expect, it } from 'vitest';
import type { MeasureText } from '../../src/cards/fonts.ts';
import { measureText } from '../../src/cards/fonts.ts';
import { TITLE_FIT, countriesLine, fitText, lineCount, type TextFit } from '../../src/cards/layout.ts';

/** Every character half an em wide: a line of 1000 px holds 40 characters at 50 px. */
const halfEm: MeasureText = (text, _family, _weight, size) => [...text].length * size * 0.5;
const fit: TextFit = {
  ...TITLE_FIT,
  width: 1000,
  sizes: [
    { size: 100, lines: 2 },
    { size: 50, lines: 2 },
  ],
};

describe('fitting a text to the card', () => {
  it('counts lines as words wrap, a word wider than the line taking the lines it covers', () => {
    const width = (t: string, size: number) => halfEm(t, '', 400, size);
    expect(lineCount('aaaa bbbb', 50, 1000, width)).toBe(1);
    expect(lineCount(`${'a'.repeat(30)} ${'b'.repeat(30)}`, 50, 1000, width)).toBe(2);
    expect(lineCount('a'.repeat(100), 50, 1000, width)).toBe(3);
  });

  it('sets a text at the largest size at which it fits', () => {
    expect(fitText('Rutte visits Kyiv', fit, halfEm)).toEqual({ text: 'Rutte visits Kyiv', size: 100 });
    const forty = `${'a'.repeat(19)} ${'b'.repeat(20)}`;
    expect(fitText(`${forty} c`, fit, halfEm)).toEqual({ text: `${forty} c`, size: 50 });
  });

  it('cuts a text too long at the smallest size after a whole word, with an ellipsis and no dangling punctuation', () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${String(i).padStart(2, '0')},`);
    const { text, size } = fitText(words.join(' '), fit, halfEm);
    expect(size).toBe(50);
    expect(text).toMatch(/^w00, .* w\d\d…$/);
    const kept = text.slice(0, -1).split(' ');
    expect(kept.slice(0, -1)).toEqual(words.slice(0, kept.length - 1));
    expect(lineCount(text, 50, 1000, (t, s) => halfEm(t, '', 400, s))).toBeLessThanOrEqual(2);
  });

  it('fits the longest title the schema allows, in the real fonts, without cutting it', () => {
    const title = 'Rostov governor Golubev resigns; Putin names aircraft executive Slyusar acting governor while the Kremlin reshuffles';
    expect(title.length).toBeLessThanOrEqual(120);
    expect(fitText(title, TITLE_FIT, measureText).text).toBe(title);
  });
});

describe('the countries beside the date', () => {
  const names = ['Ukraine', 'Russia', 'North Korea', 'Central African Republic'];

  it('lists every name that fits, then how many more', () => {
    expect(countriesLine(names, 10_000, halfEm)).toBe('Ukraine · Russia · North Korea · Central African Republic');
    expect(countriesLine(names, halfEm('Ukraine · Russia +2', '', 500, 30), halfEm)).toBe('Ukraine · Russia +2');
  });

  it('always shows the first name, cut with an ellipsis when nothing else fits', () => {
    expect(countriesLine(names, halfEm('Ukraine +3', '', 500, 30), halfEm)).toBe('Ukraine +3');
    expect(countriesLine(['Central African Republic'], halfEm('Central Afri…', '', 500, 30), halfEm)).toBe('Central Afri…');
  });
});
