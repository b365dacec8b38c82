import { describe, expect, it } from 'vitest';
import { focusPoints } from '../../src/geo/focus.ts';

describe('focusPoints', () => {
  it('frames a country by its main body, nearby islands and peninsulas included', () => {
    const ukraine = focusPoints('ua')!;
    expect(ukraine.big).toBe(false);
    expect(ukraine.points.some(([, lat]) => lat < 45)).toBe(true); // Crimea
    const france = focusPoints('FR')!;
    expect(france.points.some(([lon]) => lon > 9)).toBe(true); // Corsica
    expect(france.points.every(([lon]) => lon > -10)).toBe(true); // not French Guiana
  });

  it('marks the countries too big to frame whole next to places of their own', () => {
    expect(focusPoints('ru')!.big).toBe(true);
    expect(focusPoints('us')!.big).toBe(true);
    expect(focusPoints('in')!.big).toBe(false);
    expect(focusPoints('lb')!.big).toBe(false);
  });

  it('samples a few hundred points at most, once per country', () => {
    expect(focusPoints('ru')!.points.length).toBeLessThanOrEqual(256);
    expect(focusPoints('ru')).toBe(focusPoints('RU'));
    expect(focusPoints('zz')).toBeUndefined();
  });
});
